"""Health, failures and SQLite sharing between processes."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from integrations.store import Store, StoreError, StoreUnavailableError
from integrations.store.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine
from integrations.store.urls import engine_url

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
# Nothing listens on port 1; connecting fails at once rather than timing out.
UNREACHABLE = "postgresql://postgres@127.0.0.1:1/test?connect_timeout=2"


def test_a_reachable_store_is_healthy(store: Store) -> None:
    assert store.healthy() is True


def test_an_unreachable_store_is_unhealthy_and_says_so_as_a_store_error() -> None:
    with Store.from_url(UNREACHABLE) as store:
        assert store.healthy() is False
        with pytest.raises(StoreUnavailableError, match="could not claim an event") as raised:
            store.claim_event(team_id="T1", event_id="Ev1", now=T0)
        with pytest.raises(StoreUnavailableError, match="could not migrate"):
            store.migrate()
    assert isinstance(raised.value, StoreError)
    assert raised.value.operation == "claim an event"


def test_an_unmigrated_store_fails_as_a_store_error(database_url: str) -> None:
    with Store.from_url(database_url) as store, pytest.raises(StoreUnavailableError):
        store.load_thread(team_id="T1", channel_id="C1", thread_ts="1.1")


def test_a_closed_store_can_be_used_again_after_reconnecting(store: Store) -> None:
    store.close()
    # dispose() empties the pool; the next call opens a new connection.
    assert store.claim_event(team_id="T1", event_id="Ev1", now=T0) is True


def test_the_sqlite_file_uses_wal_so_readers_do_not_block_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "advisor.db"
    with Store.from_url(f"sqlite:///{path}") as store:
        store.migrate()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_sqlite_connections_wait_for_locks_and_enforce_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(engine_url(f"sqlite:///{tmp_path / 'advisor.db'}"))
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == (
                SQLITE_BUSY_TIMEOUT_MS
            )
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        engine.dispose()
    assert SQLITE_BUSY_TIMEOUT_MS >= 5_000


def test_a_writer_waits_for_another_process_lock_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "advisor.db"
    with Store.from_url(f"sqlite:///{path}") as store:
        store.migrate()
        # Another program (the CLI, say) holds the write lock for a moment.
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        releaser = threading.Timer(0.5, other.execute, args=("COMMIT",))
        releaser.start()
        try:
            assert store.claim_event(team_id="T1", event_id="Ev1", now=T0) is True
        finally:
            releaser.join()
            other.close()
