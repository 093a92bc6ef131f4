"""Deadlines said as calendar dates, counted from the day passed in or one the text names."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.parsing import parse

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("We need it live by March 15.", 98),
        ("Hard deadline: 2027-02-01, the board meets that week.", 56),
        ("It has to ship before the end of January.", 55),
        ("due 15th of April 2027, no slack", 129),
        ("Launch on Jan 4 for the new term.", 28),
    ],
)
def test_a_date_after_a_deadline_word_is_the_timeline(text: str, days: int) -> None:
    assert parse(text, today=TODAY).timeline_days == days


def test_a_day_the_text_names_is_what_the_date_counts_from() -> None:
    text = "semester start got pushed - we now have until Sept 30 and today is Aug 1"
    assert parse(text).timeline_days == 60
    assert parse(text, today=TODAY).timeline_days == 60


def test_the_earliest_deadline_wins_whether_a_date_or_a_duration() -> None:
    text = "A prototype in 2 weeks, production by March 1."
    assert parse(text, today=TODAY).timeline_days == 14


@pytest.mark.parametrize(
    "text",
    [
        "Founded in March 2019, we now have 5k tickets.",
        "The kickoff meeting is on May 4.",
        "Data collected between Jan 3 and Feb 20 this year.",
    ],
)
def test_dates_that_are_not_deadlines_are_left_alone(text: str) -> None:
    constraints = parse(text, today=TODAY)
    assert constraints.timeline_days is None
    assert constraints.budget_usd is None
    assert constraints.labeled_examples in (None, 5000)


def test_a_date_with_no_day_to_count_from_is_reported_not_guessed() -> None:
    constraints = parse("We need it live by March 15.")
    assert constraints.timeline_days is None
    assert any(
        issue.field == "timeline_days" and "no day to count from" in issue.message
        for issue in constraints.issues
    )


def test_a_date_already_gone_is_reported() -> None:
    constraints = parse("It had to work by Dec 1 2025.", today=TODAY)
    assert constraints.timeline_days is None
    assert any("not after the day" in issue.message for issue in constraints.issues)


def test_an_impossible_date_is_not_read() -> None:
    assert parse("live by Feb 30", today=TODAY).timeline_days is None


def test_the_day_numbers_of_a_date_are_not_counts() -> None:
    constraints = parse("We must go live by June 30 with the 1,200 labeled forms.", today=TODAY)
    assert constraints.timeline_days == 205
    assert constraints.labeled_examples == 1200


def test_a_day_of_a_month_is_never_a_count_or_a_rate() -> None:
    constraints = parse("Ops weekly - 2 Feb\n- auto-tag tickets (~9k/week)", today=TODAY)
    assert constraints.monthly_requests == 39_000
    assert parse("We met on 12 March; 3,000 labeled rows so far.").labeled_examples == 3000


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("We need it live by June.", 205),  # to 30 June
        ("Leadership wants it before November.", 329),  # to 1 November
    ],
)
def test_a_month_alone_after_a_deadline_word(text: str, days: int) -> None:
    assert parse(text, today=TODAY).timeline_days == days


def test_may_the_verb_is_no_month() -> None:
    assert parse("We may need it by may, honestly.", today=TODAY).timeline_days is None


def test_may_after_a_number_is_the_verb_unless_a_deadline_says_otherwise() -> None:
    assert parse("We have 500 labeled examples; 500 may not be enough.").labeled_examples == 500
    assert parse("Deadline: 5 May 2027.", today=TODAY).timeline_days == 149
