"""Any text in: a decision or none, never a crash; any schedule text: a schedule or a
clear error; digests never carry a live broadcast from what people typed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import Approach, ScheduleError, parse_schedule, read_decision
from integrations.slack.digest_blocks import digest_message
from integrations.store.decision_records import ApproachCount, Decision, DigestContent
from tests.slack.broadcasts import live_broadcast

WORDS = st.sampled_from(
    [
        "we'll",
        "go",
        "with",
        "prompting",
        "fine-tune",
        "not",
        "decided:",
        "let's",
        "?",
        "because",
        "revisit",
        "in",
        "3",
        "months",
        "then",
        "first",
        "should",
        ",",
        ".",
        "<!channel>",
        "@here",
        "prompt",
        "fine-tuning",
        "won't",
        "do",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=25).map(" ".join)))
def test_any_text_reads_as_a_decision_or_none(text: str) -> None:
    intent = read_decision(text, today=date(2026, 1, 1))
    if intent is not None:
        assert intent.approach is not None or intent.revisit_on is not None
        assert len(intent.note) <= 500


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_schedule_text_is_a_schedule_or_a_clear_error(text: str) -> None:
    try:
        schedule = parse_schedule(text, default_zone="UTC")
    except ScheduleError as error:
        assert str(error)
    else:
        assert schedule.cron.count(" ") == 4


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_a_digest_never_echoes_a_live_broadcast(title: str, note: str) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    decision = Decision(
        id=1,
        team_id="T1",
        channel_id="C1",
        thread_ts="1.1",
        source_key="k",
        permalink=None,
        title=title,
        constraints={},
        costs=None,
        monthly_usd=None,
        recommended_approach=Approach.PROMPTING,
        chosen_approach=Approach.FINE_TUNING,
        against_advice=True,
        reason_against=note,
        note=note,
        decided_by="U1",
        decided_at=now,
        status="active",
        revisit_on=date(2026, 3, 1),
        superseded_at=None,
    )
    content = DigestContent(
        counts=(ApproachCount(approach=Approach.FINE_TUNING, count=1, monthly_usd=Decimal(0)),),
        total=1,
        total_monthly_usd=Decimal(0),
        against_count=1,
        revisit_count=1,
        latest=(decision,),
        against=(decision,),
        revisit=(decision,),
    )
    message = digest_message(
        content,
        channel_id="C1",
        start=now - timedelta(days=7),
        end=now,
        zone=parse_schedule("daily 09:00 UTC", default_zone="UTC").tz,
    )
    own = ("<#C1>", "<@U1>")
    shown = message.text + "\n" + json.dumps(message.blocks, ensure_ascii=False)
    for mark in own:
        shown = shown.replace(mark, "")
    assert live_broadcast(shown) is None
