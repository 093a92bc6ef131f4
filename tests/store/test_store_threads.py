"""A thread's constraints survive a restart and are shared by replicas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pydantic
import pytest

from assistant import Approach
from assistant.constraints import Constraints, Domain
from assistant.records import json_data
from assistant.validation import validated
from integrations.store import NaiveTimestampError, Store, StoreError, ThreadState

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
WHERE = {"team_id": "T1", "channel_id": "C1", "thread_ts": "1712345678.000100"}


def save(store: Store, *, constraints: dict[str, object], approach: str, now: datetime) -> None:
    store.save_thread(
        **WHERE, constraints=constraints, text="a support bot", approach=approach, now=now
    )


def test_a_saved_thread_loads_back_exactly(store: Store) -> None:
    constraints = {
        "domain": "legal",
        "labeled_examples": 15000,
        "budget_usd": "2500.50",
        "nested": {"list": [1, 2.5, None, True], "text": 'naïve café ✓ "quoted"'},
    }
    save(store, constraints=constraints, approach="fine-tuning", now=T0)

    loaded = store.load_thread(**WHERE)

    assert loaded == ThreadState(
        **WHERE,
        constraints=constraints,
        text="a support bot",
        approach=Approach.FINE_TUNING,
        created_at=T0,
        updated_at=T0,
    )


def test_saving_again_replaces_the_state_and_keeps_created_at(store: Store) -> None:
    save(store, constraints={"labeled_examples": 10}, approach="prompting", now=T0)
    later = T0 + timedelta(hours=3)
    save(store, constraints={"budget_usd": "500"}, approach="prompt-then-fine-tune", now=later)

    loaded = store.load_thread(**WHERE)

    assert loaded is not None
    assert loaded.constraints == {"budget_usd": "500"}  # replaced, not merged
    assert loaded.approach is Approach.PROMPT_THEN_FINE_TUNE
    assert loaded.created_at == T0
    assert loaded.updated_at == later


def test_an_unknown_thread_loads_as_none(store: Store) -> None:
    assert store.load_thread(**WHERE) is None


def test_threads_are_scoped_by_workspace_channel_and_thread(store: Store) -> None:
    save(store, constraints={"n": 1}, approach="prompting", now=T0)
    assert store.load_thread(**{**WHERE, "team_id": "T2"}) is None
    assert store.load_thread(**{**WHERE, "channel_id": "C2"}) is None
    assert store.load_thread(**{**WHERE, "thread_ts": "1712345678.000200"}) is None
    store.save_thread(
        **{**WHERE, "team_id": "T2"},
        constraints={"n": 2},
        text="other workspace",
        approach="fine-tuning",
        now=T0,
    )
    first = store.load_thread(**WHERE)
    second = store.load_thread(**{**WHERE, "team_id": "T2"})
    assert first is not None and first.constraints == {"n": 1}
    assert second is not None and second.constraints == {"n": 2}


def test_timestamps_come_back_as_utc_instants(store: Store) -> None:
    tokyo = timezone(timedelta(hours=9))
    save(store, constraints={}, approach="prompting", now=T0.astimezone(tokyo))
    loaded = store.load_thread(**WHERE)
    assert loaded is not None
    assert loaded.created_at == T0
    assert loaded.created_at.utcoffset() == timedelta(0)


def test_real_constraints_survive_the_round_trip(store: Store) -> None:
    constraints = Constraints(
        domain=Domain.LEGAL, labeled_examples=15000, budget_usd=Decimal("2500.50")
    )
    save(store, constraints=json_data(constraints), approach="prompting", now=T0)
    loaded = store.load_thread(**WHERE)
    assert loaded is not None
    assert validated(Constraints, loaded.constraints) == constraints


def test_the_state_survives_a_restart(database_url: str, store: Store) -> None:
    save(store, constraints={"n": 1}, approach="prompting", now=T0)
    store.close()
    with Store.from_url(database_url) as restarted:
        restarted.migrate()
        loaded = restarted.load_thread(**WHERE)
    assert loaded is not None and loaded.constraints == {"n": 1}


def test_bad_input_is_refused_before_anything_is_written(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown approach 'guessing'"):
        save(store, constraints={}, approach="guessing", now=T0)
    with pytest.raises(NaiveTimestampError):
        save(store, constraints={}, approach="prompting", now=datetime(2025, 3, 1))
    assert store.load_thread(**WHERE) is None


def test_thread_state_is_frozen(store: Store) -> None:
    save(store, constraints={}, approach="prompting", now=T0)
    loaded = store.load_thread(**WHERE)
    assert loaded is not None
    with pytest.raises(pydantic.ValidationError):
        loaded.text = "changed"  # type: ignore[misc]
