"""Request volume and its growth."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("50k requests a day", 1_500_000),
        ("We get 200 tickets per day.", 6_000),
        ("1M calls/month", 1_000_000),
        ("600 articles per month", 600),
        ("10k per week", 43_333),
        ("Answer 4 million customer chats per month", 4_000_000),
        ("2 requests per second", 5_184_000),
        ("about 800 listings per month", 800),
        ("Roughly 50k daily requests.", 1_500_000),
        ("about 3,000 emails a week come in", 13_000),
        ("1.2M API calls per month", 1_200_000),
        ("10 requests per second at peak", 25_920_000),
        ("Volume: 25k/day", 750_000),
        ("Monthly volume is about 400k documents.", 400_000),
        ("We handle 300 chats an hour.", 216_000),
        ("120k queries annually", 10_000),
        ("Every month we receive 12,000 invoices.", 12_000),
        ("60 RPS", 155_520_000),
        ("we process 200k documents a month", 200_000),
        ("~1,000 support emails daily", 30_000),
        ("5,000 messages each week", 21_667),
        ("Two hundred calls a day.", 6_000),
        ("90k transactions per quarter", 30_000),
        ("we see 40 queries per minute", 1_728_000),
    ],
)
def test_monthly_requests(text: str, monthly: int) -> None:
    check(text, monthly_requests=monthly)


def test_a_current_volume_beats_a_projection() -> None:
    check(
        "We get 100k items a month today; volume heading to 3M items a month.",
        monthly_requests=100_000,
    )


@pytest.mark.parametrize(
    "text",
    [
        "volume heading to 3M items a month",
        "We expect 2M requests a month after launch.",
        "should reach 500k calls per month next year",
    ],
)
def test_a_projected_volume_alone_is_used_as_inferred(text: str) -> None:
    constraints = parse(text)
    assert constraints.monthly_requests is not None
    assert constraints.provenance["monthly_requests"] is Provenance.INFERRED


@pytest.mark.parametrize(
    "text",
    [
        "we serve 20k users a month",
        "10k monthly active users",
        "we hire 2 engineers a month",
        "1M tokens a day",
        "three releases per month",
        "$200 a month",
        "traffic grows 10% a month",
        "we labeled 5k examples per month last year",
    ],
)
def test_not_a_request_volume(text: str) -> None:
    check(text, monthly_requests=None)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("traffic grows 10% a month", "10"),
        ("Traffic is growing 5% month over month.", "5"),
        ("usage up 8% MoM", "8"),
        ("volume growth of 12% per month", "12"),
        ("requests increase 3.5 percent monthly", "3.5"),
        ("volume doubles every month", "100"),
        ("volume doubles every year", "5.95"),
        ("our requests increase 20% per quarter", "6.27"),
        ("traffic grows 50% a year", "3.44"),
    ],
)
def test_volume_growth(text: str, pct: str) -> None:
    check(text, volume_growth_pct=Decimal(pct))


@pytest.mark.parametrize(
    "text",
    [
        "revenue grows 10% a month",
        "accuracy improved 5% a month",
        "10% of tickets are escalated",
        "we need 95% accuracy",
        "budget grows 3% a year",
    ],
)
def test_not_volume_growth(text: str) -> None:
    check(text, volume_growth_pct=None)


def test_growth_per_year_is_converted_and_inferred() -> None:
    constraints = parse("traffic grows 50% a year")
    assert constraints.provenance["volume_growth_pct"] is Provenance.INFERRED


def test_rates_and_counts_in_one_sentence() -> None:
    check(
        "Mortgage lender: 90,000 labeled documents, 200k documents a month.",
        labeled_examples=90_000,
        monthly_requests=200_000,
    )


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        # Output a team produces, or items it handles, per period.
        ("our team produces roughly 2 million pieces of copy a month", 2_000_000),
        ("we publish 300 articles a week", 1_300),
        ("we ship ~40k product pages monthly", 40_000),
        ("we process 12,000 claims per quarter", 4_000),
        ("Our writers turn out about 600 product descriptions a week.", 2_600),
        ("The newsroom files 90 stories a day.", 2_700),
        ("We generate roughly 1.5 million push notifications per month.", 1_500_000),
        ("We translate ~200 pages of manuals a month.", 200),
        ("The team drafts 45 proposals each quarter.", 15),
        (
            "Sportswear label: 3 million personalised push notifications a month, "
            "every one in our brand voice.",
            3_000_000,
        ),
    ],
)
def test_volume_as_output_produced(text: str, monthly: int) -> None:
    check(text, monthly_requests=monthly, labels_per_month=None)


@pytest.mark.parametrize(
    ("text", "labeled", "per_month"),
    [
        # Growth right after a labeled count is label growth, not volume.
        ("We have 1,000 hand-labelled items today, +8k a month.", 1_000, 8_000),
        ("labeled data: just 350 rows, growing ~1,000/month", 350, 1_000),
        ("12k reviewed claims, +1.5k per month.", 12_000, 1_500),
        ("We have 500 graded essays; tutors add ~80 a week.", 500, 347),
    ],
)
def test_growth_after_a_labeled_count(text: str, labeled: int, per_month: int) -> None:
    check(
        text,
        labeled_examples=labeled,
        labels_per_month=per_month,
        data_growth=True,
        monthly_requests=None,
    )


def test_growth_after_a_count_of_rows_is_label_growth() -> None:
    check(
        "350 rows, growing ~1,000/month",
        labels_per_month=1_000,
        data_growth=True,
        monthly_requests=None,
    )


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # People rating or grading as they go make labels.
        ("readers rate thousands of passages a week", 8_667),
        ("Customers rate about 5,000 answers a month with a thumbs up or down.", 5_000),
        ("teachers grade 300 essays a week", 1_300),
    ],
)
def test_people_labeling_as_they_go(text: str, per_month: int) -> None:
    check(text, labels_per_month=per_month, data_growth=True, monthly_requests=None)


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("Traffic is 50k calls/day, +5k per month.", 1_500_000),
        ("We get 10k tickets a month, +2k a month.", 10_000),
        ("We handle 10k tickets a month; volume will grow to 5 million a month.", 10_000),
        ("We handle 40k chats a month and expect 200k a month after launch.", 40_000),
    ],
)
def test_growth_after_a_volume_stays_volume(text: str, monthly: int) -> None:
    check(text, monthly_requests=monthly, labels_per_month=None)


def test_a_projected_volume_is_used_when_no_current_one_is_given() -> None:
    constraints = check("Volume will grow to 5 million a month.", monthly_requests=5_000_000)
    assert constraints.provenance["monthly_requests"] is Provenance.INFERRED


@pytest.mark.parametrize(
    "text",
    [
        "we'll have tens of thousands within a year",
        "we collected 5,000 examples over a year",
        "2,000 of our tickets a month are escalated",
    ],
)
def test_not_a_volume_either(text: str) -> None:
    check(text, monthly_requests=None)


@pytest.mark.parametrize(
    ("text", "monthly"),
    [("about 3,000+ lookups a day", 90000), ("we get 2k+ tickets a week", 8667)],
)
def test_a_plus_after_the_figure_is_still_a_rate(text: str, monthly: int) -> None:
    constraints = parse(text)
    assert constraints.monthly_requests is not None
    assert abs(constraints.monthly_requests - monthly) <= monthly * 0.01
    assert constraints.timeline_days is None


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("About 150 analysts, ~10 lookups each per day.", 45000),
        ("We have 30 stores, each with about 200 returns a month.", 6000),
        ("Expecte ~20k usuarios, cada uno con ~5 consultas al mes.", 100000),
    ],
)
def test_a_rate_said_per_head_counts_for_all_of_them(text: str, monthly: int) -> None:
    constraints = parse(text)
    assert constraints.monthly_requests is not None
    assert abs(constraints.monthly_requests - monthly) <= monthly * 0.01


def test_a_rate_beside_an_unrelated_count_is_not_multiplied() -> None:
    assert parse("We get 300 tickets a day from 12 teams.").monthly_requests == 9000


def test_meetings_are_the_volume_when_the_project_writes_them_up() -> None:
    text = "Draft minutes from the board's call transcripts, about 12 meetings a month."
    assert parse(text).monthly_requests == 12
    assert parse("We have 3 meetings a week about this.").monthly_requests is None


def test_mistakes_and_money_said_as_rates_are_no_volume() -> None:
    assert parse("The bot still makes about 4 misrouted tickets a day.").monthly_requests is None
    assert parse("Claude costs us 12k a month at the moment.").monthly_requests is None
    assert parse("We route 2,000 tickets a day.").monthly_requests == 60000


@pytest.mark.parametrize(
    "text",
    [
        "Two clinics send about 80 referrals a week today; once all 25 clinics are onboarded it "
        "will be around 1,000 a week.",
        "Eventually it covers every branch, roughly 40k requests a month.",
        "If the pilot works, 300k applications a year.",
    ],
)
def test_a_volume_for_a_later_stage_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "We expect about 6,000 requests a month.",
        "About 1,000 tickets a day now and maybe 1,200 a day next year.",
    ],
)
def test_a_launch_volume_or_small_growth_is_not_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is not True


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("The line logs about 120 defects per shift.", 3600),
        ("Around 80 intake forms per shift, and we run three shifts a day.", 7200),
        ("Each depot handles ~50 returns a day, 4 depots in total.", 6000),
    ],
)
def test_rates_per_shift_and_per_site_named_after(text: str, monthly: int) -> None:
    assert parse(text).monthly_requests == monthly


def test_shifts_are_the_work_when_each_shift_gets_its_own_write_up() -> None:
    text = "We want the shift report drafted automatically; the plant runs two shifts a day."
    assert parse(text).monthly_requests == 60


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("About 600 guest chats/day reach the front desk.", 18000),
        ("We get roughly 2,000 of these claims a month.", 2000),
        ("Every night the batch produces ~10k listing blurbs.", 300000),
    ],
)
def test_the_head_noun_says_what_a_rate_counts(text: str, monthly: int) -> None:
    assert parse(text).monthly_requests == monthly


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("Since the press piece we went from 400 a day to about 1,500 a day.", 45_000),
        ("Searches climbed from 20k/month to 60k/month after launch.", 60_000),
    ],
)
def test_the_rate_gone_to_is_the_volume_not_the_one_gone_from(text: str, monthly: int) -> None:
    assert parse(text).monthly_requests == monthly


def test_two_rates_from_two_sources_keep_the_first() -> None:
    text = "We get 300 a day from the web form and 700 a day from email."
    assert parse(text).monthly_requests == 9_000


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("Around 650 new invoices and credit notes a month.", 650),
        ("We post about 1,200 Facebook/Instagram replies a month.", 1200),
    ],
)
def test_two_nouns_joined_before_the_period_are_one_volume(text: str, monthly: int) -> None:
    assert parse(text).monthly_requests == monthly
