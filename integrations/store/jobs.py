"""The job queue: every acknowledged Slack request, kept until it has been answered.

    queue = JobQueue(store)
    queue.enqueue(key="event:T1:Ev1", team_id="T1", channel_id="C1", kind="mention",
                  payload=job_json, now=now)            # before Slack gets its ack
    claimed = queue.claim(owner="host:pid:1", now=now)  # in an answering process
    ...                                                 # answer it
    queue.complete(claimed.id, owner="host:pid:1", now=now)

Why a table and not a library: ``procrastinate`` and ``pgqueuer`` are PostgreSQL-only,
and the app must run on SQLite just as well; this is one table and five statements.

- **Durable before the ack**: ``enqueue`` commits the job; a request whose job could not
  be written is not acknowledged (Slack retries an event; a person sees the command fail).
- **Once per request**: ``key`` is unique per workspace, so a retried event (its
  ``event_id``) or a replayed slash command or click (its signed bytes) adds nothing.
- **Leases**: ``claim`` marks one job running for ``lease`` seconds under an ``owner``;
  the owner renews the lease while it works (``renew``), and a job whose lease ran out
  (its owner died) is claimed again by any process, on any replica. PostgreSQL picks the
  row with ``FOR UPDATE SKIP LOCKED``; SQLite's ``BEGIN IMMEDIATE`` makes the claim one
  atomic step. ``release`` hands an owner's running jobs back at once (shutdown, or the
  server seeing its answering process die).
- **Fair per channel**: a job is not claimed while another job of its channel is
  running, and the oldest eligible job goes first; so each channel gets at most one
  answering thread, and one channel's rate limit or slow API holds up only that channel.
  (Across replicas this is best effort: two may, rarely, start one channel's jobs at once.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    delete,
    exists,
    func,
    or_,
    select,
    text,
    update,
)

from integrations.store.schema import (
    CHANNEL_ID,
    TEAM_ID,
    metadata,
    optional,
    required,
    serial_id,
)
from integrations.store.store import Store
from integrations.store.timestamps import UTCDateTime, require_utc

#: How long a claim holds without renewal; a dead owner's jobs are answered after this.
DEFAULT_JOB_LEASE = timedelta(seconds=20)
JOB_KEY = 160
JOB_KIND = 32
OWNER = 160


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


# One acknowledged request. ``payload`` is the request as JSON (``worker.Job``).
job_table = Table(
    "jobs",
    metadata,
    serial_id(),
    required("team_id", String(TEAM_ID)),
    required("key", String(JOB_KEY)),
    required("kind", String(JOB_KIND)),
    required("channel_id", String(CHANNEL_ID)),
    required("payload", Text),
    required("state", String(16)),
    required("attempts", Integer, default=0),
    optional("owner", String(OWNER)),
    required("created_at", UTCDateTime()),
    optional("lease_expires_at", UTCDateTime()),
    optional("finished_at", UTCDateTime()),
    UniqueConstraint("team_id", "key"),
    Index(None, "state", "id"),
    Index(None, "channel_id", "state"),
    Index(None, "owner"),
)


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    channel_id: str
    payload: str
    attempts: int


@dataclass(frozen=True)
class QueueCounts:
    queued: int
    running: int


class JobQueue:
    """The ``jobs`` table of ``store``'s database; every method is one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def enqueue(
        self,
        *,
        key: str,
        team_id: str,
        channel_id: str,
        kind: str,
        payload: str,
        now: datetime,
    ) -> bool:
        """Keep a job; False when a job with this ``key`` was kept before (a replay)."""
        now = require_utc(now, argument="now")
        table = job_table
        with self._store._transaction("keep a job") as connection:
            _no_flush_wait(connection)
            added = connection.execute(
                self._store._insert(table)
                .values(
                    team_id=team_id[:TEAM_ID],
                    key=key[:JOB_KEY],
                    kind=kind,
                    channel_id=channel_id[:CHANNEL_ID],
                    payload=payload,
                    state=JobState.QUEUED.value,
                    attempts=0,
                    owner=None,
                    created_at=now,
                    lease_expires_at=None,
                    finished_at=None,
                )
                .on_conflict_do_nothing(index_elements=["team_id", "key"])
                .returning(table.c.id)
            ).first()
        return added is not None

    def claim(
        self,
        *,
        owner: str,
        now: datetime,
        lease: timedelta = DEFAULT_JOB_LEASE,
        busy_channels: frozenset[str] = frozenset(),
    ) -> ClaimedJob | None:
        """The oldest job that is queued, or whose lease ran out, in a channel with no job
        running; now running under ``owner``. None when there is nothing to do."""
        now = require_utc(now, argument="now")
        running = job_table.alias("running")
        claimable = and_(
            # The IN keeps the lookup on the (state, id) index: finished jobs, which pile
            # up until pruned, are never scanned.
            job_table.c.state.in_([JobState.QUEUED.value, JobState.RUNNING.value]),
            or_(
                job_table.c.state == JobState.QUEUED.value,
                job_table.c.lease_expires_at <= now,
            ),
        )
        channel_busy = exists().where(
            running.c.channel_id == job_table.c.channel_id,
            running.c.channel_id != "",
            running.c.id != job_table.c.id,
            running.c.state == JobState.RUNNING.value,
            running.c.lease_expires_at > now,
        )
        conditions = [claimable, ~channel_busy]
        if busy_channels:
            conditions.append(job_table.c.channel_id.not_in(sorted(busy_channels)))
        pick = (
            select(job_table.c.id)
            .where(*conditions)
            .order_by(job_table.c.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        statement = (
            update(job_table)
            .where(job_table.c.id == pick, claimable)
            .values(
                state=JobState.RUNNING.value,
                owner=owner,
                attempts=job_table.c.attempts + 1,
                lease_expires_at=now + lease,
            )
            .returning(
                job_table.c.id,
                job_table.c.kind,
                job_table.c.channel_id,
                job_table.c.payload,
                job_table.c.attempts,
            )
        )
        with self._store._transaction("claim a job") as connection:
            _no_flush_wait(connection)  # a claim lost in a database crash is claimed again
            row = connection.execute(statement).first()
        if row is None:
            return None
        return ClaimedJob(
            id=row.id,
            kind=row.kind,
            channel_id=row.channel_id,
            payload=row.payload,
            attempts=row.attempts,
        )

    def renew(self, *, owner: str, now: datetime, lease: timedelta = DEFAULT_JOB_LEASE) -> int:
        """Extend the lease of every job ``owner`` is running; returns how many."""
        now = require_utc(now, argument="now")
        with self._store._transaction("renew job leases") as connection:
            _no_flush_wait(connection)
            result = connection.execute(
                update(job_table)
                .where(job_table.c.owner == owner, job_table.c.state == JobState.RUNNING.value)
                .values(lease_expires_at=now + lease)
            )
        return int(result.rowcount)

    def complete(self, job_id: int, *, owner: str, now: datetime, failed: bool = False) -> bool:
        """Mark a job answered (or given up on); False when ``owner`` no longer held it."""
        now = require_utc(now, argument="now")
        state = JobState.FAILED if failed else JobState.DONE
        with self._store._transaction("finish a job") as connection:
            result = connection.execute(
                update(job_table)
                .where(
                    job_table.c.id == job_id,
                    job_table.c.owner == owner,
                    job_table.c.state == JobState.RUNNING.value,
                )
                .values(state=state.value, finished_at=now, lease_expires_at=None)
            )
        return int(result.rowcount) == 1

    def release(self, *, owner: str, job_ids: list[int] | None = None) -> int:
        """Hand ``owner``'s running jobs (or only ``job_ids``) back to the queue."""
        conditions = [job_table.c.owner == owner, job_table.c.state == JobState.RUNNING.value]
        if job_ids is not None:
            conditions.append(job_table.c.id.in_(job_ids))
        with self._store._transaction("hand jobs back") as connection:
            result = connection.execute(
                update(job_table)
                .where(*conditions)
                .values(state=JobState.QUEUED.value, owner=None, lease_expires_at=None)
            )
        return int(result.rowcount)

    def prune(self, *, older_than: datetime) -> int:
        """Forget finished jobs created before ``older_than`` (keep a day: a replay of a
        request older than Slack's 5-minute signature window is refused anyway)."""
        older_than = require_utc(older_than, argument="older_than")
        with self._store._transaction("prune jobs") as connection:
            result = connection.execute(
                delete(job_table).where(
                    job_table.c.state.in_([JobState.DONE.value, JobState.FAILED.value]),
                    job_table.c.created_at < older_than,
                )
            )
        return int(result.rowcount)

    def counts(self) -> QueueCounts:
        """How many jobs wait and how many are being answered."""
        with self._store._transaction("count jobs") as connection:
            rows = connection.execute(
                select(job_table.c.state, func.count())
                .where(job_table.c.state.in_([JobState.QUEUED.value, JobState.RUNNING.value]))
                .group_by(job_table.c.state)
            ).all()
        found = {state: int(count) for state, count in rows}
        return QueueCounts(
            queued=found.get(JobState.QUEUED.value, 0),
            running=found.get(JobState.RUNNING.value, 0),
        )


def _no_flush_wait(connection: Connection) -> None:
    """Commit without waiting for PostgreSQL's disk flush. The row is visible to every
    replica at once and safe from any crash of Advisor's processes; only a crash of the
    database server itself within its WAL writer delay (0.2 s by default) could drop it.
    Waiting instead costs a disk flush per acknowledged request. (SQLite: see the
    engine's ``synchronous=NORMAL``.)"""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL synchronous_commit TO OFF"))
