"""One reading of a description: the text, its numbers, and which of them are taken.

Each number means one thing. The extractors run in a fixed order (money, percentages,
prompt sizes, durations, rates, counts) and each claims the numbers and words it used,
so "$200 a month" is never also read as a count of 200 or a one-month timeline.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import Quantity, find_quantities
from assistant.parsing.text import Text

# "50k requests a month, not 500k", "not 2,000 labeled - it's 20,000", "no 2.500": a figure
# denied beside another in its sentence is the one being corrected.
_DENIED = lazy_pattern(r"\b(?:not|no|instead\s+of|rather\s+than)\s+(?:the\s+)?[~≈$€£]?\s*$")


class Scan:
    def __init__(self, text: Text) -> None:
        self.text = text
        found = find_quantities(text.low)
        denied = [q for q in found if _DENIED.search(text.low, max(0, q.start - 20), q.start)]
        #: A figure given in place of a denied one, and the denied one, whose words
        #: ("not 2,000 labeled") say what the new figure counts.
        self.replacing: dict[int, Quantity] = {}
        for old in denied:
            begin, end = text.sentence(old.start)
            others = [q for q in found if q not in denied and begin <= q.start < end]
            if others:
                new = min(others, key=lambda q: abs(q.start - old.start))
                self.replacing[id(new)] = old
        replaced = {id(q) for q in self.replacing.values()}
        self.quantities = [q for q in found if id(q) not in replaced]
        self._taken: set[int] = set()
        self._spans: list[tuple[int, int]] = []

    def free(self) -> Iterator[Quantity]:
        """The numbers no extractor has claimed yet, in order."""
        for quantity in self.quantities:
            if id(quantity) not in self._taken:
                yield quantity

    def claim(self, quantity: Quantity, *, end: int | None = None) -> None:
        """Mark ``quantity`` (and the words up to ``end``, such as "a month") as used."""
        self._taken.add(id(quantity))
        self._spans.append((quantity.start, quantity.end if end is None else end))

    def claim_span(self, start: int, end: int) -> None:
        self._spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any claimed words overlap ``start``-``end``."""
        return any(s < end and start < e for s, e in self._spans)
