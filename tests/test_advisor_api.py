"""The calls every edge makes on ``Advisor``: ask (with values the edge already has),
cost, and follow-ups answered with one model per kind."""

from __future__ import annotations

import dataclasses

import pytest

from assistant import (
    MAX_INPUT_CHARS,
    AckReply,
    Advisor,
    AlternativeReply,
    Approach,
    ChangeReply,
    ConfidenceReply,
    Constraints,
    CostReply,
    DecisionReply,
    EmptyInputError,
    GuidanceReply,
    HelpReply,
    InputTooLargeError,
    OffTopicReply,
    Provenance,
    SummaryReply,
    Task,
    WhyReply,
)

LEGAL = "Legal team: summarise NDAs. 15k annotated NDAs, 3 months, $40,000."


def test_given_values_are_laid_over_the_text(advisor: Advisor) -> None:
    form = Constraints(labeled_examples=200, provenance={"labeled_examples": Provenance.STATED})
    answer = advisor.ask(LEGAL, given=form)
    assert answer.constraints.labeled_examples == 200  # the form wins
    assert answer.constraints.budget_usd == 40_000  # the text still counts
    assert answer.text == LEGAL


def test_given_values_need_no_text(advisor: Advisor) -> None:
    form = Constraints(task=Task.SUMMARIZATION, labeled_examples=15_000)
    answer = advisor.ask("   ", given=form)
    assert answer.text == ""
    assert answer.constraints.labeled_examples == 15_000
    with pytest.raises(EmptyInputError):
        advisor.ask("   ")


def test_cost_is_the_answers_cost_report(advisor: Advisor) -> None:
    assert advisor.cost(LEGAL) == advisor.ask(LEGAL).costs


def test_cost_with_given_values_and_no_text(advisor: Advisor) -> None:
    small = advisor.cost(given=Constraints(monthly_requests=1_000))
    large = advisor.cost(given=Constraints(monthly_requests=1_000_000))
    assert small.monthly_requests == 1_000 and large.monthly_requests == 1_000_000
    assert large.prompting.monthly > small.prompting.monthly


def test_cost_refuses_a_description_over_the_limit(advisor: Advisor) -> None:
    with pytest.raises(InputTooLargeError):
        advisor.cost("x" * (MAX_INPUT_CHARS + 1))


@pytest.mark.parametrize(
    ("reply", "model"),
    [
        ("what if the budget were $500?", ChangeReply),
        ("why not fine-tuning?", WhyReply),
        ("how much would it cost per month?", CostReply),
        ("what are the risks of overfitting?", GuidanceReply),
        ("what can you do?", HelpReply),
        ("thanks", AckReply),
        ("how sure are you?", ConfidenceReply),
        ("what about LoRA?", AlternativeReply),
        ("tl;dr?", SummaryReply),
        ("we'll go with prompting", DecisionReply),
        ("anyone seen my charger?", OffTopicReply),
    ],
)
def test_each_kind_of_follow_up_has_its_own_model(
    advisor: Advisor, reply: str, model: type
) -> None:
    previous = advisor.ask(LEGAL)
    result = advisor.follow_up(reply, previous=previous.constraints)
    assert type(result) is model
    assert result.kind.value == {f.name: f for f in dataclasses.fields(model)}["kind"].default.value


def test_a_change_says_what_it_changed(advisor: Advisor) -> None:
    previous = advisor.ask(LEGAL)
    result = advisor.follow_up("what if the budget were $500?", previous=previous.constraints)
    assert isinstance(result, ChangeReply)
    assert result.previous_approach is previous.recommendation.approach
    assert [c.field for c in result.changes] == ["budget_usd"]
    summaries = advisor.rule_summaries(result.flipped)
    assert set(summaries) <= set(result.flipped)


def test_why_names_the_approach_asked_about(advisor: Advisor) -> None:
    previous = advisor.ask(LEGAL)
    result = advisor.follow_up("why not prompting?", previous=previous.constraints)
    assert isinstance(result, WhyReply)
    assert result.about is Approach.PROMPTING
    assert all(r.approach is Approach.PROMPTING for r in result.for_reasons)


def test_price_profiles_name_every_profile(advisor: Advisor) -> None:
    profiles = dict(advisor.price_profiles())
    assert "gpt-4o-mini" in profiles
    assert all(title for title in profiles.values())


def test_a_cost_question_that_supposes_a_volume_prices_it_and_keeps_the_project(
    advisor: Advisor,
) -> None:
    previous = advisor.ask(
        "Support bot for a utility: 2,000 customer emails a month, 800 labelled replies, "
        "budget $20,000, live in 3 months."
    )
    result = advisor.follow_up(
        "what would it cost at 60,000 emails a month?", previous=previous.constraints
    )
    assert isinstance(result, CostReply)
    assert [(c.field, c.after) for c in result.supposed] == [("monthly_requests", "60000")]
    assert result.answer.constraints.monthly_requests == 2000
    assert result.supposed_costs is not None and previous.costs is not None
    assert result.supposed_costs.prompting.monthly > previous.costs.prompting.monthly
    # A what-if without a question of cost is still a change.
    change = advisor.follow_up("what if we had $50k to spend?", previous=previous.constraints)
    assert isinstance(change, ChangeReply)
