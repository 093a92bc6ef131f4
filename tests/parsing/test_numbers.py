"""Numbers as people write them, read by ``find_quantities``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.parsing.numbers import find_quantities, is_negative, words_value


def _values(text: str) -> list[Decimal]:
    return [q.value for q in find_quantities(text.lower())]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2k", 2_000),
        ("25K", 25_000),
        ("1.5k", 1_500),
        ("1,5k", 1_500),
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
