"""Numbers as people write them: ``25k``, ``90,000``, ``$1.5M``, ``twelve thousand``,
``a couple thousand``, ``half a million``, ``a quarter of a million``, ``a million and a
half``, ``5-10k``.

``find_quantities`` returns every number in a text with its span and value; the other
extractors decide what each one measures from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.parsing.alternation import any_of
from assistant.parsing.lazy import lazy_pattern

#: Number words up to ninety, by value: the one table every reading in words uses.
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FRACTIONS = {
    "quarter": Decimal("0.25"),
    "quarters": Decimal("0.25"),
    "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts get a conventional value and are marked approximate, so the value is
# reported as inferred: "a few hundred" is about 300, "a handful" about 5.
_VAGUE = {"couple": 2, "few": 3, "several": 5, "handful": 5}
# A bare plural scale means "at least two of them": "thousands" is about 2,000.
_PLURAL = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}

# A fraction only counts as part of a number before a scale: "a quarter of a million",
# "three quarters of a million", "a third of a million". Alone it is something else
# ("each quarter", "two quarters", "the third month").
_BEFORE_SCALE = r"(?=(?:\s+of)?(?:\s+an?)?\s+(?:hundred|thousand|million|billion)\b)"
_WORD = any_of(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "fourty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundreds",
        "hundred",
        "thousands",
        "thousand",
        "millions",
        "million",
        "billion",
        "dozens",
        "dozen",
        "couple",
        "few",
        "several",
        "handful",
        "half",
        "tens",
        f"quarters?{_BEFORE_SCALE}",
        f"thirds?{_BEFORE_SCALE}",
    ]
)
# A fraction only counts as part of a number before a scale: "a quarter of a million",
# "three quarters of a million", "a third of a million". Alone it is something else
# ("each quarter", "two quarters", "the third month").
_WORDS = lazy_pattern(
    rf"(?=[aztofsenhmbdchq])(?<![\w-])(?:an?\s+)?{_WORD}"
    rf"(?:(?:\s+|-)(?:(?:and|of|a|an)\s+){{0,2}}{_WORD}){{0,8}}(?![\w])"
)
_DIGITS = lazy_pattern(
    r"(?=[\d.])(?<![\w.,])(?<![a-z]-)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?(?!\d)"
    r"|\d{1,3}(?: \d{3})+(?![\w,])(?!\.\d)"
    # Dots between thousands, as much of Europe writes them: "20.000", "1.500.000". One
    # group of three must end in 0 ("12.000", "3.750"); "1.125" stays a decimal.
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,])|[1-9]\d{0,2}\.\d\d0(?![\d.,])"
    r"|\d{1,3},\d{1,2}(?=\s?(?:k|m|mm|bn|million|billion|thousand)\b)"
    r"|\d{1,15}(?:\.\d{1,6})?(?![\d])"
    r"|\.\d{1,6}(?!\d))"
    r"(?:\s?(?P<mag>k|mm|mn|m|bn|b)(?![a-z\d])"
    # "8 lakh invoices", "2 crore rupees": South Asian scales (100,000 and 10,000,000).
    r"|\s+(?P<wmag>hundred\s+thousand|thousand|million|billion|hundred|grand|mil|mln|lakhs?|lacs?"
    r"|crores?)\b)?"
)
# One pass finds both: a number in digits ("25k") or in words ("twelve thousand").
_QUANTITY = lazy_pattern(f"(?:{_DIGITS.pattern})|(?P<words>{_WORDS.pattern})")
_THOUSANDS = lazy_pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOTTED_THOUSANDS = lazy_pattern(r"[1-9]\d{0,2}(?:\.\d{3}){2,}|[1-9]\d{0,2}\.\d\d0")
_ONE_DOTTED_GROUP = lazy_pattern(r"[1-9]\d{0,2}\.\d{3}")
# A plural noun of things counted whole after the number (not a unit, a measure or a scale):
# "2.046 exemplos", "12.345 ejemplos", not "2.046 seconds" or "1.125 million".
_COUNTED_AFTER = lazy_pattern(
    r"\s+(?!(?:percent|per|seconds|secs|ms|minutes|mins|hours|hrs|days|weeks|months|years|gb|mb"
    r"|tb|kb|tokens|points|stars|times|dollars|euros|usd|eur|million|billion|thousand|kg|km|miles"
    r"|meters|metres|liters|litres|degrees|inches|feet)\b)"
    r"(?:[\w\u00c0-\u024f-]+\s+)?[a-z\u00c0-\u024f]{3,}s\b"
)
_GRAND = lazy_pattern(r"\s+(?:of\s+)?grand\b")
_MAGNITUDE = {
    "k": 1_000,
    "m": 1_000_000,
    "mm": 1_000_000,
    "mn": 1_000_000,
    "mil": 1_000_000,
    "mln": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "hundred": 100,
    "hundred thousand": 100_000,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "grand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_RANGE_GAP = lazy_pattern(r"\s*(?:-+|to|or|and)\s*(?:us\$|\$|€|£|usd\s?)?\s*")
_GROWTH_FROM = lazy_pattern(r"\b(?:from|grow\w*|increas\w*|go(?:ing)?|ris\w*|jump\w*|scal\w*)\b")
# A minus sign sits right against the number or its currency ("-$500", "$-500"); a dash
# followed by a space is a list bullet.
_NEGATIVE = lazy_pattern(
    r"(?:(?<![\w.,%)])-(?:us\$|\$|€|£)?|(?:\$|€|£)-|\b(?:minus|negative)\s+(?:us\$|\$|€|£)?)$"
)
_BETWEEN = lazy_pattern(r"\bbetween\s*(?:us\$|\$|€|£|usd)?\s*$")
_ORDINAL = lazy_pattern(r"(?:st|nd|rd|th)\b")
# A number that names rather than counts: "phase 2", "tier 1 support", "ticket 4521",
# "article 22"; in words also "year one", "day one", "week two". Words that are also verbs
# ("teachers grade 300 essays") are left out.
_NAMING = (
    r"(?:phase|stage|round|wave|version|tier|season|episode|chapter|sprint|milestone|gen"
    r"|generation|series|section|article|ticket|no\.|#)"
)
_NAMED_BY = lazy_pattern(rf"\b{_NAMING}\s*$")
_NAMED_IN_WORDS = lazy_pattern(rf"\b(?:{_NAMING}|year|day|week|month)\s+$")

#: Quantities beyond this many in one text are not read: no description needs more, and
#: it keeps a pathological input linear.
MAX_QUANTITIES = 400


@dataclass
class Quantity:
    """One number in the text. ``low`` is set for a range ("5-10k"): ``value`` is then
    the high end. ``approximate`` marks vague words ("a few", "thousands"); ``grand``
    marks "12 grand" (dollars by definition)."""

    start: int
    end: int
    value: Decimal
    approximate: bool = False
    grand: bool = False
    scaled: bool = False
    low: Decimal | None = None

    def __post_init__(self) -> None:
        # Values are kept without a trailing ".0" (1.5k is 1500); a Decimal made from
        # an int already is one.
        if self.value.as_tuple().exponent != 0:
            self.value = whole(self.value)
        if self.low is not None:
            self.low = whole(self.low)

    @property
    def middle(self) -> Decimal:
        return self.value if self.low is None else (self.low + self.value) / 2


def whole(value: Decimal) -> Decimal:
    """``value`` without a trailing ``.0`` when it is a whole number (1.5k is 1500)."""
    if value.adjusted() < 24 and value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def words_value(words: str) -> tuple[Decimal, bool] | None:
    """The value of a run of number words, and whether it is vague.

    >>> words_value("a couple thousand")
    (Decimal('2000'), True)
    """
    tokens: list[str] = []
    # Where an "and" came before a token: "one and a quarter" is 1.25, "one quarter" 0.25.
    after_and: set[int] = set()
    for token in re.split(r"[\s-]+", words):
        if token == "and":
            after_and.add(len(tokens))
        elif token and token not in ("of", "a", "an"):
            tokens.append(token)
    one = Decimal(1)
    total = Decimal(0)
    current = Decimal(0)
    last_scale = 0  # the scale just closed: "a million and a half" is half of it more
    approximate = False
    for i, token in enumerate(tokens):
        if token in NUMBER_WORDS:
            current += NUMBER_WORDS[token]
        elif token == "hundred":
            current = (current or one) * 100
        elif token in _SCALES:
            total += (current or one) * _SCALES[token]
            current = Decimal(0)
            last_scale = _SCALES[token]
        elif token == "dozen":
            current = (current or one) * 12
        elif token == "half" and not current and last_scale and i in after_and:
            total += Decimal(last_scale) / 2
        elif token == "half":
            current += Decimal("0.5")
        elif token in _FRACTIONS:
            fraction = _FRACTIONS[token]
            # "one and a quarter" adds it; "three quarters", "a third" take that share.
            current = current + fraction if i in after_and else (current or one) * fraction
        elif token in _VAGUE:
            approximate = True
            current += _VAGUE[token]
        elif token in _PLURAL:
            approximate = True
            scale = _PLURAL[token]
            if scale >= 1_000:
                total += (current or 2 * one) * scale
                current = Decimal(0)
            else:
                current = (current or 2 * one) * scale
    value = total + current
    if value < 1 and "zero" not in tokens:
        return None  # "half" alone is not a count
    return value, approximate


def find_quantities(low: str) -> list[Quantity]:
    """Every number in the lower-cased text, in order, ranges merged."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(low):
        quantity = _words(low, match) if match.group("words") else _digits(low, match)
        if quantity is not None:
            found.append(quantity)
            if len(found) >= MAX_QUANTITIES:
                break
    return _merge_ranges(low, found)


def _digits(low: str, match: re.Match[str]) -> Quantity | None:
    if _ORDINAL.match(low, match.end()) and match.group("mag") is None:
        return None  # "3rd", "21st"
    if match.group("mag") is None and _NAMED_BY.search(
        low, max(0, match.start() - 12), match.start()
    ):
        return None  # "phase 2", "ticket 4521"
    digits = match.group("num")
    if "," in digits and not _THOUSANDS.fullmatch(digits):
        digits = digits.replace(",", ".")  # "1,5k": a decimal comma
    elif match.group("mag") is None and (
        _DOTTED_THOUSANDS.fullmatch(digits)
        or (_ONE_DOTTED_GROUP.fullmatch(digits) and _COUNTED_AFTER.match(low, match.end()))
    ):
        # "20.000": dots between thousands; "2.046 exemplos": three decimals of a thing
        # counted whole are a thousands group.
        digits = digits.replace(".", "")
    value = Decimal(digits.replace(",", "").replace(" ", ""))
    magnitude = match.group("mag") or match.group("wmag")
    if magnitude:
        value *= _MAGNITUDE[" ".join(magnitude.split())]
    # "50k+ pairs", "17,000+ dialogs": at least that many, the plus read with the number.
    at_least = _AT_LEAST.match(low, match.end()) is not None
    return Quantity(
        match.start(),
        match.end() + 1 if at_least else match.end(),
        value,
        approximate=at_least,
        grand=magnitude == "grand",
        scaled=magnitude is not None,
    )


_AT_LEAST = lazy_pattern(r"\+(?![\d+])")


# "One" standing for a thing named before: "the best one", "this one", "a cheaper one".
_ONE_AS_PRONOUN = re.compile(
    r"\b(?:the|this|that|which|any|another|other|best|worst|first|last|next|new|old"
    r"|right|wrong|same|only|big|small|cheap\w*|good|bad|better|bigger|smaller|latest|current"
    r"|previous|second)\s+$"
)


def _words(low: str, match: re.Match[str]) -> Quantity | None:
    if match.group().startswith("one") and low.endswith("no ", 0, match.start()):
        return None  # "no one" is nobody, not a count
    if match.group() == "one" and _ONE_AS_PRONOUN.search(
        low, max(0, match.start() - 12), match.start()
    ):
        return None  # "the best one overall", "this one", "a cheaper one": a thing, not a count
    if _NAMED_IN_WORDS.search(low, max(0, match.start() - 12), match.start()):
        return None  # "year one", "phase two"
    parsed = words_value(match.group())
    if parsed is None:
        return None
    end = match.end()
    grand = _GRAND.match(low, end)
    value, approximate = parsed
    if grand:
        value, end = value * 1_000, grand.end()
    return Quantity(match.start(), end, value, approximate=approximate, grand=bool(grand))


def is_negative(low: str, quantity: Quantity) -> bool:
    """Whether a minus sign stands before the number (past a currency symbol):
    "-$500", "$-500", "minus 3 weeks"; not the dash of a range or a compound word."""
    lead = low[max(0, quantity.start - 12) : quantity.start]
    return bool(_NEGATIVE.search(lead))


def _merge_ranges(low: str, found: list[Quantity]) -> list[Quantity]:
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        first = found[i]
        if i + 1 < len(found):
            second = found[i + 1]
            gap = low[first.end : second.start]
            if _is_range(low, first, second, gap):
                value = first.value
                if not first.scaled and second.scaled and first.value < second.value:
                    # "5-10k": the first number shares the second's magnitude.
                    scale = second.value / _unscaled(low, second)
                    value = first.value * scale
                merged.append(
                    Quantity(
                        first.start,
                        second.end,
                        max(value, second.value),
                        approximate=first.approximate or second.approximate,
                        grand=first.grand or second.grand,
                        scaled=second.scaled,
                        low=min(value, second.value),
                    )
                )
                i += 2
                continue
        merged.append(first)
        i += 1
    return merged


def _is_range(low: str, first: Quantity, second: Quantity, gap: str) -> bool:
    if not _RANGE_GAP.fullmatch(gap):
        return False
    word = gap.split()[0] if gap.split() else gap
    lead = low[max(0, first.start - 40) : first.start]
    if word == "and" and not _BETWEEN.search(lead):
        return False
    # "grow from 1k to 10k" is a change over time, not a range.
    return not (word == "to" and _GROWTH_FROM.search(lead[-25:]))


def _unscaled(low: str, quantity: Quantity) -> Decimal:
    digits = re.match(r"[\d,.\s]*\d", low[quantity.start : quantity.end])
    if digits is None:
        return Decimal(1)
    try:
        raw = Decimal(re.sub(r"[,\s]", "", digits.group()))
    except ArithmeticError:
        return Decimal(1)
    return raw if raw > 0 else Decimal(1)


#: How many of each period fit in a month: one table for rates and recurring money.
PER_MONTH: dict[str, Decimal] = {
    "second": Decimal(86_400 * 30),
    "sec": Decimal(86_400 * 30),
    "s": Decimal(86_400 * 30),
    "rps": Decimal(86_400 * 30),
    "minute": Decimal(1_440 * 30),
    "min": Decimal(1_440 * 30),
    "hour": Decimal(24 * 30),
    "hr": Decimal(24 * 30),
    "h": Decimal(24 * 30),
    "hourly": Decimal(24 * 30),
    "day": Decimal(30),
    "night": Decimal(30),
    "d": Decimal(30),
    "daily": Decimal(30),
    "week": Decimal(52) / 12,
    "wk": Decimal(52) / 12,
    "weekly": Decimal(52) / 12,
    "month": Decimal(1),
    "mo": Decimal(1),
    "mth": Decimal(1),
    "monthly": Decimal(1),
    "pcm": Decimal(1),
    "p/m": Decimal(1),
    "quarter": Decimal(1) / 3,
    "qtr": Decimal(1) / 3,
    "quarterly": Decimal(1) / 3,
    # An academic term is about four months (three a year); a semester six (two a year).
    "term": Decimal(1) / 4,
    "trimester": Decimal(1) / 4,
    "semester": Decimal(1) / 6,
    "fortnight": Decimal(26) / 12,
    # One shift a day unless the text says how many (``rates`` multiplies then).
    "shift": Decimal(30),
    "year": Decimal(1) / 12,
    "yr": Decimal(1) / 12,
    "annum": Decimal(1) / 12,
    "yearly": Decimal(1) / 12,
    "annually": Decimal(1) / 12,
    "annual": Decimal(1) / 12,
}
