"""Deadlines said as calendar dates: "live by March 15", "due 2027-02-01", "until Sept 30",
"by the end of June".

A date is a deadline only after words that make it one ("by", "before", "until", "due",
"deadline", "live on"): "founded in March 2019" and "the meeting on May 4" are not. It
becomes a number of days only against a day to count from: a day the text names itself
("today is Aug 1"), else the day passed in (the command line's today, a Slack message's
date). Without either, the date is reported, never guessed. A date without a year is the
next one to come.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import assistant.parsing.messages as messages
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.scan import Scan

# Each month's name first, then its common short forms.
_MONTH_WORDS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
#: Month names and their common short forms, to month numbers.
MONTHS = {name: number for number, names in enumerate(_MONTH_WORDS, start=1) for name in names}
#: The months' full names only, as a regex alternation ("by september", not "by sep").
FULL_MONTH_NAMES = "|".join(names[0] for names in _MONTH_WORDS)
#: The month names as a regex alternation, longest first (also for years and cadences).
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?:{MONTH_NAMES})\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _year(tag: str) -> str:
    return rf"(?:,?\s*(?P<year_{tag}>20\d\d))?"


# One date: "March 15", "15 March", "15th of March", "2027-03-15", "end of June".
_DATE = (
    rf"(?:(?P<month_a>{_MONTH})\s+(?P<day_a>{_DAY})\b{_year('a')}"
    rf"|(?P<day_b>{_DAY})\s+(?:of\s+)?(?P<month_b>{_MONTH})\b{_year('b')}"
    r"|(?P<iso>20\d\d-[01]\d-[0-3]\d)"
    rf"|(?:the\s+)?(?:end|close)\s+of\s+(?P<month_c>{_MONTH})\b{_year('c')})"
)
# The words that make a date the day it must be live.
_CUE = (
    r"\b(?:by|before|until|till|til|due(?:\s+on)?|deadline(?:\s+is)?:?|no\s+later\s+than"
    r"|(?:live|launch(?:es|ing)?|ready|ship(?:s|ping)?|go-live|done|delivered)\s+(?:on|by)"
    r"|have\s+until)"
)
# A month alone after a deadline word: "by June" (its last day), "before November" (its
# first). Not "may", which is mostly the verb.
_MONTH_ONLY = rf"(?P<month_d>(?!may\b){_MONTH})\b(?!\s*\d){_year('d')}"
_DEADLINE = lazy_pattern(rf"(?P<cue>{_CUE})\s+(?:the\s+)?(?:{_DATE}|{_MONTH_ONLY})")
_ANY_DATE = lazy_pattern(rf"\b{_DATE}")
# The text's own today: "today is Aug 1", "today's date is 2027-01-04", "as of March 2".
_TODAY = lazy_pattern(rf"\b(?:today(?:'s\s+date)?\s+is|it'?s\s+now|as\s+of)\s+(?:the\s+)?{_DATE}")


@dataclass(frozen=True)
class Dated:
    """A deadline said as a date, in days from the day counted from."""

    days: int
    start: int
    end: int


def find(scan: Scan, draft: Draft, *, today: date | None) -> list[Dated]:
    """The deadlines said as dates, their numbers claimed so no other reading counts them;
    a date with no day to count from is reported as an issue. Every other date is claimed
    too: "weekly - 2 Feb" is a day, not two a week."""
    low = scan.text.low
    for match in _ANY_DATE.finditer(low):
        month = match.group("month_a") or match.group("month_b") or ""
        if not month.startswith("may"):  # "it may 2x", "5 may not be enough": the verb
            _claim(scan, match.start(), match.end())
    matches = list(_DEADLINE.finditer(low))
    if not matches:
        return []
    anchor = _TODAY.search(low)
    if anchor is not None:
        _claim(scan, anchor.start(), anchor.end())
        named = _day(anchor, year=today.year if today else None, after=None)
        today = named or today
    found: list[Dated] = []
    for match in matches:
        _claim(scan, match.start(), match.end())
        shown = scan.text.evidence(match.start(), match.end())
        if today is None:
            draft.issue("timeline_days", messages.date_without_today(said=shown), shown)
            continue
        day = _day(match, year=None, after=today)
        if day is None:
            continue
        days = (day - today).days
        if days < 1:
            draft.issue("timeline_days", messages.date_passed(said=shown), shown)
            continue
        found.append(Dated(days, match.start(), match.end()))
    return found


def _day(match: re.Match[str], *, year: int | None, after: date | None) -> date | None:
    """The date a match names. Without a year: ``year`` if given, else the first such
    day after ``after``."""
    groups = match.groupdict(default="")
    if groups["iso"]:
        try:
            return date.fromisoformat(groups["iso"])
        except ValueError:
            return None
    month_name = (
        groups["month_a"] or groups["month_b"] or groups["month_c"] or groups.get("month_d", "")
    )
    month = MONTHS[month_name.rstrip(".")]
    said = groups["year_a"] or groups["year_b"] or groups["year_c"] or groups.get("year_d", "")
    said_year = int(said) if said else None
    base_year = said_year or year or (after.year if after else 2001)
    if groups.get("month_d") and (groups.get("cue") or "").startswith("before"):
        day_number = 1
    elif groups["month_c"] or groups.get("month_d"):
        day_number = calendar.monthrange(base_year, month)[1]
    else:
        day_number = int((groups["day_a"] or groups["day_b"]).rstrip("stndrh"))
    try:
        day = date(base_year, month, day_number)
    except ValueError:
        return None  # "February 30"
    if said_year is None and after is not None and day <= after:
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:
            return None
    return day


def _claim(scan: Scan, start: int, end: int) -> None:
    for quantity in list(scan.free()):
        if start <= quantity.start < end:
            scan.claim(quantity)
    scan.claim_span(start, end)
