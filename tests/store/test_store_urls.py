"""Which database: the default SQLite file, and the URLs the store accepts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from integrations.store import Store, UnsupportedDatabaseError, default_database_url
from integrations.store.urls import engine_url


def test_the_default_is_a_file_in_xdg_data_home_whose_folder_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_home = tmp_path / "data home"  # a space, as on many laptops
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    assert not data_home.exists()

    url = default_database_url()

    assert url == f"sqlite:///{data_home}/advisor/advisor.db"
    assert (data_home / "advisor").is_dir()
    with Store.from_url(url) as store:
        store.migrate()
        assert store.healthy()
    assert (data_home / "advisor" / "advisor.db").is_file()


def test_without_xdg_data_home_the_default_is_under_local_share(tmp_path: Path) -> None:
    url = default_database_url(environ={"HOME": str(tmp_path)})
    assert url == f"sqlite:///{tmp_path}/.local/share/advisor/advisor.db"
    assert (tmp_path / ".local" / "share" / "advisor").is_dir()


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path: Path) -> None:
    url = default_database_url(environ={"HOME": str(tmp_path), "XDG_DATA_HOME": "relative"})
    assert url == f"sqlite:///{tmp_path}/.local/share/advisor/advisor.db"


def test_an_explicit_sqlite_file_gets_its_folder_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.db"
    with Store.from_url(f"sqlite:///{path}") as store:
        store.migrate()
    assert path.is_file()


def test_an_in_memory_sqlite_store_works_across_calls() -> None:
    with Store.from_url("sqlite://") as store:
        store.migrate()
        store.save_thread(
            team_id="T1",
            channel_id="C1",
            thread_ts="1.1",
            constraints={},
            text="memory",
            approach="prompting",
            now=datetime(2025, 1, 1, tzinfo=UTC),
        )
        loaded = store.load_thread(team_id="T1", channel_id="C1", thread_ts="1.1")
    assert loaded is not None and loaded.text == "memory"


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgres://u:secret@db.example:5432/advisor", "postgresql+psycopg"),
        ("postgresql://u:secret@db.example:5432/advisor", "postgresql+psycopg"),
        ("postgresql+psycopg://u:secret@db.example/advisor", "postgresql+psycopg"),
        ("postgres+psycopg://u:secret@db.example/advisor", "postgresql+psycopg"),
        ("sqlite:////var/lib/advisor/advisor.db", "sqlite"),
        ("sqlite://", "sqlite"),
    ],
)
def test_postgres_urls_use_psycopg_and_keep_everything_else(given: str, driver: str) -> None:
    url = engine_url(given)
    parsed = make_url(given)
    assert url.drivername == driver
    assert (url.host, url.port, url.database, url.username, url.password) == (
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.username,
        parsed.password,
    )


def test_a_postgres_url_keeps_its_query_options() -> None:
    url = engine_url("postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dx")
    assert url.query == {"options": "-csearch_path=x"}


@pytest.mark.parametrize(
    "given",
    ["mysql://u:secret@db.example/advisor", "oracle://u:secret@db/x", "not a url"],
)
def test_other_databases_are_refused_without_echoing_the_password(given: str) -> None:
    with pytest.raises(UnsupportedDatabaseError) as raised:
        Store.from_url(given)
    assert "secret" not in str(raised.value)
    assert "secret" not in raised.value.url


def test_the_store_shows_its_url_without_the_password() -> None:
    with Store.from_url("postgresql://advisor:hunter2@127.0.0.1:1/advisor") as store:
        assert "hunter2" not in repr(store)
        assert "hunter2" not in store.url
        assert store.backend == "postgresql"
