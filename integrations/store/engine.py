"""Creating the SQLAlchemy engine, with the connection settings each backend needs."""

from __future__ import annotations

import math
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.exc import TimeoutError as SQLTimeoutError
from sqlalchemy.pool import StaticPool

from integrations import watchdog

# How long a SQLite writer waits for another process's write to finish before failing.
SQLITE_BUSY_TIMEOUT_MS = 15_000
_WAL_RETRY_SECONDS = 0.02
#: Seconds to open a PostgreSQL connection (libpq's connect_timeout, whole seconds).
CONNECT_TIMEOUT_SECONDS = 3
#: Seconds a connection may stay checked out when the caller set no deadline.
DEFAULT_DEADLINE_SECONDS = 10.0
_SQLITE_PROGRESS_STEPS = 10_000
#: A pooled connection idle for longer is pinged before use (the server may have gone).
PING_AFTER_IDLE_SECONDS = 5.0


def make_engine(url: URL) -> Engine:
    """An engine for ``url`` (already normalised by ``urls.engine_url``)."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    # A statement timeout is enforced by the server, so it cannot help when the server (or
    # the network on the way) stops answering: each checkout is armed on the watchdog,
    # which shuts the socket down at the caller's deadline. The checkout also pings, so a
    # replica survives a PostgreSQL restart without failing the next request.
    event.listen(engine, "do_connect", _bounded_connect)
    event.listen(engine, "checkout", _armed_checkout)
    event.listen(engine, "checkin", _disarm)
    event.listen(engine, "close", _disarm_closed)
    event.listen(engine, "invalidate", _disarm_closed)
    return engine


def _bounded_connect(_dialect: Any, _record: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    # Connecting gets what is left of the caller's deadline (libpq counts whole seconds).
    left = watchdog.remaining(float(CONNECT_TIMEOUT_SECONDS))
    kwargs["connect_timeout"] = max(2, min(CONNECT_TIMEOUT_SECONDS, math.ceil(left)))


def _armed_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    _disarm(dbapi_connection, record)
    at = watchdog.current_deadline() or time.monotonic() + DEFAULT_DEADLINE_SECONDS
    record.info["watchdog"] = watchdog.arm(at=at, fd=dbapi_connection.fileno())
    now = time.monotonic()
    idle = now - record.info.get("used_at", 0.0)
    record.info["used_at"] = now
    if idle < PING_AFTER_IDLE_SECONDS:
        return  # in use a moment ago: a round trip saved on every busy checkout
    try:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
        dbapi_connection.rollback()
    except Exception as error:
        _disarm(dbapi_connection, record)
        if time.monotonic() >= at:  # no time left for another connection: fail now
            record.invalidate(error)
            raise SQLTimeoutError(f"the database did not answer in time: {error}") from error
        raise DisconnectionError(str(error)) from error  # the pool tries a fresh connection


def _disarm(_dbapi_connection: Any, record: Any) -> None:
    entry = record.info.pop("watchdog", None) if record is not None else None
    if entry is not None:
        watchdog.disarm(entry)


def _disarm_closed(dbapi_connection: Any, record: Any, *_rest: Any) -> None:
    _disarm(dbapi_connection, record)


def _sqlite_engine(url: URL) -> Engine:
    in_memory = url.database in {None, "", ":memory:"}
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if in_memory:
        # One shared connection, or every checkout would see a different empty database.
        options["poolclass"] = StaticPool
    else:
        Path(str(url.database)).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _begin_immediate); the driver's legacy mode
    # would leave DDL and SELECTs outside the transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        _use_wal(cursor)
        # With write-ahead logging, NORMAL commits without waiting for the disk: every
        # commit survives any crash of Advisor's processes (and the file is never
        # corrupted); a power loss may drop the last commits. FULL costs a disk flush
        # per acknowledged request.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
    # A statement running past the caller's deadline is interrupted (the file lock wait
    # is bounded by busy_timeout).
    dbapi_connection.set_progress_handler(_past_deadline, _SQLITE_PROGRESS_STEPS)


def _past_deadline() -> int:
    at = watchdog.current_deadline()
    return 1 if at is not None and time.monotonic() > at else 0


def _use_wal(cursor: Any) -> None:
    """Switch the file to write-ahead logging, so readers do not block the writer.

    The switch needs an exclusive lock, and SQLite may report "database is locked" at
    once, without waiting out busy_timeout, while another process is opening the same
    new file; so retry until the busy timeout is spent.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(_WAL_RETRY_SECONDS)


def _begin_immediate(connection: Any) -> None:
    # Take the write lock when the transaction starts, so a read-then-write transaction
    # (a claim, a migration) never finds its snapshot stale half-way; waiting for the
    # lock is bounded by busy_timeout.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
