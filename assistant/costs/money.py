"""Money and quantities: exact ``Decimal`` inside, numbers in JSON.

Every amount is computed exactly and rounded only when it is reported. In the JSON
answer, money totals are numbers rounded to cents (``1240.5``), unit prices are numbers
as listed (``0.4`` dollars per 1M tokens) and other figures are plain numbers: a reader
never has to parse a string to get a value.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from assistant.errors import CostInputError, CurrencyError
from assistant.records import JsonAs

CENT = Decimal("0.01")
ZERO = Decimal(0)


def cents(amount: Decimal) -> Decimal:
    """``amount`` rounded half-up to cents, the way an invoice rounds."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _money_json(amount: Decimal) -> float:
    return float(cents(amount))


def _number_json(value: Decimal) -> float | int:
    # Integral figures stay integers in JSON so counts read as counts.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: A dollar amount; JSON shows it rounded to cents.
Money = Annotated[Decimal, JsonAs(_money_json)]
#: A unit price or another exact figure; JSON shows it as a plain number.
Number = Annotated[Decimal, JsonAs(_number_json)]


def format_usd(amount: Decimal) -> str:
    """Dollars for a person: thousands separators, cents only below $100.

    >>> format_usd(Decimal("18500.4")), format_usd(Decimal("3.456"))
    ('$18,500', '$3.46')
    """
    rounded = cents(amount)
    if abs(rounded) >= 100:
        whole = rounded.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return f"-${-whole:,}" if whole < 0 else f"${whole:,}"
    return f"-${-rounded:,.2f}" if rounded < 0 else f"${rounded:,.2f}"


def format_price(value: Decimal) -> str:
    """A unit price as listed, at least to cents: "0.40", "0.075", "100.00"."""
    if value == value.quantize(CENT):
        return f"{value.quantize(CENT):,}"
    return f"{value.normalize():,f}"


# Symbols and codes of currencies a person may write a price in by mistake.
_FOREIGN = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "CHF": "CHF",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "INR": "INR",
    "CAD": "CAD",
    "AUD": "AUD",
    "CNY": "CNY",
}
_USD = re.compile(r"^\s*(?:US)?\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(?:USD)?\s*$", re.I)


def parse_usd(text: str, *, field: str) -> Decimal:
    """A price a person typed ("0.40", "$0.40", "0.40 USD") as an exact ``Decimal``.

    Raises ``CurrencyError`` for another currency ("€0.40", "0.40 EUR") and
    ``CostInputError`` for anything that is not a non-negative amount.
    """
    upper = text.upper()
    for marker, code in _FOREIGN.items():
        if marker in upper:
            raise CurrencyError(text, currency=code)
    match = _USD.match(text)
    if match is None:
        raise CostInputError(
            f"{field}: {text!r} is not an amount in US dollars", field=field, value=text
        )
    return Decimal(match.group(1).replace(",", ""))
