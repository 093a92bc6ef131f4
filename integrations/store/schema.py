"""The store's tables. Every row belongs to one Slack workspace (``team_id``).

Migrations (``migrations/versions``) create these tables; this module is what the code
queries. ``tests/store`` checks that the two agree. The tables are plain SQLAlchemy Core
``Table`` objects: the store only ever runs Core statements, and leaving the ORM out
keeps about 6 MB off every process that opens the store.

- ``threads``: the constraints and answer of each Slack thread the bot answered in.
- ``processed_events``: one row per Slack event claimed, so each is handled once.
- ``decisions``: what a team decided in a thread, with the advice and costs it was made
  against.
- ``digest_schedules`` / ``digest_runs``: when a channel gets its digest, and a claim per
  (schedule, due instant) so each period's digest is posted once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

from integrations.store.timestamps import UTCDateTime

# Stable constraint names, so later migrations can refer to them on both backends.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Slack ids are short ("T0123ABCD", "C0123ABCD", "Ev0123ABCD", "1712345678.000100"); the
# limits leave room without letting a malformed payload store megabytes in a key.
TEAM_ID = 64
CHANNEL_ID = 64
THREAD_TS = 64
EVENT_ID = 128
USER_ID = 64
APPROACH = 32
CADENCE = 32
SOURCE_KEY = 128
STATUS = 16
ZONE = 64

JSONDocument = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def required(name: str, kind: Any, *args: Any, **options: Any) -> Column[Any]:
    """A column that may not be NULL."""
    return Column(name, kind, *args, nullable=False, **options)


def optional(name: str, kind: Any, *args: Any, **options: Any) -> Column[Any]:
    """A column that may be NULL."""
    return Column(name, kind, *args, nullable=True, **options)


def serial_id() -> Column[Any]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


thread_table = Table(
    "threads",
    metadata,
    Column("team_id", String(TEAM_ID), primary_key=True),
    Column("channel_id", String(CHANNEL_ID), primary_key=True),
    Column("thread_ts", String(THREAD_TS), primary_key=True),
    required("constraints", JSONDocument),
    required("text", Text),
    required("approach", String(APPROACH)),
    required("created_at", UTCDateTime()),
    required("updated_at", UTCDateTime()),
    optional("requested_by", String(USER_ID)),  # who asked first
    # The answer message a change updates in place (the thread's root for /advise, a reply
    # in the thread for a mention); None for threads stored before it was kept.
    optional("answer_ts", String(THREAD_TS)),
)

# A claim on a Slack event. Unfinished claims expire at ``lease_expires_at``.
processed_event_table = Table(
    "processed_events",
    metadata,
    Column("team_id", String(TEAM_ID), primary_key=True),
    Column("event_id", String(EVENT_ID), primary_key=True),
    required("claimed_at", UTCDateTime()),
    required("lease_expires_at", UTCDateTime()),
    optional("finished_at", UTCDateTime()),
    required("attempts", Integer, default=1),
    Index(None, "claimed_at"),
)

# What a team chose in a thread, against which advice and costs. ``source_key`` names what
# recorded it (a reply's ts, a form's submission), so recording it twice is a no-op.
decision_table = Table(
    "decisions",
    metadata,
    serial_id(),
    required("team_id", String(TEAM_ID)),
    required("channel_id", String(CHANNEL_ID)),
    required("thread_ts", String(THREAD_TS)),
    required("source_key", String(SOURCE_KEY)),
    optional("permalink", Text),
    required("title", Text),
    required("constraints", JSONDocument),
    optional("costs", JSONDocument),
    # The chosen approach's projected monthly cost, in cents (SQLite has no decimal type).
    optional("monthly_cents", BigInteger),
    required("recommended_approach", String(APPROACH)),
    required("chosen_approach", String(APPROACH)),
    required("against_advice", Boolean),
    required("reason_against", Text, default=""),
    required("note", Text, default=""),
    required("decided_by", String(USER_ID)),
    required("decided_at", UTCDateTime()),
    required("status", String(STATUS)),
    optional("revisit_on", Date),
    optional("superseded_at", UTCDateTime()),
    UniqueConstraint("team_id", "source_key"),
    Index(None, "team_id", "channel_id", "thread_ts"),
    Index(None, "team_id", "channel_id", "decided_at"),
    Index(None, "team_id", "decided_at"),
    Index(None, "team_id", "channel_id", "revisit_on"),
)

# A channel's digest subscription: one per channel, its wall-clock time in ``zone``.
# ``armed_at`` is when it was last set: the first digest is the first slot after it.
digest_schedule_table = Table(
    "digest_schedules",
    metadata,
    serial_id(),
    required("team_id", String(TEAM_ID)),
    required("channel_id", String(CHANNEL_ID)),
    required("cadence", String(CADENCE)),
    optional("weekday", Integer),
    required("hour", Integer),
    required("minute", Integer),
    required("zone", String(ZONE)),
    required("created_by", String(USER_ID)),
    required("created_at", UTCDateTime()),
    required("armed_at", UTCDateTime()),
    UniqueConstraint("team_id", "channel_id"),
)

# A claim on one period of a schedule. The unique key makes a second claim of the same
# period fail; an unfinished claim can be taken over once its lease has expired.
digest_run_table = Table(
    "digest_runs",
    metadata,
    serial_id(),
    required("team_id", String(TEAM_ID)),
    required("schedule_id", Integer, ForeignKey("digest_schedules.id", ondelete="CASCADE")),
    required("due_at", UTCDateTime()),
    required("period_start", UTCDateTime()),
    required("claimed_at", UTCDateTime()),
    required("lease_expires_at", UTCDateTime()),
    required("attempts", Integer, default=1),
    optional("finished_at", UTCDateTime()),
    optional("message_ts", String(THREAD_TS)),
    required("decisions", Integer, default=0),
    UniqueConstraint("schedule_id", "due_at"),
)
