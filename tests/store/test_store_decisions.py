"""Recording and listing decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from assistant import Approach
from integrations.store import Store
from integrations.store.decision_records import NewDecision

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def decision(**overrides: object) -> NewDecision:
    values: dict[str, object] = {
        "team_id": "T1",
        "channel_id": "C1",
        "thread_ts": "100.1",
        "source_key": "reply:100.2",
        "title": "Support bot for a bank",
        "constraints": {"domain": "finance"},
        "costs": {"prompting_monthly_usd": 120.5},
        "monthly_usd": "120.50",
        "recommended_approach": Approach.PROMPTING,
        "chosen_approach": Approach.FINE_TUNING,
        "reason_against": "Few labeled examples",
        "note": "brand voice",
        "decided_by": "U1",
        "revisit_on": date(2026, 9, 2),
    }
    return NewDecision.model_validate(values | overrides)


def test_a_decision_keeps_what_it_was_made_against(store: Store) -> None:
    recorded = store.record_decision(decision(), now=T0)
    assert recorded.created
    kept = store.list_decisions(team_id="T1")
    assert [d.id for d in kept] == [recorded.decision.id]
    one = kept[0]
    assert one.against_advice is True
    assert (one.recommended_approach, one.chosen_approach) == (
        Approach.PROMPTING,
        Approach.FINE_TUNING,
    )
    assert str(one.monthly_usd) == "120.5"
    assert one.decided_at == T0
    exported = one.export(today=date(2026, 3, 2))
    assert exported["decided_at"] == "2026-03-02T10:00:00Z"
    assert exported["status"] == "active"
    assert one.export(today=date(2026, 9, 2))["status"] == "revisit"


def test_recording_the_same_decision_twice_changes_nothing(store: Store) -> None:
    first = store.record_decision(decision(), now=T0)
    again = store.record_decision(decision(), now=T0 + timedelta(minutes=1))
    same_choice = store.record_decision(
        decision(source_key="button:1", note=""), now=T0 + timedelta(minutes=2)
    )
    assert not again.created and not same_choice.created
    assert again.decision == first.decision == same_choice.decision
    assert len(store.list_decisions()) == 1


def test_a_new_decision_in_the_thread_supersedes_the_last(store: Store) -> None:
    store.record_decision(decision(), now=T0)
    second = store.record_decision(
        decision(source_key="reply:100.3", chosen_approach=Approach.PROMPTING),
        now=T0 + timedelta(hours=1),
    )
    assert second.created and second.superseded is not None
    statuses = [(d.chosen_approach, d.status) for d in store.list_decisions()]
    assert statuses == [(Approach.PROMPTING, "active"), (Approach.FINE_TUNING, "superseded")]
    assert second.decision.against_advice is False


def test_a_revisit_date_moves_on_the_standing_decision(store: Store) -> None:
    store.record_decision(decision(), now=T0)
    moved = store.set_revisit(
        team_id="T1", channel_id="C1", thread_ts="100.1", revisit_on=date(2026, 6, 2)
    )
    assert moved is not None and moved.revisit_on == date(2026, 6, 2)
    assert (
        store.set_revisit(
            team_id="T2", channel_id="C1", thread_ts="100.1", revisit_on=date(2026, 6, 2)
        )
        is None
    )


def test_workspaces_never_see_each_others_decisions(store: Store) -> None:
    store.record_decision(decision(), now=T0)
    store.record_decision(decision(team_id="T2", note="theirs"), now=T0)
    assert [d.note for d in store.list_decisions(team_id="T1")] == ["brand voice"]
    assert [d.note for d in store.list_decisions(team_id="T2")] == ["theirs"]
    assert store.thread_decision(team_id="T2", channel_id="C1", thread_ts="100.1") is not None
    assert len(list(store.iter_decisions())) == 2
