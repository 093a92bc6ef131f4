"""Migrations: shipped in the package, run programmatically, idempotent, replica-safe."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from integrations.store import Store
from integrations.store.engine import make_engine
from integrations.store.migrate import MIGRATIONS_DIR, current_revision, head_revision
from integrations.store.schema import metadata
from integrations.store.urls import engine_url

TABLES = {
    "threads",
    "processed_events",
    "decisions",
    "digest_schedules",
    "digest_runs",
    "jobs",
}


def tables_and_revision(url: str) -> tuple[set[str], str | None, int]:
    engine = make_engine(engine_url(url))
    try:
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
            revision = current_revision(connection)
            versions = (
                connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one()
                if "alembic_version" in names
                else 0
            )
        return names, revision, versions
    finally:
        engine.dispose()


def test_the_migrations_ship_inside_the_package() -> None:
    assert MIGRATIONS_DIR.parent == Path(__file__).resolve().parents[2] / "integrations/store"
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    assert head_revision() == "0004"


def test_migrate_creates_every_table(database_url: str) -> None:
    assert tables_and_revision(database_url) == (set(), None, 0)
    with Store.from_url(database_url) as store:
        store.migrate()
    names, revision, versions = tables_and_revision(database_url)
    assert names == TABLES | {"alembic_version"}
    assert (revision, versions) == (head_revision(), 1)


def test_migrating_twice_changes_nothing(database_url: str) -> None:
    with Store.from_url(database_url) as store:
        store.migrate()
        store.save_thread(
            team_id="T1",
            channel_id="C1",
            thread_ts="1.1",
            constraints={"n": 1},
            text="kept",
            approach="prompting",
            now=datetime(2025, 1, 1, tzinfo=UTC),
        )
        store.migrate()
        kept = store.load_thread(team_id="T1", channel_id="C1", thread_ts="1.1")
    assert kept is not None and kept.text == "kept"
    assert tables_and_revision(database_url) == (TABLES | {"alembic_version"}, "0004", 1)


def test_migrate_needs_no_alembic_ini_in_the_working_folder(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store.from_url(database_url) as store:
        store.migrate()
    assert tables_and_revision(database_url)[1] == "0004"


def _migrate_in_a_process(url: str, start: threading.Barrier) -> None:
    with Store.from_url(url) as store:
        start.wait()
        store.migrate()


def test_replicas_migrating_at_once_all_succeed_and_migrate_once(database_url: str) -> None:
    # Separate processes, as replicas are: each has its own alembic state and connections.
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(3)
    replicas = [
        context.Process(target=_migrate_in_a_process, args=(database_url, start)) for _ in range(3)
    ]
    for replica in replicas:
        replica.start()
    for replica in replicas:
        replica.join(timeout=90)
    hung = [replica for replica in replicas if replica.is_alive()]
    for replica in hung:
        replica.terminate()
    assert not hung, "a migration hung"
    assert [replica.exitcode for replica in replicas] == [0, 0, 0]
    assert tables_and_revision(database_url) == (TABLES | {"alembic_version"}, "0004", 1)


def test_threads_migrating_at_once_all_succeed(database_url: str) -> None:
    replicas = 4
    start = threading.Barrier(replicas)
    stores = [Store.from_url(database_url) for _ in range(replicas)]

    def run(store: Store) -> None:
        start.wait()
        store.migrate()

    try:
        with ThreadPoolExecutor(max_workers=replicas) as pool:
            futures = [pool.submit(run, store) for store in stores]
            for future in futures:
                future.result(timeout=90)  # re-raises a thread's failure
    finally:
        for store in stores:
            store.close()
    assert tables_and_revision(database_url) == (TABLES | {"alembic_version"}, "0004", 1)


def test_the_migrated_schema_matches_the_models(store: Store, database_url: str) -> None:
    engine = make_engine(engine_url(database_url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_every_table_is_scoped_by_workspace() -> None:
    for table in metadata.sorted_tables:
        assert "team_id" in table.c, table.name
        assert table.c.team_id.nullable is False, table.name
    assert set(metadata.tables) == TABLES
