"""The store's digest subscriptions and the claims that post each period's digest once.

Mixed into ``Store``. A period is claimed by inserting its (schedule, due instant) row:
the unique key lets exactly one caller in, on any number of processes. The claim carries
a lease; a claimer that died before finishing leaves a row whose lease runs out, and the
next run takes it over (``attempts`` counts how often). A finished row is final.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, case, delete, func, select, update

from assistant import Approach, DecisionStatus, DigestSchedule
from integrations.store.decision_queries import _decision, _decisions
from integrations.store.decision_records import (
    ApproachCount,
    DigestClaim,
    DigestContent,
    Subscription,
    schedule_of,
)
from integrations.store.errors import StoreError
from integrations.store.schema import decision_table, digest_run_table, digest_schedule_table
from integrations.store.timestamps import require_utc

DIGEST_LEASE = timedelta(minutes=5)
#: Decisions named per list in a digest; the counts and totals cover every one.
DIGEST_LIST_LIMIT = 10


class DigestQueries:
    """Digest methods of ``Store`` (see ``store.Store`` for the transaction helpers)."""

    def _transaction(self, operation: str) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # provided by Store

    def _insert(self, table: Any) -> Any:
        raise NotImplementedError  # provided by Store

    # -- subscriptions -------------------------------------------------------------------

    def set_digest(
        self,
        *,
        team_id: str,
        channel_id: str,
        schedule: DigestSchedule,
        user_id: str,
        now: datetime,
    ) -> Subscription:
        """Set (or replace) a channel's digest; its first slot is the first after ``now``."""
        now = require_utc(now, argument="now")
        values = {
            "cadence": schedule.cadence.value,
            "weekday": schedule.weekday,
            "hour": schedule.hour,
            "minute": schedule.minute,
            "zone": schedule.zone,
            "created_by": user_id,
            "armed_at": now,
        }
        insert = self._insert(digest_schedule_table).values(
            team_id=team_id, channel_id=channel_id, created_at=now, **values
        )
        with self._transaction("set a digest") as connection:
            connection.execute(
                insert.on_conflict_do_update(index_elements=["team_id", "channel_id"], set_=values)
            )
            row = connection.execute(
                select(*digest_schedule_table.c).where(
                    digest_schedule_table.c.team_id == team_id,
                    digest_schedule_table.c.channel_id == channel_id,
                )
            ).one()
            return _subscription(row)

    def remove_digest(self, *, team_id: str, channel_id: str) -> bool:
        """Turn a channel's digest off; False when it had none."""
        with self._transaction("remove a digest") as connection:
            result = connection.execute(
                delete(digest_schedule_table).where(
                    digest_schedule_table.c.team_id == team_id,
                    digest_schedule_table.c.channel_id == channel_id,
                )
            )
            return bool(result.rowcount)

    def digest_of(self, *, team_id: str, channel_id: str) -> Subscription | None:
        with self._transaction("load a digest") as connection:
            row = connection.execute(
                select(*digest_schedule_table.c).where(
                    digest_schedule_table.c.team_id == team_id,
                    digest_schedule_table.c.channel_id == channel_id,
                )
            ).first()
            return _subscription(row) if row is not None else None

    def digests(self, *, team_id: str | None = None) -> list[Subscription]:
        """Every subscription (of one workspace), in a stable order."""
        query = select(*digest_schedule_table.c).order_by(digest_schedule_table.c.id)
        if team_id is not None:
            query = query.where(digest_schedule_table.c.team_id == team_id)
        with self._transaction("list digests") as connection:
            return [_subscription(row) for row in connection.execute(query)]

    # -- claims --------------------------------------------------------------------------

    def last_digest_at(self, *, schedule_id: int, before: datetime) -> datetime | None:
        """The due instant of the latest finished digest before ``before``."""
        with self._transaction("read the last digest") as connection:
            value = connection.execute(
                select(func.max(digest_run_table.c.due_at)).where(
                    digest_run_table.c.schedule_id == schedule_id,
                    digest_run_table.c.finished_at.is_not(None),
                    digest_run_table.c.due_at < require_utc(before, argument="before"),
                )
            ).scalar_one_or_none()
        return None if value is None else require_utc(value, argument="due_at")

    def period_done(self, *, schedule_id: int, due_at: datetime) -> bool:
        """Whether this period, or a later one, was already claimed and finished."""
        with self._transaction("check a digest period") as connection:
            found = connection.execute(
                select(digest_run_table.c.id).where(
                    digest_run_table.c.schedule_id == schedule_id,
                    digest_run_table.c.due_at >= require_utc(due_at, argument="due_at"),
                    digest_run_table.c.finished_at.is_not(None),
                )
            ).first()
        return found is not None

    def claim_digest(
        self,
        *,
        subscription: Subscription,
        due_at: datetime,
        period_start: datetime,
        now: datetime,
        lease: timedelta = DIGEST_LEASE,
    ) -> DigestClaim | None:
        """Claim the period ending at ``due_at``; None when another caller has it (or had)."""
        now = require_utc(now, argument="now")
        if lease <= timedelta(0):
            raise StoreError(f"lease must be positive, got {lease}")
        table = digest_run_table
        with self._transaction("claim a digest") as connection:
            row = connection.execute(
                self._insert(table)
                .values(
                    team_id=subscription.team_id,
                    schedule_id=subscription.id,
                    due_at=due_at,
                    period_start=period_start,
                    claimed_at=now,
                    lease_expires_at=now + lease,
                    attempts=1,
                    finished_at=None,
                    message_ts=None,
                    decisions=0,
                )
                .on_conflict_do_nothing(index_elements=["schedule_id", "due_at"])
                .returning(table.c.id, table.c.attempts)
            ).first()
            if row is None:
                # Taken before: take it over only from a claimer that never finished and
                # whose lease ran out; the WHERE is re-checked under the row lock.
                row = connection.execute(
                    update(digest_run_table)
                    .where(
                        digest_run_table.c.schedule_id == subscription.id,
                        digest_run_table.c.due_at == due_at,
                        digest_run_table.c.finished_at.is_(None),
                        digest_run_table.c.lease_expires_at <= now,
                    )
                    .values(
                        claimed_at=now,
                        lease_expires_at=now + lease,
                        attempts=digest_run_table.c.attempts + 1,
                        period_start=period_start,
                    )
                    .returning(table.c.id, table.c.attempts)
                ).first()
            if row is None:
                return None
            return DigestClaim(
                run_id=row.id,
                schedule_id=subscription.id,
                due_at=due_at,
                period_start=period_start,
                attempts=row.attempts,
            )

    def finish_digest(
        self, *, claim: DigestClaim, message_ts: str | None, decisions: int, now: datetime
    ) -> None:
        """The period's digest is posted (``message_ts``) or had nothing to say (None)."""
        with self._transaction("finish a digest") as connection:
            connection.execute(
                update(digest_run_table)
                .where(digest_run_table.c.id == claim.run_id)
                .values(
                    finished_at=require_utc(now, argument="now"),
                    message_ts=message_ts,
                    decisions=decisions,
                )
            )

    def release_digest(self, *, claim: DigestClaim, now: datetime) -> None:
        """Give the period back (posting failed): the next run may claim it at once."""
        with self._transaction("release a digest") as connection:
            connection.execute(
                update(digest_run_table)
                .where(
                    digest_run_table.c.id == claim.run_id, digest_run_table.c.finished_at.is_(None)
                )
                .values(lease_expires_at=require_utc(now, argument="now"))
            )

    def forget_digest(self, *, claim: DigestClaim) -> None:
        """Drop an unfinished claim that posted nothing (the period had nothing to say), so
        a decision recorded late for that period is still picked up by a later run."""
        with self._transaction("forget a digest claim") as connection:
            connection.execute(
                delete(digest_run_table).where(
                    digest_run_table.c.id == claim.run_id, digest_run_table.c.finished_at.is_(None)
                )
            )

    def digest_runs(self, *, schedule_id: int) -> list[dict[str, Any]]:
        """Every claim of a subscription, oldest first (for operators and tests)."""
        with self._transaction("list digest runs") as connection:
            rows = connection.execute(
                select(*digest_run_table.c)
                .where(digest_run_table.c.schedule_id == schedule_id)
                .order_by(digest_run_table.c.due_at)
            )
            return [dict(row._mapping) for row in rows]

    # -- content -------------------------------------------------------------------------

    def digest_content(
        self,
        *,
        team_id: str,
        channel_id: str,
        start: datetime,
        end: datetime,
        revisit_from: date,
        revisit_to: date,
        limit: int = DIGEST_LIST_LIMIT,
    ) -> DigestContent:
        """The channel's decisions made in (``start``, ``end``] that still stand, and those
        whose revisit date falls in (``revisit_from``, ``revisit_to``]. Totals come from
        the database; at most ``limit`` decisions per list are loaded."""
        start, end = require_utc(start, argument="start"), require_utc(end, argument="end")
        channel = (decision_table.c.team_id == team_id, decision_table.c.channel_id == channel_id)
        standing = decision_table.c.status != DecisionStatus.SUPERSEDED
        period = and_(
            *channel,
            standing,
            decision_table.c.decided_at > start,
            decision_table.c.decided_at <= end,
        )
        revisit = and_(
            *channel,
            standing,
            decision_table.c.revisit_on > revisit_from,
            decision_table.c.revisit_on <= revisit_to,
        )
        newest = (decision_table.c.decided_at.desc(), decision_table.c.id.desc())
        with self._transaction("build a digest") as connection:
            grouped = connection.execute(
                select(
                    decision_table.c.chosen_approach,
                    func.count(),
                    func.coalesce(func.sum(decision_table.c.monthly_cents), 0),
                    func.sum(case((decision_table.c.against_advice.is_(True), 1), else_=0)),
                )
                .where(period)
                .group_by(decision_table.c.chosen_approach)
            ).all()
            revisit_count = connection.execute(
                select(func.count()).select_from(decision_table).where(revisit)
            ).scalar_one()
            latest = connection.execute(_decisions().where(period).order_by(*newest).limit(limit))
            latest_rows = [_decision(r._mapping) for r in latest]
            against = connection.execute(
                _decisions()
                .where(period, decision_table.c.against_advice.is_(True))
                .order_by(*newest)
                .limit(limit)
            )
            against_rows = [_decision(r._mapping) for r in against]
            due = connection.execute(
                _decisions()
                .where(revisit)
                .order_by(decision_table.c.revisit_on, decision_table.c.id)
                .limit(limit)
            )
            due_rows = [_decision(r._mapping) for r in due]
        order = {approach: i for i, approach in enumerate(Approach)}
        counts = sorted(
            (
                ApproachCount(
                    approach=Approach(approach), count=count, monthly_usd=Decimal(cents) / 100
                )
                for approach, count, cents, _ in grouped
            ),
            key=lambda c: order[c.approach],
        )
        return DigestContent(
            counts=tuple(counts),
            total=sum(c.count for c in counts),
            total_monthly_usd=sum((c.monthly_usd for c in counts), Decimal(0)),
            against_count=sum(int(row[3] or 0) for row in grouped),
            revisit_count=int(revisit_count),
            latest=tuple(latest_rows),
            against=tuple(against_rows),
            revisit=tuple(due_rows),
        )


def _subscription(row: Any) -> Subscription:
    return Subscription(
        id=row.id,
        team_id=row.team_id,
        channel_id=row.channel_id,
        schedule=schedule_of(row.cadence, row.weekday, row.hour, row.minute, row.zone),
        created_by=row.created_by,
        created_at=row.created_at,
        armed_at=row.armed_at,
    )
