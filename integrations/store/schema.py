"""The store's tables. Every row belongs to one Slack workspace (``team_id``).

Migrations (``migrations/versions``) create these tables; this module is what the code
queries. ``tests/store`` checks that the two agree.

- ``threads``: the constraints and answer of each Slack thread the bot answered in.
- ``processed_events``: one row per Slack event claimed, so each is handled once.
- ``decisions``: what a team decided in a thread (recorded later by a command).
- ``digest_schedules`` / ``digest_runs``: when a channel gets its digest, and each posting,
  unique per (schedule, due instant) so a digest is posted once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
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
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    channel_id: Mapped[str] = mapped_column(String(CHANNEL_ID))
    thread_ts: Mapped[str] = mapped_column(String(THREAD_TS))
    approach: Mapped[str] = mapped_column(String(APPROACH))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(USER_ID))
    decided_at: Mapped[datetime]

    __table_args__ = (
        Index(None, "team_id", "channel_id", "thread_ts"),
        Index(None, "team_id", "decided_at"),
    )


class DigestScheduleRow(Base):
    __tablename__ = "digest_schedules"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    channel_id: Mapped[str] = mapped_column(String(CHANNEL_ID))
    cadence: Mapped[str] = mapped_column(String(CADENCE))
    next_due_at: Mapped[datetime]
    created_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("team_id", "channel_id", "cadence"),
        Index(None, "next_due_at"),
    )


class DigestRunRow(Base):
    """One posting of a digest; the unique key makes a second posting fail to insert."""

    __tablename__ = "digest_runs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(TEAM_ID))
    schedule_id: Mapped[int] = mapped_column(ForeignKey("digest_schedules.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    claimed_at: Mapped[datetime]
    posted_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("schedule_id", "due_at"),)
