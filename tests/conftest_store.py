"""Store fixtures, reusable by any test folder.

Import them into a folder's ``conftest.py``::

    from tests.conftest_store import database_url, postgres_url, store  # noqa: F401

``database_url`` and ``store`` run each test twice: on a SQLite file and on a fresh
PostgreSQL schema (see ``tests/pg.py`` for when PostgreSQL is skipped or fails).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from integrations.store import Store
from tests.pg import postgres_url_for_new_schema, require_postgres

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a new, empty schema, dropped afterwards."""
    url, drop = postgres_url_for_new_schema(require_postgres())
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file that does not exist yet, in a folder that does not either."""
    return f"sqlite:///{tmp_path / 'data' / 'advisor.db'}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty database: a SQLite file, then a fresh PostgreSQL schema."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """A migrated store on each backend."""
    with Store.from_url(database_url) as opened:
        opened.migrate()
        yield opened
