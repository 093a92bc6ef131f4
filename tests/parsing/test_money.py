"""Budgets and monthly budgets, and money that is not a budget."""

from __future__ import annotations

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("budget $50k", 50_000),
        ("Budget: $5k.", 5_000),
        ("We have about $5k to spend.", 5_000),
        ("We've got roughly USD 12,000 for this.", 12_000),
        ("12,000 dollars is what we were given", 12_000),
        ("we can put 35 grand towards it", 35_000),
        ("Twelve grand, tops.", 12_000),
        ("A couple of grand.", 2_000),
        ("The ceiling is $1.2M all-in.", 1_200_000),
        ("Spend is capped at 8k USD.", 8_000),
        ("half a million dollars", 500_000),
        ("one hundred and fifty thousand dollars", 150_000),
        ("US$ 7,500 approved", 7_500),
        ("$40,000", 40_000),
        ("budget is 20k, deadline end of month", 20_000),
        ("budget for this is 15k", 15_000),
        ("a 20,000 budget", 20_000),
        ("funding of USD 120,000 for an assistant", 120_000),
        ("need v1 in 3 weeks with $6,000", 6_000),
        ("Mortgage lender, 5 month timeline, $110k.", 110_000),
        ("We raised $5M last year; this project has a budget of $30k.", 30_000),
        ("Cost per annotation is $1.20; we have $25k.", 25_000),
        ("we pay $3k a month for the current vendor, and can spend $10k on the switch", 10_000),
        ("Total budget: $50,000 (including $10,000 for labelling).", 50_000),
        ("Budget is $5k. Our first estimate was $8k.", 5_000),
        ("5000$ budget", 5_000),
        ("budget ~ 3.5k", 3_500),
        ("BUDGET: 80K", 80_000),
        ("$2.5 million", 2_500_000),
        ("$0 budget, just want to try it", 0),
        ("basically zero budget (under $30)", 30),
        ("Let's keep it under 1k.", 1_000),
        ("we could spend up to 2.5k", 2_500),
        ("* Budget: 400k\n* Deadline: 9 months", 400_000),
    ],
)
def test_budgets(text: str, budget: int) -> None:
    check(text, budget_usd=budget)


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("Our monthly budget is $2,000.", 2_000),
        ("We can spend $1.5k monthly on inference.", 1_500),
        ("Looking at ~$200 a month for API costs.", 200),
        ("$2k/mo is our limit", 2_000),
        ("up to $300 per month", 300),
        ("$500 each month", 500),
        ("budget per month: $750", 750),
        ("annual budget of $120k for inference", 10_000),
        ("we can afford $60k a year", 5_000),
        ("$100 a day", 3_000),
        ("$700/week", 3_033.33),
        ("$900 per quarter", 300),
        ("We can spend 1.2k a month.", 1_200),
    ],
)
def test_monthly_budgets(text: str, monthly: float) -> None:
    check(text, monthly_budget_usd=monthly, budget_usd=None)


def test_one_off_and_monthly_budgets_together() -> None:
    check("$5k to build it and $500/month to run it", budget_usd=5_000, monthly_budget_usd=500)


@pytest.mark.parametrize(
    "text",
    [
        "we pay $0.002 per call",
        "each label costs $0.50",
        "annotators charge $20/hour",
        "We currently spend $3k a month on the old vendor.",
        "our revenue is $4M",
        "we make $2M in sales",
        "we raised $10M in funding",
        "a $10M company",
        "the tool saves us $50k a year",
        "a wrong answer could cost $1,000 in refunds",
        "GDPR fines can reach $20M",
        "our ARR is $3M",
        "the average order is $85",
        "it costs $15 per 1k tokens",
        "we paid $2k for annotations last year",
    ],
)
def test_money_that_is_not_a_budget(text: str) -> None:
    check(text, budget_usd=None, monthly_budget_usd=None)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Budget $5k... actually make it $8k.", 8_000),
        ("The budget is $5k. Sorry, I meant $7.5k.", 7_500),
        ("budget: $20k (correction: $25k)", 25_000),
        ("$10k, scratch that, $12k", 12_000),
        ("Budget was $200k but finance cut it; it's now $120k.", 120_000),
        ("Originally $50k, the budget is $35k.", 35_000),
    ],
)
def test_the_last_correction_wins(text: str, kept: int) -> None:
    check(text, budget_usd=kept)


@pytest.mark.parametrize(
    "text",
    [
        "We have $20k. We also have $35k.",
        "We have $20k; the CFO says $30k.",
        "$1,000 from marketing and $4,000 from ops",
    ],
)
def test_two_budgets_without_a_correction_are_an_issue(text: str) -> None:
    constraints = check(text, budget_usd=None)
    [issue] = constraints.issues
    assert issue.field == "budget_usd"
    assert len(issue.values) == 2
    assert all(value in issue.message for value in issue.values)


def test_a_range_is_one_budget_at_its_upper_end() -> None:
    constraints = check("Budget around $3-5k.", budget_usd=5_000)
    assert constraints.provenance["budget_usd"] is Provenance.INFERRED


@pytest.mark.parametrize(
    ("text", "shown"),
    [("Budget: -$500", "-$500"), ("budget of $-200", "$-200"), ("budget minus $50", "$50")],
)
def test_a_negative_budget_is_an_issue_and_not_used(text: str, shown: str) -> None:
    constraints = check(text, budget_usd=None)
    [issue] = constraints.issues
    assert issue.field == "budget_usd"
    assert "negative" in issue.message
    assert shown in issue.values[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We have €10k and 4 months.", "euros"),
        ("budget of £2,000", "pounds sterling"),
        ("EUR 50,000", "euros"),
        ("40k GBP", "pounds sterling"),
        ("¥1,000,000", "Japanese yen"),
        ("₹5 lakh is 500000 rupees", "Indian rupees"),
        ("20,000 euros", "euros"),
    ],
)
def test_other_currencies_are_reported_not_converted(text: str, name: str) -> None:
    constraints = check(text, budget_usd=None)
    issue = next(i for i in constraints.issues if i.field == "budget_usd")
    assert name in issue.message
    assert "US dollars" in issue.message


def test_a_dollar_budget_beside_its_euro_conversion_needs_no_issue() -> None:
    constraints = check("Budget $5,000 (about €4,600).", budget_usd=5_000)
    assert constraints.issues == []


@pytest.mark.parametrize(
    ("text", "inferred"),
    [
        ("a few hundred dollars", True),
        ("a couple thousand bucks", True),
        ("$2,500", False),
        ("budget $50k", False),
        ("no budget for this", True),
    ],
)
def test_vague_amounts_are_inferred(text: str, inferred: bool) -> None:
    constraints = parse(text)
    assert constraints.budget_usd is not None
    assert (constraints.provenance["budget_usd"] is Provenance.INFERRED) is inferred


def test_a_few_hundred_dollars_is_about_three_hundred() -> None:
    check("Need it in 10 days, a few hundred dollars.", budget_usd=300)


def test_evidence_is_the_amount_as_written() -> None:
    constraints = parse("Our budget is USD 12,000 for the year.")
    assert constraints.evidence["budget_usd"] == "USD 12,000"


def test_no_budget_constraints_is_not_a_zero_budget() -> None:
    check("There are no budget constraints.", budget_usd=None)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Running costs can't go over 90 bucks a month.", "monthly_budget_usd", 90),
        ("Hosting must not exceed $300 a month.", "monthly_budget_usd", 300),
        ("The ops director can put 5k towards the pilot.", "budget_usd", 5000),
        ("We'd use the 25k that leadership earmarked in spring.", "budget_usd", 25000),
    ],
)
def test_budgets_said_as_a_ceiling_or_money_set_aside(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == value


def test_a_count_the_team_approved_is_no_budget() -> None:
    assert parse("We labeled 5k that the team approved.").budget_usd is None


def test_a_price_per_classification_is_no_budget() -> None:
    constraints = parse("The hosted model costs $0.004 a classification.")
    assert constraints.budget_usd is None
    assert constraints.monthly_budget_usd is None


@pytest.mark.parametrize("text", ["It costs ~$0.009/SKU.", "That's $0.03/doc at today's volume."])
def test_a_price_per_anything_after_a_slash_is_no_budget(text: str) -> None:
    constraints = parse(text)
    assert constraints.budget_usd is None
    assert constraints.monthly_budget_usd is None


def test_a_slash_period_is_still_a_monthly_budget() -> None:
    assert parse("Budget is $2k/mo.").monthly_budget_usd == 2000


def test_money_a_period_for_running_it_after_words_that_have_it_is_a_budget() -> None:
    assert parse("We've got ~2.4k a year for inference, that's it.").monthly_budget_usd == 200
    constraints = parse("We process 3k a month for inference.")
    assert constraints.monthly_budget_usd is None
    assert constraints.budget_usd is None


def test_what_a_run_took_is_no_budget() -> None:
    assert parse("The whole training run took about six hours and roughly $35.").budget_usd is None
    assert parse("Training took 3 hours and $12; our budget is $2,000.").budget_usd == 2000


@pytest.mark.parametrize(
    "text",
    [
        "A customer disputed a $90 refund and the bot got it wrong.",
        "The first attempt burned about $1,400 in API costs before we stopped it.",
        "Tenants ask about a $75 late fee all the time.",
        "Estimate: 2,000 rows x 800 tokens x 3 epochs = about $14 of training.",
        "Inference would be 40k calls * $0.002 = $80.",
    ],
)
def test_amounts_in_the_story_are_not_budgets(text: str) -> None:
    assert parse(text).budget_usd is None


def test_money_for_what_it_will_pay_for_is_a_budget() -> None:
    assert parse("Good news: we have 12k for compute this year.").budget_usd == 12_000
    text = "we can only spend like 1.5k a month on inference"
    assert parse(text).monthly_budget_usd == 1_500


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("the monthly inference cap is 5k", 5_000),
        ("budget approved: 15k one-off plus 1.2k/month running", 1_200),
    ],
)
def test_a_running_cap_or_the_second_part_of_a_budget_is_monthly(text: str, monthly: int) -> None:
    assert parse(text).monthly_budget_usd == monthly


@pytest.mark.parametrize("text", ["the token limit is 8k", "our context limit is 128k"])
def test_a_limit_of_tokens_is_no_budget(text: str) -> None:
    parsed = parse(text)
    assert parsed.budget_usd is None and parsed.monthly_budget_usd is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("what if we only had 10k to spend instead of 40?", "budget_usd", 10_000),
        ("the monthly run-rate is capped at $3,000", "monthly_budget_usd", 3_000),
    ],
)
def test_a_sum_to_spend_and_a_capped_run_rate(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == value


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("the accelerator gave us $3,000 in cloud credits for this", 3000),
        ("we have $8k of Azure credits left and nothing else", 8000),
    ],
)
def test_credits_the_team_was_given_are_money_to_spend(text: str, budget: int) -> None:
    assert parse(text).budget_usd == budget


def test_credits_a_run_used_are_still_a_cost() -> None:
    assert parse("the first trial burned about $15 in OpenAI credits").budget_usd is None


@pytest.mark.parametrize("text", ["We have 25k to play with now.", "We've got 40k to work with."])
def test_an_amount_to_play_or_work_with_is_a_budget(text: str) -> None:
    assert parse(text).budget_usd is not None


def test_records_to_work_with_are_no_money() -> None:
    assert parse("We have 300 tickets to work with.").budget_usd is None
