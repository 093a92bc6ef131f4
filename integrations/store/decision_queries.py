"""The store's decisions: record (once per source, superseding the thread's last), list,
export. Mixed into ``Store``; every method takes ``now`` from the caller."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Select, select, text, update

from assistant import DecisionStatus
from integrations.store.decision_records import Decision, NewDecision, Recorded
from integrations.store.records import ThreadState
from integrations.store.schema import decision_table, thread_table
from integrations.store.timestamps import require_utc

_EXPORT_BATCH = 1000


class DecisionQueries:
    """Decision methods of ``Store`` (see ``store.Store`` for the transaction helpers)."""

    def _transaction(self, operation: str) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # provided by Store

    def _insert(self, table: Any) -> Any:
        raise NotImplementedError  # provided by Store

    def record_decision(self, new: NewDecision, *, now: datetime) -> Recorded:
        """Record ``new``; the thread's previous active decision becomes superseded.

        Idempotent: the same ``source_key`` again, or the same choice (and note) as the
        thread's active decision, returns the standing decision with ``created=False``.
        """
        now = require_utc(now, argument="now")
        with self._transaction("record a decision") as connection:
            _lock_thread(connection, new)
            same_source = connection.execute(
                _decisions().where(
                    decision_table.c.team_id == new.team_id,
                    decision_table.c.source_key == new.source_key,
                )
            ).first()
            if same_source is not None:
                return Recorded(decision=_decision(same_source._mapping), created=False)
            standing = connection.execute(
                _decisions()
                .where(*_thread_of(new), decision_table.c.status == DecisionStatus.ACTIVE)
                .order_by(decision_table.c.decided_at.desc(), decision_table.c.id.desc())
            ).first()
            previous = _decision(standing._mapping) if standing is not None else None
            if previous is not None and _same_choice(previous, new):
                return Recorded(decision=previous, created=False)
            if previous is not None:
                connection.execute(
                    update(decision_table)
                    .where(*_thread_of(new), decision_table.c.status == DecisionStatus.ACTIVE)
                    .values(status=DecisionStatus.SUPERSEDED, superseded_at=now)
                )
            values = new.model_dump(mode="python", exclude={"monthly_usd"}) | {
                "monthly_cents": _cents(new.monthly_usd),
                "recommended_approach": new.recommended_approach.value,
                "chosen_approach": new.chosen_approach.value,
                "against_advice": new.chosen_approach is not new.recommended_approach,
                "decided_at": now,
                "status": DecisionStatus.ACTIVE,
                "superseded_at": None,
            }
            row = connection.execute(
                self._insert(decision_table)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["team_id", "source_key"])
                .returning(*decision_table.c)
            ).first()
            if row is None:  # a concurrent caller recorded this very source first
                raced = connection.execute(
                    _decisions().where(
                        decision_table.c.team_id == new.team_id,
                        decision_table.c.source_key == new.source_key,
                    )
                ).one()
                return Recorded(decision=_decision(raced._mapping), created=False)
            if previous is not None:
                previous = previous.model_copy(
                    update={"status": DecisionStatus.SUPERSEDED, "superseded_at": now}
                )
            return Recorded(decision=_decision(row._mapping), created=True, superseded=previous)

    def set_revisit(
        self, *, team_id: str, channel_id: str, thread_ts: str, revisit_on: date
    ) -> Decision | None:
        """Move the thread's active decision's revisit date; None when it has none."""
        with self._transaction("set a revisit date") as connection:
            where = (
                decision_table.c.team_id == team_id,
                decision_table.c.channel_id == channel_id,
                decision_table.c.thread_ts == thread_ts,
                decision_table.c.status == DecisionStatus.ACTIVE,
            )
            connection.execute(update(decision_table).where(*where).values(revisit_on=revisit_on))
            row = connection.execute(_decisions().where(*where)).first()
        return _decision(row._mapping) if row is not None else None

    def thread_decision(self, *, team_id: str, channel_id: str, thread_ts: str) -> Decision | None:
        """The thread's active decision, if any."""
        query = _decisions().where(
            decision_table.c.team_id == team_id,
            decision_table.c.channel_id == channel_id,
            decision_table.c.thread_ts == thread_ts,
            decision_table.c.status == DecisionStatus.ACTIVE,
        )
        with self._transaction("load a decision") as connection:
            row = connection.execute(query).first()
        return _decision(row._mapping) if row is not None else None

    def list_decisions(
        self,
        *,
        team_id: str | None = None,
        channel_id: str | None = None,
        limit: int | None = None,
        include_superseded: bool = True,
    ) -> list[Decision]:
        """Decisions newest first, for one workspace (and channel) or every one."""
        query = _decisions().order_by(
            decision_table.c.decided_at.desc(), decision_table.c.id.desc()
        )
        if team_id is not None:
            query = query.where(decision_table.c.team_id == team_id)
        if channel_id is not None:
            query = query.where(decision_table.c.channel_id == channel_id)
        if not include_superseded:
            query = query.where(decision_table.c.status != DecisionStatus.SUPERSEDED)
        if limit is not None:
            query = query.limit(limit)
        with self._transaction("list decisions") as connection:
            return [_decision(row._mapping) for row in connection.execute(query)]

    def iter_decisions(self) -> Iterator[Decision]:
        """Every decision, newest first, read in batches (for the export)."""
        last: tuple[datetime, int] | None = None
        while True:
            query = _decisions().order_by(
                decision_table.c.decided_at.desc(), decision_table.c.id.desc()
            )
            if last is not None:
                query = query.where(
                    (decision_table.c.decided_at < last[0])
                    | ((decision_table.c.decided_at == last[0]) & (decision_table.c.id < last[1]))
                )
            with self._transaction("export decisions") as connection:
                batch = [
                    _decision(r._mapping) for r in connection.execute(query.limit(_EXPORT_BATCH))
                ]
            yield from batch
            if len(batch) < _EXPORT_BATCH:
                return
            last = (batch[-1].decided_at, batch[-1].id)


def _decisions() -> Select[Any]:
    return select(*decision_table.c)


def _decision(row: Any) -> Decision:
    values = dict(row)
    cents = values.pop("monthly_cents")
    values["monthly_usd"] = None if cents is None else Decimal(cents) / 100
    return Decision.model_validate(values)


def _cents(usd: Decimal | None) -> int | None:
    return None if usd is None else int((usd * 100).to_integral_value(ROUND_HALF_UP))


def _thread_of(new: NewDecision) -> tuple[Any, ...]:
    return (
        decision_table.c.team_id == new.team_id,
        decision_table.c.channel_id == new.channel_id,
        decision_table.c.thread_ts == new.thread_ts,
    )


def _same_choice(previous: Decision, new: NewDecision) -> bool:
    return (
        previous.chosen_approach is new.chosen_approach
        and (not new.note or new.note == previous.note)
        and (new.revisit_on is None or new.revisit_on == previous.revisit_on)
    )


def _lock_thread(connection: Connection, new: NewDecision) -> None:
    # Two replicas deciding in the same thread at once: one waits for the other, so one
    # supersedes the other instead of both standing. (SQLite's BEGIN IMMEDIATE already
    # serialises every writer.)
    if connection.dialect.name != "postgresql":
        return
    digest = hashlib.blake2b(
        f"{new.team_id}\0{new.channel_id}\0{new.thread_ts}".encode(), digest_size=8
    ).digest()
    key = int.from_bytes(digest, "big", signed=True)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


class HomeQueries:
    """What the App Home shows a person: the threads they asked about."""

    def _transaction(self, operation: str) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # provided by Store

    def recent_threads(self, *, team_id: str, user_id: str, limit: int = 10) -> list[ThreadState]:
        """Threads ``user_id`` started with a question, most recently answered first."""
        query = (
            select(*thread_table.c)
            .where(thread_table.c.team_id == team_id, thread_table.c.requested_by == user_id)
            .order_by(thread_table.c.updated_at.desc())
            .limit(limit)
        )
        with self._transaction("list threads") as connection:
            rows = connection.execute(query).mappings()
            return [ThreadState.model_validate(dict(row)) for row in rows]
