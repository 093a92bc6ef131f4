"""The store: thread state and event claims, on SQLite or PostgreSQL through SQLAlchemy.

Every method takes the time it should act at (``now``) from the caller: the store never
reads the clock, so tests and replicas agree on what happened when.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, and_, delete, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from assistant import Approach
from integrations import watchdog
from integrations.store.decision_queries import DecisionQueries, HomeQueries
from integrations.store.digest_queries import DigestQueries
from integrations.store.engine import make_engine
from integrations.store.errors import StoreError, StoreUnavailableError
from integrations.store.migrate import upgrade_to_head
from integrations.store.records import ThreadState
from integrations.store.schema import processed_event_table, thread_table
from integrations.store.timestamps import require_utc
from integrations.store.urls import engine_url

DEFAULT_LEASE = timedelta(minutes=2)
#: Seconds any one store operation may take, connecting included, before it fails.
DEFAULT_TIMEOUT = 5.0
#: Migrations may wait for another replica's migration: a longer bound.
MIGRATE_TIMEOUT = 60.0


class Store(DecisionQueries, DigestQueries, HomeQueries):
    """Thread state, Slack event claims, decisions and digests, scoped by workspace
    (``team_id``). Decisions and digests live in ``decision_queries``/``digest_queries``.

    >>> store = Store.from_url("sqlite://")
    >>> store.migrate()
    >>> store.claim_event(team_id="T1", event_id="Ev1", now=now)  # doctest: +SKIP
    True
    """

    def __init__(self, engine: Engine, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self._engine = engine
        #: Seconds each operation may take in all; past it, a ``StoreUnavailableError``.
        self.timeout = timeout

    @classmethod
    def from_url(cls, url: str, *, timeout: float = DEFAULT_TIMEOUT) -> Store:
        """A store for ``sqlite:///path``, ``sqlite://`` (memory) or a PostgreSQL URL.

        ``postgres://`` and ``postgresql://`` use the psycopg v3 driver. Connecting is
        lazy: a bad host fails on first use, not here. Every operation, connecting
        included, fails within ``timeout`` seconds when the database does not answer.
        """
        return cls(make_engine(engine_url(url)), timeout=timeout)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for the job queue, which shares the database)."""
        return self._engine

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    @property
    def url(self) -> str:
        """The database URL with any password hidden, fit for logs."""
        return self._engine.url.render_as_string(hide_password=True)

    def migrate(self) -> None:
        """Create or upgrade the tables; a no-op when current. Safe in several replicas."""
        with (
            self._failures_as_store_errors("migrate the database"),
            watchdog.deadline(max(self.timeout, MIGRATE_TIMEOUT)),
        ):
            upgrade_to_head(self._engine)

    def healthy(self) -> bool:
        """Whether the database answers a trivial query within the store's timeout."""
        try:
            with watchdog.deadline(self.timeout), self._engine.connect() as connection:
                return bool(connection.execute(text("SELECT 1")).scalar_one() == 1)
        except SQLAlchemyError:
            return False

    # -- events ------------------------------------------------------------------------

    def claim_event(
        self,
        *,
        team_id: str,
        event_id: str,
        now: datetime,
        lease: timedelta = DEFAULT_LEASE,
    ) -> bool:
        """Claim a Slack event for handling; True means: this caller handles it.

        True once per (team_id, event_id) across processes and replicas. A claim that
        was never finished (the claimer died) can be claimed again once its lease has
        expired, so a first delivery is never lost. Each step is a single atomic
        statement; there is no read-then-write window.
        """
        now = require_utc(now, argument="now")
        if lease <= timedelta(0):
            raise StoreError(f"lease must be positive, got {lease}")
        table = processed_event_table
        with self._transaction("claim an event") as connection:
            claimed = connection.execute(
                self._insert(table)
                .values(
                    team_id=team_id,
                    event_id=event_id,
                    claimed_at=now,
                    lease_expires_at=now + lease,
                    finished_at=None,
                    attempts=1,
                )
                .on_conflict_do_nothing(index_elements=["team_id", "event_id"])
                # RETURNING, not rowcount: drivers need not report rowcount for INSERT.
                .returning(table.c.event_id)
            ).first()
            if claimed is not None:
                return True
            # Someone claimed it before. Take it over only if they never finished and
            # their lease ran out; the WHERE is re-checked under the row lock, so of two
            # replicas racing here exactly one updates the row.
            reclaimed = connection.execute(
                update(processed_event_table)
                .where(
                    processed_event_table.c.team_id == team_id,
                    processed_event_table.c.event_id == event_id,
                    processed_event_table.c.finished_at.is_(None),
                    processed_event_table.c.lease_expires_at <= now,
                )
                .values(
                    claimed_at=now,
                    lease_expires_at=now + lease,
                    attempts=processed_event_table.c.attempts + 1,
                )
            )
            return reclaimed.rowcount == 1

    def finish_event(self, *, team_id: str, event_id: str, now: datetime) -> None:
        """Mark an event handled: every later delivery of it is refused for good."""
        now = require_utc(now, argument="now")
        table = processed_event_table
        insert = self._insert(table).values(
            team_id=team_id,
            event_id=event_id,
            claimed_at=now,
            lease_expires_at=now,
            finished_at=now,
            attempts=1,
        )
        with self._transaction("finish an event") as connection:
            connection.execute(
                insert.on_conflict_do_update(
                    index_elements=["team_id", "event_id"], set_={"finished_at": now}
                )
            )

    def release_event(self, *, team_id: str, event_id: str) -> None:
        """Give up an unfinished claim (the handler failed), so a retry is handled."""
        with self._transaction("release an event") as connection:
            connection.execute(
                delete(processed_event_table).where(
                    processed_event_table.c.team_id == team_id,
                    processed_event_table.c.event_id == event_id,
                    processed_event_table.c.finished_at.is_(None),
                )
            )

    def prune_events(self, *, older_than: datetime) -> int:
        """Forget events finished, or whose claim lapsed, before ``older_than``.

        Returns how many were removed. Choose ``older_than`` well beyond Slack's retry
        window (about an hour), e.g. a day ago.
        """
        older_than = require_utc(older_than, argument="older_than")
        with self._transaction("prune events") as connection:
            result = connection.execute(
                delete(processed_event_table).where(
                    or_(
                        processed_event_table.c.finished_at < older_than,
                        and_(
                            processed_event_table.c.finished_at.is_(None),
                            processed_event_table.c.lease_expires_at < older_than,
                        ),
                    )
                )
            )
            return int(result.rowcount)

    # -- threads -----------------------------------------------------------------------

    def save_thread(
        self,
        *,
        team_id: str,
        channel_id: str,
        thread_ts: str,
        constraints: dict[str, Any],
        text: str,
        approach: str,
        now: datetime,
        requested_by: str | None = None,
        answer_ts: str | None = None,
    ) -> None:
        """Create or replace a thread's state; ``created_at`` and ``requested_by`` keep
        their first values, and ``answer_ts`` its first value given.

        ``constraints`` must be JSON-serialisable (``json_data(constraints)``).
        """
        now = require_utc(now, argument="now")
        try:
            chosen = Approach(approach)
        except ValueError as error:
            raise StoreError(f"unknown approach {approach!r}") from error
        table = thread_table
        insert = self._insert(table).values(
            team_id=team_id,
            channel_id=channel_id,
            thread_ts=thread_ts,
            constraints=constraints,
            text=text,
            approach=chosen.value,
            created_at=now,
            updated_at=now,
            requested_by=requested_by,
            answer_ts=answer_ts,
        )
        with self._transaction("save a thread") as connection:
            connection.execute(
                insert.on_conflict_do_update(
                    index_elements=["team_id", "channel_id", "thread_ts"],
                    set_={
                        "constraints": insert.excluded.constraints,
                        "text": insert.excluded.text,
                        "approach": insert.excluded.approach,
                        "updated_at": insert.excluded.updated_at,
                        "answer_ts": func.coalesce(table.c.answer_ts, insert.excluded.answer_ts),
                    },
                )
            )

    def load_thread(self, *, team_id: str, channel_id: str, thread_ts: str) -> ThreadState | None:
        """A thread's stored state, or None when the bot never answered in it."""
        query = select(thread_table).where(
            thread_table.c.team_id == team_id,
            thread_table.c.channel_id == channel_id,
            thread_table.c.thread_ts == thread_ts,
        )
        with self._transaction("load a thread") as connection:
            row = connection.execute(query).mappings().one_or_none()
        if row is None:
            return None
        return ThreadState.model_validate(dict(row))

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- internals ---------------------------------------------------------------------

    def _insert(self, table: Any) -> Any:
        # ON CONFLICT is spelt the same on both backends, but lives on each dialect's insert.
        if self.backend == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    @contextmanager
    def _transaction(self, operation: str) -> Iterator[Connection]:
        with (
            self._failures_as_store_errors(operation),
            watchdog.deadline(self.timeout),
            self._engine.begin() as connection,
        ):
            yield connection

    @contextmanager
    def _failures_as_store_errors(self, operation: str) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            # The driver's own message; SQLAlchemy's adds the statement and parameters.
            raise StoreUnavailableError(operation=operation, detail=str(error.orig)) from error
        except SQLAlchemyError as error:
            raise StoreUnavailableError(operation=operation, detail=str(error)) from error
