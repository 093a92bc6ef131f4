"""Facts as people state them in a thread, in a line: what is left after cleaning, money
capped or cut, what one error costs, how often the rules change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.constraints import Change
from assistant.parsing import parse


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("turns out the annotations are messy, ~4k usable once deduped", 4000),
        ("only about 900 of the 5,000 transcripts are actually usable", 900),
        ("of the 20k emails, maybe 2k are actually clean", 2000),
        ("we annotated 300 of the 1,200 contracts so far", 300),
    ],
)
def test_what_is_left_of_a_set(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


def test_good_before_a_noun_is_not_a_count_of_data() -> None:
    assert parse("we have 4 good reasons to hurry").labeled_examples is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("finance capped it at 30k", "budget_usd", 30000),
        ("budget was slashed from $12k to $5k last week", "budget_usd", 5000),
        ("budget got halved, we have roughly 3k for the whole project now", "budget_usd", 3000),
        ("ok so the real budget, like 40k?", "budget_usd", 40000),
        ("monthly we can stretch to about 300 bucks", "monthly_budget_usd", 300),
        ("the hosting budget is nearer 2.5k/month", "monthly_budget_usd", 2500),
    ],
)
def test_money_said_in_passing(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == Decimal(value)


def test_fine_is_not_a_penalty() -> None:
    constraints = parse("we'd be fine with like €3k a month")
    assert [issue.field for issue in constraints.issues] == ["monthly_budget_usd"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a wrong dosage means a patient harmed", True),
        ("every missed clause is a reportable failure for us", True),
        ("one bad citation = malpractice exposure", True),
        ("if it's wrong the agent just edits it, no big deal", False),
    ],
)
def test_what_one_error_costs(text: str, value: bool) -> None:
    assert parse(text).accuracy_critical is value


def test_a_rejection_of_anything_off_voice_insists_on_the_voice() -> None:
    assert parse("editors reject anything that doesn't sound like our house style").brand_voice


def test_a_phrase_that_read_an_acronym_is_not_read_again() -> None:
    assert parse("it must stay GDPR compliant and no PII leaves the EU").compliance is True


@pytest.mark.parametrize(
    "text",
    [
        "the grading rubric changes per course",
        "layouts vary by supplier and we add new suppliers weekly",
        "case law shifts all the time, new rulings every week",
        "our pricing changes every month",
    ],
)
def test_rules_that_change_case_by_case(text: str) -> None:
    assert parse(text).requirements_change is Change.FREQUENT


@pytest.mark.parametrize(
    "text",
    [
        "we've been prompting since spring and the results are meh",
        "few-shot with 30 examples, accuracy plateaued at 70%",
        "We ran the prompt with our brand guide for weeks. Sales hated it, said it sounds robotic.",
    ],
)
def test_a_prompted_run_that_disappointed(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_how_long_a_prompt_has_run_is_not_a_deadline() -> None:
    assert parse("we've been prompting for 4 months with so-so results").timeline_days is None
    assert parse("Live in 5 weeks; we have been testing prompts meanwhile").timeline_days == 35


def test_customer_facing_support_is_customer_service() -> None:
    assert parse("it's for customer-facing support now").domain == "customer_service"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("honestly it does not need to be fast, this runs behind a form", False),
        ("users can easily wait a couple of seconds", False),
        ("replies must come back in under a second, it's a voice bot", True),
    ],
)
def test_how_fast_said_plainly(text: str, value: bool) -> None:
    assert parse(text).latency_sensitive is value


def test_mistakes_that_do_not_matter() -> None:
    assert (
        parse("typos don't really matter, an editor reads every draft").accuracy_critical is False
    )


def test_results_that_were_awful_are_a_shortfall() -> None:
    text = "we ran the prompt version for a month and the precision was terrible"
    assert parse(text).prompting_fell_short is True


def test_a_label_count_said_as_where_it_stands() -> None:
    assert parse("quick update: labeled examples are now at 6,500").labeled_examples == 6500


@pytest.mark.parametrize(
    "text",
    [
        "heads up: nobody in this org has ever fine-tuned anything",
        "zero in-house ML here, it would all be contractors",
        "the folks who did ML left last spring",
    ],
)
def test_no_one_to_train_a_model(text: str) -> None:
    assert parse(text).ml_expertise == "none"


@pytest.mark.parametrize(
    "text",
    [
        "marketing changed the product categories four times this year",
        "the slang shifts weekly, new filter dodges all the time",
        "form fields change whenever a new partner signs",
    ],
)
def test_what_keeps_changing(text: str) -> None:
    assert parse(text).requirements_change is Change.FREQUENT


def test_waiting_people_want_speed() -> None:
    assert (
        parse(
            "users are waiting in the app while it writes, so it has to be snappy"
        ).latency_sensitive
        is True
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("sorry, 30k tickets a month, not 300k", "monthly_requests", 30000),
        ("not 1,500 labeled - it's 15,000, I dropped a zero", "labeled_examples", 15000),
        ("the budget is 60k, not 600k", "budget_usd", 60000),
        ("Perdón: son 12.000 mensajes revisados, no 1.200.", "labeled_examples", 12000),
    ],
)
def test_a_corrected_figure_replaces_the_denied_one(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == value


def test_a_record_marked_after_its_noun_is_labeled() -> None:
    assert parse("we have 7,000 invoices coded by the finance team").labeled_examples == 7000


@pytest.mark.parametrize(
    "text",
    [
        "auditors can pull any letter, and every letter must follow the same template",
        "each summary has to use the same section order",
    ],
)
def test_the_same_every_time_said_of_each_output(text: str) -> None:
    assert parse(text).consistency_required is True


@pytest.mark.parametrize(
    "text",
    [
        "we ran Claude with a style prompt for a month; editors sent back 40% of drafts",
        "the prompted version has been live for weeks and signups are 15% below the old page",
        "copywriters hate it, everything is same-y. we've been iterating on prompts since May",
    ],
)
def test_prompted_runs_that_fell_short_in_numbers_and_words(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no wrong dosages, ever. nurses act on these", True),
        ("a wrong category just means a short delay, not the end of the world", False),
    ],
)
def test_how_much_one_error_matters(text: str, value: bool) -> None:
    assert parse(text).accuracy_critical is value


def test_a_count_of_the_usable_ones() -> None:
    assert parse("lots of noise in the labels, the usable ones are ~2k").labeled_examples == 2000


@pytest.mark.parametrize(
    "text",
    [
        "it all has to be hosted in the EU",
        "EU-only processing, per legal",
        "we run everything on-prem",
    ],
)
def test_where_the_data_may_be_is_compliance(text: str) -> None:
    assert parse(text).compliance is True


def test_before_the_caller_hangs_up_is_latency() -> None:
    assert parse("answers have to come before callers hang up").latency_sensitive is True


def test_pages_that_change_often_and_seasons_that_do_not() -> None:
    assert parse("the help pages change weekly").requirements_change is Change.FREQUENT
    assert parse("opening hours change with the seasons").requirements_change is None


@pytest.mark.parametrize(
    "text",
    [
        "every NPC has a distinct voice the players know",
        "readers notice any drift in a persona's voice",
        "for our writers the narrator's voice is sacred",
    ],
)
def test_a_voice_of_each_character_or_persona(text: str) -> None:
    assert parse(text).brand_voice is True


def test_labels_that_trickle_in_are_growing() -> None:
    assert parse("reviewers are slow, labels trickle in a few a day").data_growth is True


def test_a_one_off_migration_is_not_worth_training_for() -> None:
    assert parse("this is a one-off backfill of the 2019 archive").exploratory is True


def test_no_training_budget_is_none() -> None:
    assert parse("there is no training budget at all").budget_usd == 0


def test_a_prompt_that_misses_things_fell_short() -> None:
    text = "we ran GPT-4o with eight examples in the prompt and it missed most nested clauses"
    assert parse(text).prompting_fell_short is True


def test_a_team_that_has_trained_a_classic_model() -> None:
    assert parse("our team has already trained a classifier for triage").ml_expertise == "medium"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("load spikes at month-end, we need it live by the end of the quarter", 90),
        ("volume doubles at quarter end", None),
        ("month-end is brutal for the team", None),
    ],
)
def test_a_period_end_that_comes_round_again_is_no_deadline(text: str, days: int | None) -> None:
    assert parse(text).timeline_days == days


def test_docs_that_change_every_release() -> None:
    assert parse("our docs change every release").requirements_change is Change.FREQUENT


def test_keeping_a_character_s_voice_in_translation() -> None:
    assert parse("localize the quests while preserving each character's voice").brand_voice
