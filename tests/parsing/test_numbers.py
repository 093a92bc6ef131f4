"""Numbers as people write them, read by ``find_quantities``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.parsing import parse
from assistant.parsing.numbers import find_quantities, is_negative, words_value
from tests.parsing.helpers import check


def _values(text: str) -> list[Decimal]:
    return [q.value for q in find_quantities(text.lower())]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2k", 2_000),
        ("25K", 25_000),
        ("1.5k", 1_500),
        ("1,5k", 1_500),
        ("8 lakh", 800_000),
        ("2.5 lakhs", 250_000),
        ("3 crore", 30_000_000),
        ("90,000", 90_000),
        ("90 000", 90_000),
        ("1,234,567", 1_234_567),
        ("3M", 3_000_000),
        ("$1.2M", 1_200_000),
        ("4 million", 4_000_000),
        ("2.5 million", 2_500_000),
        ("5mm", 5_000_000),
        ("2bn", 2_000_000_000),
        ("12 grand", 12_000),
        ("35 grand", 35_000),
        ("5 thousand", 5_000),
        ("3 hundred", 300),
        ("twelve", 12),
        ("Twelve thousand", 12_000),
        ("twenty-five thousand", 25_000),
        ("one hundred and fifty thousand", 150_000),
        ("three hundred fifty", 350),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
        ("two and a half thousand", 2_500),
        ("a hundred and fifty", 150),
        ("a thousand", 1_000),
        ("a million", 1_000_000),
        ("half a dozen", 6),
        ("a dozen", 12),
        ("fifty grand", 50_000),
        ("zero", 0),
        (".5", Decimal("0.5")),
        ("0.002", Decimal("0.002")),
    ],
)
def test_exact_numbers(text: str, value: int | Decimal) -> None:
    [quantity] = find_quantities(text.lower())
    assert quantity.value == value
    assert not quantity.approximate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a few", 3),
        ("a couple", 2),
        ("a handful", 5),
        ("several", 5),
        ("a few hundred", 300),
        ("a couple thousand", 2_000),
        ("a couple of thousand", 2_000),
        ("several thousand", 5_000),
        ("a few dozen", 36),
        ("dozens", 24),
        ("hundreds", 200),
        ("thousands", 2_000),
        ("tens of thousands", 20_000),
        ("hundreds of thousands", 200_000),
        ("millions", 2_000_000),
        ("50k+", 50_000),  # at least
        ("17,000+", 17_000),
    ],
)
def test_vague_amounts_get_a_conventional_value(text: str, value: int) -> None:
    [quantity] = find_quantities(text.lower())
    assert quantity.value == value
    assert quantity.approximate


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("5-10k", 5_000, 10_000),
        ("$3-5k", 3_000, 5_000),
        ("2 to 3 weeks", 2, 3),
        ("2 or 3", 2, 3),
        ("between 5 and 10 million", 5_000_000, 10_000_000),
        ("between $10k and $20k", 10_000, 20_000),
        ("$5k - $8k", 5_000, 8_000),
    ],
)
def test_ranges_keep_both_ends(text: str, low: int, high: int) -> None:
    [quantity] = find_quantities(text.lower())
    assert (quantity.low, quantity.value) == (low, high)
    assert quantity.middle == Decimal(low + high) / 2


@pytest.mark.parametrize(
    "text",
    [
        "gpt-4o",
        "gpt4",
        "Q3",
        "the 3rd of May",
        "x10",
        "21st",
        "half the tickets",
    ],
)
def test_numbers_inside_names_and_ordinals_are_not_quantities(text: str) -> None:
    assert find_quantities(text.lower()) == []


def test_growth_from_one_figure_to_another_is_not_a_range() -> None:
    assert _values("grow from 1k to 10k") == [1_000, 10_000]


def test_and_is_a_range_only_after_between() -> None:
    assert _values("5 labels and 10 models") == [5, 10]


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("budget -$500", True),
        ("budget $-500", True),
        ("-3 weeks", True),
        ("minus 20 days", True),
        ("- 3 weeks", False),  # a list bullet
        ("5-10 weeks", False),
        ("$5k-$8k", False),
        ("two-week spike", False),
    ],
)
def test_minus_signs(text: str, negative: bool) -> None:
    quantity = find_quantities(text.lower())[0]
    assert is_negative(text.lower(), quantity) is negative


def test_a_vague_half_alone_is_not_a_number() -> None:
    assert words_value("half") is None


def test_a_digit_run_longer_than_any_amount_is_ignored() -> None:
    # Reading it would turn a pasted ID into a count; int() of 5,000 digits also raises.
    assert find_quantities("1" * 5_000) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Fractions of a scale, and halves after one.
        ("a quarter of a million", 250_000),
        ("quarter of a million", 250_000),
        ("a quarter million", 250_000),
        ("one quarter of a million", 250_000),
        ("three quarters of a million", 750_000),
        ("one and a quarter million", 1_250_000),
        ("a million and a half", 1_500_000),
        ("two million and a half", 2_500_000),
        ("a thousand and a half", 1_500),
    ],
)
def test_fractions_of_a_scale(text: str, value: int) -> None:
    [quantity] = find_quantities(text.lower())
    assert quantity.value == value
    assert (quantity.start, quantity.end) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a third of a million", 333_333, 333_334),
        ("two thirds of a million", 666_666, 666_667),
    ],
)
def test_thirds_of_a_scale(text: str, low: int, high: int) -> None:
    [quantity] = find_quantities(text.lower())
    assert low <= quantity.value <= high


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A fraction without a scale after it is not part of a number.
        ("two quarters", [2]),
        ("three quarters", [3]),
        ("a quarter of the tickets", []),
        ("each quarter 3,000", [3_000]),
        ("a third-party vendor", []),
        ("No one has labelled them.", []),
    ],
)
def test_fractions_and_pronouns_without_a_scale(text: str, values: list[int]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same words as counts, money and rates.
        ("we have a quarter of a million labeled tickets", {"labeled_examples": 250_000}),
        ("two and a half thousand annotated examples", {"labeled_examples": 2_500}),
        ("budget: a quarter of a million dollars", {"budget_usd": 250_000}),
        ("budget is one and a half million dollars", {"budget_usd": 1_500_000}),
        ("we can spend three quarters of a million dollars", {"budget_usd": 750_000}),
        ("we handle three quarters of a million requests a month", {"monthly_requests": 750_000}),
        ("a third of a million calls a month", {"monthly_requests": 333_333}),
        ("we get a quarter million requests a year", {"monthly_requests": 20_833}),
        ("a million and a half chats a month", {"monthly_requests": 1_500_000}),
    ],
)
def test_number_words_in_counts_money_and_rates(text: str, expected: dict[str, int]) -> None:
    check(text, **expected, timeline_days=None)


def test_a_quarter_of_a_million_is_not_a_quarter_of_a_year() -> None:
    check("we serve a quarter of a million users", timeline_days=None)
    check("a quarter of a million people use it; launch in a quarter", timeline_days=90)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Budget for year one is €40,000.", "budget_usd"),
        ("Tier 2 agents will check the drafts.", "labeled_examples"),
        ("See ticket #4521 for the history.", "labeled_examples"),
        ("Phase two starts in spring.", "timeline_days"),
    ],
)
def test_a_number_that_names_is_not_a_quantity(text: str, field: str) -> None:
    assert getattr(parse(text), field) is None


def test_how_far_back_records_go_is_not_a_deadline() -> None:
    assert parse("We've got 11 yrs of reporter-written match reports.").timeline_days is None
    assert parse("We need this live within 3 weeks of the kickoff.").timeline_days == 21


@pytest.mark.parametrize(
    "text",
    [
        "The best one overall makes the user review every label by hand.",
        "We tried a cheaper one and it labelled everything wrong.",
    ],
)
def test_one_standing_for_a_thing_is_no_count(text: str) -> None:
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("Temos 2.046 exemplos rotulados.", 2046), ("Tenemos 12.345 ejemplos etiquetados.", 12345)],
)
def test_one_dotted_group_before_things_counted_whole_is_thousands(text: str, value: int) -> None:
    assert parse(text).labeled_examples == value


def test_one_dotted_group_before_a_measure_stays_a_decimal() -> None:
    assert [q.value for q in find_quantities("it takes 2.046 seconds")] == [Decimal("2.046")]
