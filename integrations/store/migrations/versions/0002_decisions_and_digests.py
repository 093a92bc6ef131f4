"""Decisions and digests in the shape the code writes them; who asked for each thread.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

Nothing wrote ``decisions``, ``digest_schedules`` or ``digest_runs`` before this revision,
so they are recreated rather than altered (SQLite cannot alter constraints in place).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _when(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.add_column("threads", sa.Column("requested_by", sa.String(64), nullable=True))
    op.drop_table("digest_runs")
    op.drop_index("ix_digest_schedules_next_due_at", table_name="digest_schedules")
    op.drop_table("digest_schedules")
    op.drop_index("ix_decisions_team_id_decided_at", table_name="decisions")
    op.drop_index("ix_decisions_team_id_channel_id_thread_ts", table_name="decisions")
    op.drop_table("decisions")

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("thread_ts", sa.String(64), nullable=False),
        sa.Column("source_key", sa.String(128), nullable=False),
        sa.Column("permalink", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("constraints", _json(), nullable=False),
        sa.Column("costs", _json(), nullable=True),
        sa.Column("monthly_cents", sa.BigInteger(), nullable=True),
        sa.Column("recommended_approach", sa.String(32), nullable=False),
        sa.Column("chosen_approach", sa.String(32), nullable=False),
        sa.Column("against_advice", sa.Boolean(), nullable=False),
        sa.Column("reason_against", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        _when("decided_at"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("revisit_on", sa.Date(), nullable=True),
        _when("superseded_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.UniqueConstraint("team_id", "source_key", name="uq_decisions_team_id_source_key"),
    )
    for columns in (
        ["team_id", "channel_id", "thread_ts"],
        ["team_id", "channel_id", "decided_at"],
        ["team_id", "decided_at"],
        ["team_id", "channel_id", "revisit_on"],
    ):
        op.create_index(f"ix_decisions_{'_'.join(columns)}", "decisions", columns)

    op.create_table(
        "digest_schedules",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("cadence", sa.String(32), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("minute", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        _when("created_at"),
        _when("armed_at"),
        sa.PrimaryKeyConstraint("id", name="pk_digest_schedules"),
        sa.UniqueConstraint("team_id", "channel_id", name="uq_digest_schedules_team_id_channel_id"),
    )
    op.create_table(
        "digest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        _when("due_at"),
        _when("period_start"),
        _when("claimed_at"),
        _when("lease_expires_at"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("finished_at", nullable=True),
        sa.Column("message_ts", sa.String(64), nullable=True),
        sa.Column("decisions", sa.Integer(), nullable=False),
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
    op.drop_table("digest_schedules")
    for columns in (
        ["team_id", "channel_id", "revisit_on"],
        ["team_id", "decided_at"],
        ["team_id", "channel_id", "decided_at"],
        ["team_id", "channel_id", "thread_ts"],
    ):
        op.drop_index(f"ix_decisions_{'_'.join(columns)}", table_name="decisions")
    op.drop_table("decisions")
    with op.batch_alter_table("threads") as batch:
        batch.drop_column("requested_by")

    # The tables as revision 0001 left them.
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("team_id", sa.String(64), nullable=False),
        sa.Column("channel_id", sa.String(64), nullable=False),
        sa.Column("thread_ts", sa.String(64), nullable=False),
        sa.Column("approach", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        _when("decided_at"),
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
        _when("next_due_at"),
        _when("created_at"),
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
        _when("due_at"),
        _when("claimed_at"),
        _when("posted_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["digest_schedules.id"],
            name="fk_digest_runs_schedule_id_digest_schedules",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_digest_runs"),
        sa.UniqueConstraint("schedule_id", "due_at", name="uq_digest_runs_schedule_id_due_at"),
    )
