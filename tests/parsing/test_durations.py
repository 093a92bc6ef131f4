"""The timeline: time until it must be live."""

from __future__ import annotations

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("3 weeks", 21),
        ("launch in 3 weeks", 21),
        ("Need this live in 3 wks.", 21),
        ("two quarters", 180),
        ("4 months", 120),
        ("5 month timeline", 150),
        ("a 5-month timeline", 150),
        ("10 days", 10),
        ("need it in 10 days", 10),
        ("a two-week spike", 14),
        ("one month", 30),
        ("pilot in one month", 30),
        ("a year", 365),
        ("We have a year.", 365),
        ("go-live: 5 months", 150),
        ("Target go-live is six months from now.", 180),
        ("ship in a fortnight", 14),
        ("deadline: 48 hours", 2),
        ("in 2-3 weeks", 21),
        ("couple of weeks", 14),
        ("10 business days", 14),
        ("a month and a half", 45),
        ("in 1.5 months", 45),
        ("a 3-month engagement", 90),
        ("6 mo", 180),
        ("Timeline - 6 weeks", 42),
        ("within the next 2 months", 60),
        ("Need it live over the next 2 months.", 60),
        ("in two sprints", 28),
        ("eight weeks", 56),
        ("Twelve weeks to production", 84),
        ("a quarter", 90),
        ("a nine-month programme", 270),
        ("Timeline: 45 days\nData: 2.3k labelled intents", 45),
        ("$3,000 and a month to get it done", 30),
    ],
)
def test_durations(text: str, days: int) -> None:
    check(text, timeline_days=days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("we need it by next week", 7),
        ("want it this week", 7),
        ("launch by end of the month", 30),
        ("by end of month", 30),
        ("by tomorrow please", 1),
        ("live by the end of this quarter", 90),
        ("ship next month", 30),
        ("by Friday", 7),
    ],
)
def test_relative_deadlines(text: str, days: int) -> None:
    check(text, timeline_days=days)


@pytest.mark.parametrize(
    "text",
    ["We need it ASAP.", "urgently needed", "as soon as possible", "needed it yesterday"],
)
def test_urgency_is_a_short_inferred_timeline(text: str) -> None:
    constraints = check(text, timeline_days=7)
    assert constraints.provenance["timeline_days"] is Provenance.INFERRED


def test_an_explicit_duration_beats_urgency() -> None:
    check("Urgent! We have 3 weeks.", timeline_days=21)


@pytest.mark.parametrize(
    "text",
    [
        "in Q3",
        "Deadline is Q3.",
        "We have 3 years of tickets.",
        "We retrain every 6 months.",
        "We work in 2-week sprints.",
        "3 months of historical data",
        "We've been in business for 12 years.",
        "We have 6 months of runway.",
        "the model must respond within 2 seconds",
        "over the last 2 years we collected data",
        "12-month contracts",
        "a 30-day free trial",
        "urgent tickets must be triaged",
        "6 months ago",
        "We will collect 10k labels over the next 6 months.",
        "two times a month",
        "$200 a month",
        "50k requests a day",
    ],
)
def test_durations_that_are_not_deadlines(text: str) -> None:
    check(text, timeline_days=None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("prototype in 2 weeks, production in 3 months", 14),
        ("6 weeks for an MVP, 4 months for production", 42),
        ("We have 3 years of tickets and need a pilot in 2 months.", 60),
        ("We retrain every 6 months; launch in 8 weeks.", 56),
        ("We will collect 10k labels over the next 6 months; we need to launch in 3 weeks.", 21),
        ("we have been in business for 12 years; timeline 9 months", 270),
        ("urgent tickets must be triaged; we have 5 months.", 150),
    ],
)
def test_the_first_milestone_counts(text: str, days: int) -> None:
    check(text, timeline_days=days)


@pytest.mark.parametrize(("text", "shown"), [("0 weeks", "0 weeks"), ("zero days", "zero days")])
def test_a_zero_timeline_is_an_issue(text: str, shown: str) -> None:
    constraints = check(text, timeline_days=None)
    [issue] = constraints.issues
    assert issue.field == "timeline_days"
    assert issue.values == (shown,)


def test_a_negative_timeline_is_an_issue() -> None:
    constraints = check("timeline: -3 weeks", timeline_days=None)
    [issue] = constraints.issues
    assert "negative" in issue.message
    assert issue.values == ("-3 weeks",)


def test_stated_and_inferred() -> None:
    assert parse("3 weeks").provenance["timeline_days"] is Provenance.STATED
    assert parse("a few weeks").provenance["timeline_days"] is Provenance.INFERRED
    assert parse("by end of month").provenance["timeline_days"] is Provenance.INFERRED


def test_evidence() -> None:
    assert parse("We must launch in 6 weeks.").evidence["timeline_days"] == "6 weeks"


@pytest.mark.parametrize(
    "text",
    [
        "60k reviews annotated by our analysts over four years, 6 sentiment labels.",
        "Claims were coded across 18 months by two adjusters.",
        "The archive was built up during 10 years of audits.",
    ],
)
def test_the_span_records_were_made_over_is_not_a_deadline(text: str) -> None:
    assert parse(text).timeline_days is None


def test_how_long_a_rate_lasts_is_not_a_deadline() -> None:
    constraints = parse("Peak is ~90k forms/day for 3 weeks each spring. We go live in 4 months.")
    assert constraints.timeline_days == 120


def test_the_whole_quarter_is_the_time_there_is() -> None:
    assert parse("Good news: we have the whole quarter for this.").timeline_days == 90
    assert parse("We have the whole month of logs.").timeline_days is None


def test_how_soon_something_pays_back_is_not_a_deadline() -> None:
    text = "At our volume the fine-tune paid for itself in less than a week."
    assert parse(text).timeline_days is None
    assert parse("It breaks even within about 3 months.").timeline_days is None


@pytest.mark.parametrize(
    "text",
    [
        "one-month pilot",
        "We'd start with a 3-month trial on one ward.",
        "a 6-week proof of concept",
    ],
)
def test_the_length_of_a_trial_is_not_when_it_must_be_live(text: str) -> None:
    assert parse(text).timeline_days is None


def test_the_first_stretch_and_the_time_data_takes_are_not_deadlines() -> None:
    assert parse("Compliance reviews everything for the first few months.").timeline_days is None
    assert parse("In ~6 months we'd have maybe 15k reviewed letters.").timeline_days is None
    assert parse("In 3 months we will launch.").timeline_days == 90


def test_time_to_think_and_a_weekend_that_is_no_deadline() -> None:
    assert parse("We'll digest it over the next couple of days.").timeline_days is None
    assert parse("Is the office open this weekend?").timeline_days is None
    assert parse("We need it live by the weekend.").timeline_days == 7


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("We threw it away and built a retrieval setup in 3 days.", None),
        ("They put together a demo in a week; the real launch is in 2 months.", 60),
        ("The board wants this shipped in 6 weeks.", 42),
    ],
)
def test_work_already_done_in_a_time_is_no_deadline(text: str, days: int | None) -> None:
    assert parse(text).timeline_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Cleaning the export took three days, and relabeling took another five days.",
        "Reviewers threw out half the drafts in a 10-day test.",
    ],
)
def test_how_long_past_work_lasted_is_not_a_deadline(text: str) -> None:
    assert parse(text).timeline_days is None


def test_a_deadline_beside_past_work_still_counts() -> None:
    text = "The pilot ran for two weeks; we need the real thing live in 3 months."
    assert parse(text).timeline_days == 90


@pytest.mark.parametrize(
    "text",
    [
        "We burned three weeks trying to get a LoRA to converge.",
        "Two months after deployment, a plain prompt matched the tuned model.",
        "The spec shifts every release (6 weeks), so the labels drift.",
        "It saves each reviewer half a day per audit.",
    ],
)
def test_spent_time_cycles_and_time_per_piece_are_not_deadlines(text: str) -> None:
    assert parse(text).timeline_days is None


@pytest.mark.parametrize(
    "text",
    [
        "We have 5 years of approved copy to learn from.",
        "There's a decade of case law in the archive.",
        "Eight months of call audio sit on the NAS.",
    ],
)
def test_a_span_of_anything_held_is_not_a_deadline(text: str) -> None:
    assert parse(text).timeline_days is None


def test_a_deadline_counted_from_an_event_still_counts() -> None:
    assert parse("It must be live within 3 months of contract signature.").timeline_days == 90


@pytest.mark.parametrize(
    "text",
    [
        "We signed a 3-year agreement with the client last week.",
        "Data engineering estimates 4 months to redact the transcripts.",
        "After the merger we get their archive - 6 years, roughly 90k tickets.",
    ],
)
def test_deal_lengths_effort_estimates_and_archive_spans_are_not_deadlines(text: str) -> None:
    assert parse(text).timeline_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("We need it in 6 weeks, about 2,000 users at first.", 42),
        ("Timeline: 3 months, maybe 2 if we push.", 90),
    ],
)
def test_a_deadline_followed_by_a_count_or_a_hedge_still_counts(text: str, days: int) -> None:
    assert parse(text).timeline_days == days


@pytest.mark.parametrize(
    "text",
    [
        "We're negotiating a data-use agreement so we can use it - legal says 3-6 months.",
        "My KM team is cleaning and re-tagging it over the next 6 months.",
        "Serious cases have 15-day clocks before submission.",
        "We have a budget of $400,000 over 18 months.",
        "We review 90 customer-paper contracts (MSAs, DPAs) a month against our playbook.",
    ],
)
def test_estimates_work_periods_clocks_spending_spans_and_rates_are_not_deadlines(
    text: str,
) -> None:
    assert parse(text).timeline_days is None


def test_a_report_back_is_not_the_deadline() -> None:
    assert parse("IS to scope options and report back in 2 weeks.").timeline_days is None


def test_how_far_back_records_go_in_brackets_is_no_deadline() -> None:
    assert (
        parse("Live-chat logs exist (about 3 years), but they are not labelled.").timeline_days
        is None
    )


def test_urgent_things_the_work_sorts_set_no_deadline() -> None:
    assert parse("The pilot missed 4 of 50 urgent test messages.").timeline_days is None


@pytest.mark.parametrize(
    "text", ["Account managers want it next month.", "We need this next month."]
)
def test_wanting_it_next_month_is_a_deadline_of_a_month(text: str) -> None:
    assert parse(text).timeline_days == 30


def test_something_else_next_month_is_no_deadline() -> None:
    assert parse("We need a review meeting next month.").timeline_days is None


def test_when_a_delivery_of_records_lands_is_no_deadline() -> None:
    text = "The vendor ships 8,000 annotated scans in 10 weeks; we go live in 4 weeks."
    assert parse(text).timeline_days == 28
    assert parse("The agency delivers 5k labelled calls in 3 months.").timeline_days is None


def test_how_long_something_was_tried_in_brackets_is_no_deadline() -> None:
    assert (
        parse("We tested three prompt variants (over a month) with no luck.").timeline_days is None
    )
    assert parse("We need it live in a week.").timeline_days == 7
