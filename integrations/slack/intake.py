"""The serving process's side of the job queue: keep a job before the ack, check the store.

    intake = JobIntake.from_url(url, timeout=1.5)
    intake.keep(key="event:Ev1", team_id="T1", channel_id="C1", kind="mention", payload=...)
    intake.healthy()

The serving process must stay small and fast (its only work is acknowledging), so this
talks to the ``jobs`` table (``integrations.store.jobs``, which documents it) through the
database driver directly, one short statement per call, rather than loading SQLAlchemy
and the store: the answering process owns the schema and everything else. Every call is
bounded by ``timeout`` seconds, connecting included; past it the socket is shut down
(``watchdog``) and ``JobNotKept`` is raised, so Slack gets a prompt 503, never a hang.
"""

from __future__ import annotations

import contextlib
import math
import queue
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from assistant import AdvisorError
from integrations import watchdog

#: Connections kept open: one per thread of the ASGI thread pool (anyio's 40), so a burst
#: of requests never pays for opening (and closing) a connection.
POOL_SIZE = 40
_TEAM_ID, _CHANNEL_ID, _KEY = 64, 64, 160
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how the store's UTC timestamps read on SQLite

_INSERT = (
    "INSERT INTO jobs (team_id, key, kind, channel_id, payload, state, attempts, owner,"
    " created_at, lease_expires_at, finished_at)"
    " VALUES ({p}, {p}, {p}, {p}, {p}, 'queued', 0, NULL, {p}, NULL, NULL)"
    " ON CONFLICT (team_id, key) DO NOTHING RETURNING id"
)
_RELEASE = (
    "UPDATE jobs SET state = 'queued', owner = NULL, lease_expires_at = NULL"
    " WHERE owner = {p} AND state = 'running'"
)


class JobNotKept(AdvisorError):
    """The job could not be written (the database failed or did not answer in time)."""


class JobIntake:
    """A few pooled driver connections to the store's database."""

    def __init__(self, *, backend: str, target: str, timeout: float) -> None:
        self.backend = backend  # "sqlite" or "postgresql"
        self.timeout = timeout
        self._target = target
        self._pool: queue.LifoQueue[Any] = queue.LifoQueue(maxsize=POOL_SIZE)
        self._placeholder = "?" if backend == "sqlite" else "%s"

    @classmethod
    def from_url(cls, url: str, *, timeout: float) -> JobIntake:
        scheme = url.partition("://")[0].lower()
        if scheme == "sqlite":
            path = unquote(urlsplit(url).path)[1:]  # sqlite:///relative or ////absolute
            if path in {"", ":memory:"}:
                raise JobNotKept(
                    "an in-memory SQLite database cannot be shared by the serving and the "
                    "answering process: set ADVISOR_DATABASE_URL to a file"
                )
            return cls(backend="sqlite", target=path, timeout=timeout)
        backend, _, _driver = scheme.partition("+")
        if backend not in {"postgres", "postgresql"}:
            raise JobNotKept(f"unsupported database URL scheme {scheme!r}")
        # libpq takes the URL itself once the SQLAlchemy driver suffix is gone.
        return cls(backend="postgresql", target="postgresql" + url[len(scheme) :], timeout=timeout)

    # --- operations ------------------------------------------------------------------

    def keep(self, *, key: str, team_id: str, channel_id: str, kind: str, payload: str) -> bool:
        """Write a queued job; False when one with this key was kept before (a replay)."""
        now = datetime.now(UTC)
        stamp: Any = now.replace(tzinfo=None).strftime(_SQLITE_TIME) if self.sqlite else now
        row = self._run(
            _INSERT,
            (team_id[:_TEAM_ID], key[:_KEY], kind, channel_id[:_CHANNEL_ID], payload, stamp),
            what="keep a job",
        )
        return row is not None

    def release(self, *, owner: str) -> int:
        """Hand ``owner``'s running jobs back to the queue; how many."""
        return int(self._run(_RELEASE, (owner,), what="hand jobs back", count=True) or 0)

    def healthy(self) -> bool:
        """Whether the database answers within the timeout."""
        try:
            self._run("SELECT 1", (), what="check the database")
        except JobNotKept:
            return False
        return True

    def close(self) -> None:
        while True:
            try:
                connection = self._pool.get_nowait()
            except queue.Empty:
                return
            with contextlib.suppress(Exception):
                connection.close()

    @property
    def sqlite(self) -> bool:
        return self.backend == "sqlite"

    # --- internals -------------------------------------------------------------------

    def _run(self, sql: str, params: tuple[Any, ...], *, what: str, count: bool = False) -> Any:
        statement = sql.format(p=self._placeholder)
        try:
            with watchdog.deadline(self.timeout), self._connection() as connection:
                cursor = connection.execute(statement, params)
                result = cursor.rowcount if count else cursor.fetchone()
                connection.commit()
                return result
        except JobNotKept:
            raise
        except Exception as error:  # the driver's own errors, and the watchdog's cut-off
            detail = str(error).strip().split("\n")[0] or type(error).__name__
            raise JobNotKept(f"the store could not {what}: {detail}") from None

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Any]:
        try:
            connection = self._pool.get_nowait()
        except queue.Empty:
            connection = self._connect()
        at = watchdog.current_deadline() or time.monotonic() + self.timeout
        guard = None if self.sqlite else watchdog.arm(at=at, fd=connection.fileno())
        healthy = False
        try:
            yield connection
            healthy = True
        finally:
            fired = watchdog.disarm(guard) if guard is not None else False
            if healthy and not fired:
                try:
                    self._pool.put_nowait(connection)
                except queue.Full:
                    connection.close()
            else:
                with contextlib.suppress(Exception):
                    connection.rollback()
                with contextlib.suppress(Exception):
                    connection.close()

    def _connect(self) -> Any:
        if self.sqlite:
            Path(self._target).expanduser().parent.mkdir(parents=True, exist_ok=True)
            lite = sqlite3.connect(self._target, timeout=self.timeout, check_same_thread=False)
            lite.execute("PRAGMA synchronous=NORMAL")  # see the store's engine
            return lite
        import psycopg

        left = watchdog.remaining(self.timeout)
        connection = psycopg.connect(self._target, connect_timeout=max(2, math.ceil(left)))
        # Visible to the answering processes at once and safe from any crash of Advisor's
        # processes; see JobQueue.enqueue for the trade.
        connection.execute("SET synchronous_commit TO OFF")
        connection.commit()
        return connection
