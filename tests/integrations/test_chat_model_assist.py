"""The optional chat model helps read and route, never decides: offline, with
langchain-core's fake chat models in place of a provider."""

from __future__ import annotations

import logging
import time
from decimal import Decimal

import pytest

from assistant import Advisor, Constraints, Domain, FollowUpKind, Provenance, answer_to_json
from integrations.llm.assisted import MODEL_ISSUE_FIELD, AssistedAdvisor
from integrations.llm.facts import accepted_values
from integrations.llm.phrasing import phrasing_keeps_facts
from tests.integrations.fake_models import (
    FailingChatModel,
    ScriptedChatModel,
    SlowChatModel,
    scripted,
    tool_reply,
)

# The parser reads the timeline (6 weeks) but neither the field nor the volume.
STORE = (
    "Need something for the store; traffic is around 2000 visitors hitting it daily; "
    "go-live before the holidays, 6 weeks out"
)
LEGAL = "Legal team, 15k annotated NDAs, $40,000, 3 months"


def assisted(
    advisor: Advisor, model: ScriptedChatModel, *, timeout: float = 5.0, rephrase: bool = False
) -> AssistedAdvisor:
    return AssistedAdvisor(advisor, model=model, timeout=timeout, rephrase=rephrase)


# --- reading -------------------------------------------------------------------------


def test_grounded_values_fill_what_the_parser_missed_and_are_marked(advisor: Advisor) -> None:
    model = scripted(tool_reply("ProjectFacts", {"domain": "ecommerce", "monthly_requests": 60000}))
    plain = advisor.ask(STORE)
    answer = assisted(advisor, model).ask(STORE)

    c = answer.constraints
    # Only the fallback reading: "general", inferred because no field is named.
    assert plain.constraints.domain is Domain.GENERAL and plain.constraints.monthly_requests is None
    assert c.domain is Domain.ECOMMERCE and c.monthly_requests == 60000
    assert c.provenance_of("domain") is Provenance.INFERRED
    assert "chat model" in c.evidence["monthly_requests"]
    note = next(issue for issue in answer.issues if issue.field == MODEL_ISSUE_FIELD)
    assert set(note.values) == {"domain", "monthly_requests"}
    assert "monthly_requests = 60000" in note.message
    # The rules decided on the completed facts: the same as the parser giving them itself.
    stated = advisor.recommend(
        plain.constraints.merged(Constraints(domain=Domain.ECOMMERCE, monthly_requests=60000))
    )
    assert answer.recommendation == stated.recommendation


def test_the_parsers_value_wins_over_the_models(advisor: Advisor) -> None:
    # 6 weeks is 42 days; the model claims 30 ("a month" is not in the text either).
    model = scripted(tool_reply("ProjectFacts", {"timeline_days": 30, "domain": "ecommerce"}))
    answer = assisted(advisor, model).ask(STORE)
    assert answer.constraints.timeline_days == 42
    assert answer.constraints.provenance_of("timeline_days") is Provenance.STATED
    assert answer.constraints.domain is Domain.ECOMMERCE


def test_ungrounded_values_are_rejected_and_the_answer_is_unchanged(advisor: Advisor) -> None:
    # Nothing in the text says $25,000, 500 examples, healthcare or 80,000 requests.
    model = scripted(
        tool_reply(
            "ProjectFacts",
            {
                "budget_usd": 25000,
                "labeled_examples": 500,
                "domain": "healthcare",
                "monthly_requests": 80000,
            },
        )
    )
    answer = assisted(advisor, model).ask(STORE)
    assert answer_to_json(answer) == answer_to_json(advisor.ask(STORE))


@pytest.mark.parametrize(
    "proposed",
    [
        {"timeline_days": 0},
        {"labeled_examples": -2000},
        {"labeled_examples": 2000.5},
        {"domain": "retail-ish"},
        {"task": "astrology"},
        {"monthly_requests": "lots"},
        {"budget_usd": True},
    ],
)
def test_invalid_values_are_rejected(proposed: dict[str, object]) -> None:
    text = "a store bot, 2000 visitors daily, 2000.5 things, 0 days, retail-ish, lots, True"
    assert accepted_values(proposed, text=text) == {}


def test_one_invalid_value_does_not_sink_the_grounded_ones(advisor: Advisor) -> None:
    model = scripted(
        tool_reply("ProjectFacts", {"domain": "not-a-domain", "monthly_requests": 60000})
    )
    answer = assisted(advisor, model).ask(STORE)
    assert answer.constraints.monthly_requests == 60000
    # The invalid domain is dropped: the parser's own fallback reading stands.
    assert answer.constraints.domain is Domain.GENERAL
    assert answer.constraints.provenance_of("domain") is Provenance.INFERRED


@pytest.mark.parametrize(
    ("name", "value", "text", "grounded"),
    [
        ("labeled_examples", 15000, "15k annotated NDAs", True),
        ("labeled_examples", 15000, "fifteen thousand annotated NDAs", True),
        ("labeled_examples", 0, "we have no labeled data yet", True),
        ("labeled_examples", 0, "we have labeled data", False),
        ("budget_usd", 5000, "we can spend five grand", True),
        ("budget_usd", 5000, "we can spend a lot", False),
        ("timeline_days", 90, "live in 3 months", True),
        ("timeline_days", 90, "live in 3 weeks", False),
        ("monthly_requests", 36000, "about 1,200 a day", True),
        ("monthly_requests", 36000, "about 1,200 in total", False),
        ("domain", "legal", "review our NDAs", True),
        ("domain", "legal", "review our recipes", False),
    ],
)
def test_grounding(name: str, value: object, text: str, grounded: bool) -> None:
    assert (accepted_values({name: value}, text=text) != {}) is grounded


def test_a_complete_description_never_calls_the_model(advisor: Advisor) -> None:
    full = (
        "Legal team: summarise NDAs. 15k annotated NDAs, $40,000, 3 months, "
        "$500 a month, 20,000 requests a month"
    )
    model = scripted(tool_reply("ProjectFacts", {"domain": "finance"}))
    answer = assisted(advisor, model).ask(full)
    assert answer_to_json(answer) == answer_to_json(advisor.ask(full))
    assert next(model.messages, None) is not None  # the scripted reply is still unread


# --- failures fall back ---------------------------------------------------------------


def test_a_timeout_falls_back_to_the_deterministic_answer(
    advisor: Advisor, caplog: pytest.LogCaptureFixture
) -> None:
    model = SlowChatModel(messages=iter([tool_reply("ProjectFacts", {"domain": "ecommerce"})]))
    started = time.monotonic()
    with caplog.at_level(logging.INFO, logger="advisor.chat_model"):
        answer = assisted(advisor, model, timeout=0.3).ask(STORE)
    assert time.monotonic() - started < 3
    assert answer_to_json(answer) == answer_to_json(advisor.ask(STORE))
    assert "no reply within 0.3 s" in caplog.text


def test_an_exception_falls_back_without_a_visible_error(
    advisor: Advisor, caplog: pytest.LogCaptureFixture
) -> None:
    model = FailingChatModel(messages=iter([]))
    with caplog.at_level(logging.INFO, logger="advisor.chat_model"):
        answer = assisted(advisor, model, rephrase=True).ask(STORE)
        # Nothing the rules can place: the chat model is asked, fails, and the reply stays
        # off topic.
        result = assisted(advisor, model).follow_up(
            "the sourdough is rising nicely", previous=answer.constraints
        )
    assert answer_to_json(answer) == answer_to_json(advisor.ask(STORE))
    assert result.kind is FollowUpKind.OFF_TOPIC
    assert "ConnectionError" in caplog.text
    assert all(record.levelno < logging.WARNING for record in caplog.records)


def test_a_reply_that_is_not_structured_output_falls_back(advisor: Advisor) -> None:
    model = scripted("I think it is an online store with lots of traffic!")
    answer = assisted(advisor, model).ask(STORE)
    assert answer_to_json(answer) == answer_to_json(advisor.ask(STORE))


def test_token_usage_is_logged(advisor: Advisor, caplog: pytest.LogCaptureFixture) -> None:
    model = scripted(tool_reply("ProjectFacts", {"domain": "ecommerce"}))
    with caplog.at_level(logging.INFO, logger="advisor.chat_model"):
        assisted(advisor, model).ask(STORE)
    assert "chat model (reading): 120 input tokens, 30 output tokens" in caplog.text


# --- routing --------------------------------------------------------------------------


@pytest.fixture
def legal(advisor: Advisor) -> Constraints:
    return advisor.ask(LEGAL).constraints


def test_routing_may_place_a_reply_the_rules_could_not(
    advisor: Advisor, legal: Constraints
) -> None:
    reply = "Let us revisit with the board"
    assert advisor.follow_up(reply, previous=legal).kind is FollowUpKind.OFF_TOPIC
    model = scripted(tool_reply("ReplyRoute", {"kind": "why"}))
    result = assisted(advisor, model).follow_up(reply, previous=legal)
    assert result.kind is FollowUpKind.WHY
    assert result.for_reasons  # the rules' reasons, not the model's


def test_routing_a_change_uses_only_grounded_values(advisor: Advisor, legal: Constraints) -> None:
    # Too terse for the reader: the chat model routes it.
    reply = "120 then, per the board, not 90"
    assert advisor.follow_up(reply, previous=legal).kind is FollowUpKind.OFF_TOPIC
    model = scripted(
        tool_reply(
            "ReplyRoute",
            {"kind": "change", "changes": {"timeline_days": 120, "budget_usd": 1000}},
        )
    )
    result = assisted(advisor, model).follow_up(reply, previous=legal)
    assert result.kind is FollowUpKind.CHANGE
    # 120 is in the reply; $1,000 is not, so it is dropped.
    assert [(c.field, c.before, c.after) for c in result.changes] == [
        ("timeline_days", "90", "120")
    ]
    assert result.answer.constraints.budget_usd == Decimal(40000)
    assert result.answer.constraints.provenance_of("timeline_days") is Provenance.INFERRED
    note = next(i for i in result.answer.issues if i.field == MODEL_ISSUE_FIELD)
    assert note.values == ("timeline_days",)


@pytest.mark.parametrize(
    "route",
    [
        {"kind": "escalate"},  # not one of the reply kinds
        {"kind": "delete_thread"},
        {"kind": "change", "changes": {"budget_usd": 1000}},  # nothing grounded
        {"kind": "change"},
        {"kind": "help"},
    ],
)
def test_routing_is_limited_to_the_existing_kinds(
    advisor: Advisor, legal: Constraints, route: dict[str, object]
) -> None:
    reply = "Let us revisit with the board"
    model = scripted(tool_reply("ReplyRoute", route))
    result = assisted(advisor, model).follow_up(reply, previous=legal)
    plain = advisor.follow_up(reply, previous=legal)
    assert result.kind is FollowUpKind.OFF_TOPIC
    assert result == plain


def test_a_reply_the_rules_place_never_reaches_the_model(
    advisor: Advisor, legal: Constraints
) -> None:
    model = FailingChatModel(messages=iter([]))
    reply = "what if the budget were $500?"
    assert assisted(advisor, model).follow_up(reply, previous=legal) == advisor.follow_up(
        reply, previous=legal
    )


# --- phrasing -------------------------------------------------------------------------


def test_a_faithful_rewording_replaces_the_summary(advisor: Advisor) -> None:
    plain = advisor.ask(LEGAL)
    assert plain.recommendation.summary == (
        "Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled, 90 days, $40,000)."
    )
    worded = (
        "For this legal work - 15k labeled NDAs, $40,000 and 90 days - fine-tune a model "
        "with supervised fine-tuning."
    )
    # The first reply is the reading call's (nothing to add), the second the rewording.
    model = scripted(tool_reply("ProjectFacts", {}), worded)
    answer = assisted(advisor, model, rephrase=True).ask(LEGAL)
    assert answer.recommendation.summary == worded
    assert answer.recommendation.approach is plain.recommendation.approach
    assert answer.citations == plain.citations


@pytest.mark.parametrize(
    "worded",
    [
        # an invented number
        "Fine-tune with supervised fine-tuning: legal, 15,000 labeled, 90 days, $45,000.",
        # an invented citation marker
        "Fine-tune with supervised fine-tuning (legal, 15,000 labeled, 90 days, $40,000) [3].",
        # a dropped number
        "Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled, $40,000).",
        # another approach named
        "Start with prompting, then fine-tune (legal, 15,000 labeled, 90 days, $40,000).",
        "",
    ],
)
def test_a_rewording_that_changes_a_fact_is_rejected(advisor: Advisor, worded: str) -> None:
    model = scripted(tool_reply("ProjectFacts", {}), worded or " ")
    answer = assisted(advisor, model, rephrase=True).ask(LEGAL)
    assert answer_to_json(answer) == answer_to_json(advisor.ask(LEGAL))
    assert next(model.messages, None) is None  # the rewording was asked for, and refused


def test_phrasing_check_counts_citation_markers_both_ways() -> None:
    original = "Prompt first [1][2], then fine-tune at 1,000 examples."
    assert phrasing_keeps_facts(original, "At 1k examples fine-tune; prompt first. [1][2]")
    assert not phrasing_keeps_facts(original, "Prompt first [1], then fine-tune at 1,000.")
    assert not phrasing_keeps_facts(original, "Prompt first [1][2][7], then fine-tune at 1,000.")


@pytest.mark.parametrize(
    "worded",
    [
        "<!channel> Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled, "
        "90 days, $40,000).",
        "Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled, 90 days, "
        "$40,000): see https://example.com",
    ],
)
def test_a_rewording_may_not_add_mentions_or_links(worded: str) -> None:
    original = (
        "Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled, 90 days, $40,000)."
    )
    assert not phrasing_keeps_facts(original, worded)
