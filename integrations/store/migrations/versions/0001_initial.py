"""Create threads, processed_events, decisions, digest_schedules and digest_runs.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written out in full rather than from the models, so this revision stays what it was when
the models change later.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "threads",
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("thread_ts", sa.String(64), nullable=False),
        sa.Column("constraints", _json(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("approach", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "channel_id", "thread_ts", name="pk_threads"),
    )
    op.create_table(
        "processed_events",
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(128), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "event_id", name="pk_processed_events"),
    )
    op.create_index("ix_processed_events_claimed_at", "processed_events", ["claimed_at"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("thread_ts", sa.String(64), nullable=False),
        sa.Column("approach", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
    )
    op.create_index(
        "ix_decisions_team_id_channel_id_thread_ts",
        "decisions",
        ["team_id", "channel_id", "thread_ts"],
    )
    op.create_index("ix_decisions_team_id_decided_at", "decisions", ["team_id", "decided_at"])
    op.create_table(
        "digest_schedules",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("cadence", sa.String(32), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_digest_schedules"),
        sa.UniqueConstraint(
            "team_id",
            "channel_id",
            "cadence",
            name="uq_digest_schedules_team_id_channel_id_cadence",
        ),
    )
    op.create_index("ix_digest_schedules_next_due_at", "digest_schedules", ["next_due_at"])
    op.create_table(
        "digest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["digest_schedules.id"],
            name="fk_digest_runs_schedule_id_digest_schedules",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_digest_runs"),
        sa.UniqueConstraint("schedule_id", "due_at", name="uq_digest_runs_schedule_id_due_at"),
    )


def downgrade() -> None:
    op.drop_table("digest_runs")
    op.drop_index("ix_digest_schedules_next_due_at", table_name="digest_schedules")
    op.drop_table("digest_schedules")
    op.drop_index("ix_decisions_team_id_decided_at", table_name="decisions")
    op.drop_index("ix_decisions_team_id_channel_id_thread_ts", table_name="decisions")
    op.drop_table("decisions")
    op.drop_index("ix_processed_events_claimed_at", table_name="processed_events")
    op.drop_table("processed_events")
    op.drop_table("threads")
