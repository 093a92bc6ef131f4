"""The store's tables. Every row belongs to one Slack workspace (``team_id``).

Migrations (``migrations/versions``) create these tables; this module is what the code
queries. ``tests/store`` checks that the two agree.

- ``threads``: the constraints and answer of each Slack thread the bot answered in.
- ``processed_events``: one row per Slack event claimed, so each is handled once.
- ``decisions``: what a team decided in a thread, with the advice and costs it was made
  against.
- ``digest_schedules`` / ``digest_runs``: when a channel gets its digest, and a claim per
  (schedule, due instant) so each period's digest is posted once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012 (SQLAlchemy's API)


class ThreadRow(Base):
    __tablename__ = "threads"

    team_id: Mapped[str] = mapped_column(String(TEAM_ID), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(CHANNEL_ID), primary_key=True)
    thread_ts: Mapped[str] = mapped_column(String(THREAD_TS), primary_key=True)
    constraints: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    text: Mapped[str] = mapped_column(Text)
    approach: Mapped[str] = mapped_column(String(APPROACH))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    requested_by: Mapped[str | None] = mapped_column(String(USER_ID))  # who asked first
    # The answer message a change updates in place (the thread's root for /advise, a reply
    # in the thread for a mention); None for threads stored before it was kept.
    answer_ts: Mapped[str | None] = mapped_column(String(THREAD_TS))


class ProcessedEventRow(Base):
    """A claim on a Slack event. Unfinished claims expire at ``lease_expires_at``."""

    __tablename__ = "processed_events"

    team_id: Mapped[str] = mapped_column(String(TEAM_ID), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(EVENT_ID), primary_key=True)
    claimed_at: Mapped[datetime]
    lease_expires_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=1)

    __table_args__ = (Index(None, "claimed_at"),)


class DecisionRow(Base):
    """What a team chose in a thread, against which advice and costs. ``source_key`` names
    what recorded it (a reply's ts, a form's submission), so recording it twice is a no-op."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    channel_id: Mapped[str] = mapped_column(String(CHANNEL_ID))
    thread_ts: Mapped[str] = mapped_column(String(THREAD_TS))
    source_key: Mapped[str] = mapped_column(String(SOURCE_KEY))
    permalink: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    constraints: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    costs: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    # The chosen approach's projected monthly cost, in cents (SQLite has no decimal type).
    monthly_cents: Mapped[int | None] = mapped_column(BigInteger)
    recommended_approach: Mapped[str] = mapped_column(String(APPROACH))
    chosen_approach: Mapped[str] = mapped_column(String(APPROACH))
    against_advice: Mapped[bool] = mapped_column(Boolean)
    reason_against: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(USER_ID))
    decided_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(STATUS))
    revisit_on: Mapped[date | None] = mapped_column(Date)
    superseded_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("team_id", "source_key"),
        Index(None, "team_id", "channel_id", "thread_ts"),
        Index(None, "team_id", "channel_id", "decided_at"),
        Index(None, "team_id", "decided_at"),
        Index(None, "team_id", "channel_id", "revisit_on"),
    )


class DigestScheduleRow(Base):
    """A channel's digest subscription: one per channel, its wall-clock time in ``zone``.

    ``armed_at`` is when it was last set: the first digest is the first slot after it."""

    __tablename__ = "digest_schedules"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    channel_id: Mapped[str] = mapped_column(String(CHANNEL_ID))
    cadence: Mapped[str] = mapped_column(String(CADENCE))
    weekday: Mapped[int | None]
    hour: Mapped[int]
    minute: Mapped[int]
    zone: Mapped[str] = mapped_column(String(ZONE))
    created_by: Mapped[str] = mapped_column(String(USER_ID))
    created_at: Mapped[datetime]
    armed_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("team_id", "channel_id"),)


class DigestRunRow(Base):
    """A claim on one period of a schedule. The unique key makes a second claim of the
    same period fail; an unfinished claim can be taken over once its lease has expired."""

    __tablename__ = "digest_runs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    schedule_id: Mapped[int] = mapped_column(ForeignKey("digest_schedules.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    period_start: Mapped[datetime]
    claimed_at: Mapped[datetime]
    lease_expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=1)
    finished_at: Mapped[datetime | None]
    message_ts: Mapped[str | None] = mapped_column(String(THREAD_TS))
    decisions: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("schedule_id", "due_at"),)
