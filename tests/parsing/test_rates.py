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
