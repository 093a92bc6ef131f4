"""Block Kit rendering against hand-built answers: content, limits, citations, escaping."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import (
    Advisor,
    Answer,
    Approach,
    ChangeReply,
    Citation,
    Confidence,
    Constraints,
    CostReply,
    Domain,
    FieldChange,
    GuidanceReply,
    HelpReply,
    InputIssue,
    MissingConstraint,
    Reason,
    Recommendation,
    Technique,
    WhyReply,
)
from integrations.slack import messages
from integrations.slack.blocks import (
    FIRST_SCREEN_BLOCKS,
    FIRST_SCREEN_CHARS,
    MAX_BLOCKS,
    MAX_BUTTON_TEXT,
    MAX_BUTTON_VALUE,
    MAX_HEADER_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
    details_message,
    follow_up_message,
    notice_message,
    recommendation_message,
)
from integrations.slack.decision_inbound import RECORD_ACTION
from integrations.slack.escape import plain
from integrations.slack.inbound import DETAILS_ACTION, OPTION_ACTION
from tests.slack.broadcasts import live_broadcast

CITATIONS = [
    Citation(
        number=1,
        id="doc0.data-needs",
        source="Fine-Tuning vs Prompting: Optimize Your AI Strategy",
        section="When to fine-tune",
        text="Fine-tuning needs hundreds to thousands of labeled examples.",
    ),
    Citation(
        number=2,
        id="doc1.costs",
        source="The Hidden Cost of Fine-Tuning vs. Prompting for Production Models",
        section="Inference costs",
        text="Long prompts cost more per request at high volume.",
    ),
    Citation(
        number=3,
        id="doc4.prompting",
        source="Prompting vs. Fine-Tuning: Where Each Wins in Production",
        section="Where prompting wins",
        text="Prompting ships in days and adapts to changing requirements.",
    ),
]


def reason(rule: str, approach: Approach, summary: str, *cites: str) -> Reason:
    return Reason(
        rule=rule, approach=approach, weight=3, summary=summary, matched={}, citations=cites
    )


def make_answer(
    text: str = "Legal team, 15k annotated NDAs, $40,000, 3 months", **kw: Any
) -> Answer:
    constraints = Constraints(
        domain=Domain.LEGAL, labeled_examples=15000, budget_usd=40000, timeline_days=90
    )
    fields: dict[str, Any] = {
        "text": text,
        "constraints": constraints,
        "recommendation": Recommendation(
            approach=Approach.FINE_TUNING,
            technique=Technique.SUPERVISED_FT,
            confidence=Confidence.HIGH,
            summary="Fine-tune a model with supervised fine-tuning (legal, 15,000 labeled).",
            scores={Approach.FINE_TUNING: 9, Approach.PROMPTING: 2},
            next_steps=("Clean the data.", "Pilot a fine-tune."),
        ),
        "reasons": [
            reason(
                "ft.data", Approach.FINE_TUNING, "You have enough labeled data.", "doc0.data-needs"
            ),
            reason("ft.volume", Approach.FINE_TUNING, "Volume pays back training.", "doc1.costs"),
        ],
        "counter_reasons": [
            reason("pr.speed", Approach.PROMPTING, "Prompting ships faster.", "doc4.prompting")
        ],
        "citations": CITATIONS,
        "missing": [
            MissingConstraint(
                name="monthly_requests",
                why="Volume decides whether training pays back.",
                question="How many requests a month do you expect?",
                options=(
                    ("1k a month", "We expect 1,000 requests a month."),
                    ("5M a month", "We expect 5 million requests a month."),
                ),
                could_change_answer=True,
            ),
            MissingConstraint(name="ml_expertise", why="Skills.", question="ML engineers?"),
        ],
    }
    fields.update(kw)
    return Answer(**fields)


def strings(message: SlackMessage) -> list[str]:
    out = [message.text]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    out.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(message.blocks)
    return out


def check_limits(message: SlackMessage) -> None:
    assert 0 < len(message.blocks) <= MAX_BLOCKS
    assert message.text.strip()
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_TEXT
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= MAX_HEADER_TEXT
        if block["type"] == "actions":
            for button in block["elements"]:
                assert len(button["text"]["text"]) <= MAX_BUTTON_TEXT
                assert len(button["value"]) <= MAX_BUTTON_VALUE
            ids = [e["action_id"] for e in block["elements"]]
            assert len(ids) == len(set(ids))


def check_citations(message: SlackMessage, *, every: bool = False) -> None:
    """Every [n] used has its line in the sources list. An answer (``every``) lists all its
    sources, numbered 1..N without gaps; a follow-up lists exactly the ones it cites."""
    body = "\n".join(s for s in strings(message) if not s.startswith("*Sources*"))
    used = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    sources = "\n".join(s for s in strings(message) if s.startswith("*Sources*"))
    listed = {int(n) for n in re.findall(r"(?:^|\*Sources\* |· )\[(\d+)\]", sources, re.M)}
    assert used <= listed
    if every:
        assert listed == set(range(1, len(listed) + 1))
    else:
        assert used == listed


def test_the_first_screen_is_the_answer() -> None:
    answer = make_answer(text="Legal team, 15k annotated NDAs " + "and more detail " * 80)
    message = recommendation_message(answer)
    check_limits(message)
    check_citations(message, every=True)
    kinds = [b["type"] for b in message.blocks]
    assert kinds[:3] == ["header", "context", "section"]
    assert message.blocks[0]["text"]["text"] == "Fine-tune a model"
    assert "confidence high" in message.blocks[1]["elements"][0]["text"]
    gist = message.blocks[2]["text"]["text"]
    assert gist.startswith("Fine-tune a model with supervised fine-tuning")
    assert "labeled examples 15,000" in gist and "budget $40,000" in gist
    text = "\n".join(strings(message))
    assert "and more detail" not in text  # the person's own text is not echoed
    assert str(message.blocks).count("Fine-tune a model") <= 2  # header, one line of why
    assert "You have enough labeled data. [1]" in text
    assert "[1] Fine-Tuning vs Prompting: Optimize Your AI Strategy, “When to fine-tune”" in text
    assert "Prompting ships faster." not in text  # behind Details
    assert "supervised fine-tuning" in message.text
    assert len(message.blocks) <= FIRST_SCREEN_BLOCKS
    assert sum(len(t) for t in strings(message)) <= FIRST_SCREEN_CHARS + 600  # + sources


def test_details_hold_what_the_first_screen_leaves_out() -> None:
    message = details_message(make_answer())
    check_limits(message)
    check_citations(message, every=True)
    text = "\n".join(strings(message))
    assert "Prompting ships faster. [" in text
    assert "1. Clean the data." in text
    assert "ML engineers?" in text


def test_a_thin_description_gets_its_questions_first() -> None:
    answer = make_answer(text="we want AI for our docs", constraints=Constraints())
    message = recommendation_message(answer)
    check_limits(message)
    assert message.blocks[0]["text"]["text"].startswith("A few questions first")
    kinds = [b["type"] for b in message.blocks]
    question = kinds.index("actions")
    gist = next(i for i, b in enumerate(message.blocks) if "*Understood:*" in str(b))
    assert question < gist


def test_missing_constraints_get_buttons_that_carry_the_text_to_rerun_with() -> None:
    message = recommendation_message(make_answer())
    actions = [b for b in message.blocks if b["type"] == "actions"]
    options = [a for a in actions if a["block_id"].startswith("missing:")]
    assert len(options) == 1
    buttons = options[0]["elements"]
    assert [b["text"]["text"] for b in buttons] == ["1k a month", "5M a month"]
    assert buttons[0]["value"] == "We expect 1,000 requests a month."
    assert all(b["action_id"].startswith(OPTION_ACTION) for b in buttons)
    controls = [a for a in actions if not a["block_id"].startswith("missing:")]
    assert [b["action_id"] for b in controls[0]["elements"]] == [RECORD_ACTION, DETAILS_ACTION]
    without = recommendation_message(make_answer(), with_buttons=False)
    assert not [b for b in without.blocks if b["type"] == "actions"]


def test_passages_of_one_section_share_a_number() -> None:
    twin = dataclasses.replace(CITATIONS[0], id="doc0.data-needs-2")  # same section, number
    answer = make_answer(
        citations=[*CITATIONS, twin],
        reasons=[
            reason("a", Approach.FINE_TUNING, "First.", "doc0.data-needs", "doc0.data-needs-2"),
            reason("b", Approach.FINE_TUNING, "Second.", "doc1.costs", "doc0.data-needs-2"),
        ],
    )
    message = recommendation_message(answer)
    check_citations(message, every=True)
    text = "\n".join(strings(message))
    assert "First. [1]" in text and "Second. [2][1]" in text


def test_a_citation_the_answer_cannot_name_is_left_out_not_broken() -> None:
    answer = make_answer(
        reasons=[reason("x", Approach.FINE_TUNING, "Unknown source.", "nowhere.passage")]
    )
    message = recommendation_message(answer)
    check_citations(message, every=True)
    assert "Unknown source." in "\n".join(strings(message))


def test_input_issues_are_shown() -> None:
    answer = make_answer(issues=[InputIssue(field="budget_usd", message="Two budgets <!here>.")])
    message = recommendation_message(answer)
    joined = "\n".join(strings(message))
    assert "Two budgets &lt;!here&gt;." in joined


def test_follow_up_change_says_what_changed_and_what_flipped() -> None:
    after = make_answer(
        recommendation=Recommendation(
            approach=Approach.PROMPTING,
            technique=Technique.FEW_SHOT,
            confidence=Confidence.MEDIUM,
            summary="Prompt a model with few-shot prompting.",
            scores={Approach.PROMPTING: 5},
        ),
        reasons=[reason("pr.budget", Approach.PROMPTING, "The budget is small.", "doc1.costs")],
        counter_reasons=[],
    )
    fu = ChangeReply(
        answer=after,
        previous_approach=Approach.FINE_TUNING,
        changes=[FieldChange(field="budget_usd", before="40000", after="500")],
        flipped=["ft.data", "pr.budget"],
    )
    message = follow_up_message(fu, rule_summaries={"ft.data": "Plenty of labeled data <!here>."})
    check_limits(message)
    check_citations(message)
    first = message.blocks[0]["text"]["text"]
    assert "budget: $40,000 → $500" in first
    assert "fine-tuning → *prompting*" in first
    flipped = message.blocks[1]["text"]["text"]
    assert "now applies: The budget is small. [2]" in flipped  # the answer's own number
    assert "no longer applies: Plenty of labeled data &lt;!here&gt;." in flipped
    unnamed = follow_up_message(fu).blocks[1]["text"]["text"]
    assert "no longer applies: `ft.data`" in unnamed


def test_a_change_that_changes_nothing_says_whether_anything_was_read() -> None:
    answer = make_answer()
    restated = follow_up_message(
        ChangeReply(answer=answer, previous_approach="prompting", stated=["brand_voice"])
    )
    assert restated.blocks[0]["text"]["text"].startswith(messages.NOTHING_CHANGED)
    unread = follow_up_message(ChangeReply(answer=answer, previous_approach="prompting"))
    check_limits(unread)
    first = unread.blocks[0]["text"]["text"]
    assert first.startswith("Noted, but I found no change")
    assert "answer stands" in first and "still" in first


def test_follow_up_why_shows_both_sides_with_citations() -> None:
    answer = make_answer()
    fu = WhyReply(
        answer=answer,
        about="prompting",
        for_reasons=answer.counter_reasons,
        against_reasons=answer.reasons,
    )
    message = follow_up_message(fu)
    check_citations(message)
    joined = "\n".join(strings(message))
    assert "*For prompting*" in joined and "Prompting ships faster. [3]" in joined
    assert "*For the alternatives*" in joined and "enough labeled data. [1]" in joined


def test_follow_up_guidance_quotes_passages_or_says_it_is_not_covered() -> None:
    answer = make_answer()
    found = follow_up_message(GuidanceReply(answer=answer, passages=CITATIONS[:2]))
    check_citations(found)
    joined = "\n".join(strings(found))
    assert "hundreds to thousands of labeled examples. [1]" in joined
    assert "[2] The Hidden Cost of Fine-Tuning" in joined
    empty = follow_up_message(GuidanceReply(answer=answer))
    assert empty.text == messages.GUIDANCE_NOT_COVERED


def test_follow_up_help_and_cost_without_figures() -> None:
    answer = make_answer()
    assert follow_up_message(HelpReply(answer=answer)).text == plain(messages.THREAD_HELP)
    cost = follow_up_message(CostReply(answer=answer))
    assert messages.NO_COSTS in "\n".join(strings(cost))


def test_notice_is_one_section() -> None:
    message = notice_message(messages.HELP)
    check_limits(message)
    assert message.blocks[0]["text"]["text"] == messages.HELP
    assert message.text == plain(messages.HELP)  # the notification: no mrkdwn markers


hostile_text = st.one_of(
    st.text(max_size=4000),
    st.sampled_from(["<!channel>", "<!here>", "<!everyone>", "<@U1>", "<http://x|y>", "@here"]),
).map(lambda s: s or "x")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, summary=hostile_text, issue=hostile_text, evidence=hostile_text)
def test_no_rendered_text_carries_a_live_broadcast(
    text: str, summary: str, issue: str, evidence: str
) -> None:
    answer = make_answer(
        text=text,
        constraints=Constraints(model=evidence[:100], evidence={"model": evidence}),
        reasons=[reason("r", Approach.FINE_TUNING, summary, "doc0.data-needs")],
        issues=[InputIssue(field="budget_usd", message=issue)],
    )
    for every, message in (
        (True, recommendation_message(answer)),
        (
            False,
            follow_up_message(
                ChangeReply(
                    answer=answer,
                    previous_approach=Approach.PROMPTING,
                    changes=[FieldChange(field="model", before=text[:200], after=summary[:200])],
                    flipped=[issue[:80]],
                )
            ),
        ),
    ):
        check_limits(message)
        check_citations(message, every=every)
        for piece in strings(message):
            assert live_broadcast(piece) is None, piece


def test_cost_follow_up_shows_the_breakdown_sensitivity_and_assumptions(
    advisor: Advisor,
) -> None:
    answer = advisor.ask(
        "Answer 4 million customer chats per month for an airline; our prompt has 2,000 "
        "tokens of instructions and examples; 45k labeled chats; $150k; 5 months."
    )
    message = follow_up_message(CostReply(answer=answer))
    check_limits(message)
    joined = "\n".join(strings(message))
    assert "Break-even in month" in joined
    assert "*How it is computed*" in joined
    assert "4,000,000 requests x (2,000 input tokens" in joined
    assert "*What moves the break-even most*" in joined
    assert "the cheaper option changes at" in joined
    assert "*Assumed:*" in joined


def test_a_cost_question_at_supposed_values_says_so_and_leaves_the_project(
    advisor: Advisor,
) -> None:
    previous = advisor.ask("Claims triage, 3,000 claims a month, 6k labeled claims, $40k.")
    result = advisor.follow_up(
        "how much would it cost per month at 90k claims?", previous=previous.constraints
    )
    assert isinstance(result, CostReply) and result.supposed
    message = follow_up_message(result)
    check_limits(message)
    joined = "\n".join(strings(message))
    assert "*Supposing* volume" in joined.lower() or "*Supposing*" in joined
    assert messages.SUPPOSED_NOT_SAVED.split(";")[0] in joined
