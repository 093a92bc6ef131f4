"""Tables for what comes next: recorded decisions and scheduled digests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from integrations.store import Store
from integrations.store.engine import make_engine
from integrations.store.schema import decision_table, digest_run_table, digest_schedule_table
from integrations.store.urls import engine_url

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(database_url: str, store: Store) -> Iterator[Engine]:
    created = make_engine(engine_url(database_url))
    yield created
    created.dispose()


def add_schedule(engine: Engine, *, team_id: str = "T1") -> int:
    with engine.begin() as connection:
        return int(
            connection.execute(
                insert(digest_schedule_table)
                .values(
                    team_id=team_id,
                    channel_id="C1",
                    cadence="weekly",
                    weekday=0,
                    hour=9,
                    minute=0,
                    zone="Europe/Berlin",
                    created_by="U1",
                    created_at=T0,
                    armed_at=T0,
                )
                .returning(digest_schedule_table.c.id)
            ).scalar_one()
        )


def add_run(engine: Engine, *, schedule_id: int, due_at: datetime) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(digest_run_table).values(
                team_id="T1",
                schedule_id=schedule_id,
                due_at=due_at,
                period_start=T0,
                claimed_at=T0,
                lease_expires_at=T0,
            )
        )


def test_a_digest_is_posted_once_per_schedule_and_due_instant(engine: Engine) -> None:
    schedule = add_schedule(engine)
    add_run(engine, schedule_id=schedule, due_at=T0)
    add_run(engine, schedule_id=schedule, due_at=T0 + timedelta(weeks=1))
    with pytest.raises(IntegrityError):
        add_run(engine, schedule_id=schedule, due_at=T0)


def test_a_channel_has_one_schedule(engine: Engine) -> None:
    add_schedule(engine)
    add_schedule(engine, team_id="T2")  # another workspace's channel may share the id
    with pytest.raises(IntegrityError):
        add_schedule(engine)


def test_a_run_must_belong_to_a_schedule(engine: Engine) -> None:
    with pytest.raises(IntegrityError):
        add_run(engine, schedule_id=999, due_at=T0)


def test_a_decision_round_trips_with_an_aware_timestamp(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(decision_table).values(
                team_id="T1",
                channel_id="C1",
                thread_ts="1.1",
                source_key="reply:1.2",
                title="Support bot",
                constraints={},
                recommended_approach="prompting",
                chosen_approach="prompt-then-fine-tune",
                against_advice=True,
                reason_against="",
                note="revisit when we have 5k labels",
                decided_by="U1",
                decided_at=T0,
                status="active",
            )
        )
        row = connection.execute(select(decision_table.c.decided_at, decision_table.c.note)).one()
    assert row.decided_at == T0 and row.decided_at.tzinfo is not None
    assert row.note == "revisit when we have 5k labels"
