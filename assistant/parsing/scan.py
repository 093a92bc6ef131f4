"""One reading of a description: the text, its numbers, and which of them are taken.

Each number means one thing. The extractors run in a fixed order (money, percentages,
prompt sizes, durations, rates, counts) and each claims the numbers and words it used,
so "$200 a month" is never also read as a count of 200 or a one-month timeline.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.parsing.numbers import Quantity, find_quantities
from assistant.parsing.text import Text


class Scan:
    def __init__(self, text: Text) -> None:
        self.text = text
        self.quantities = find_quantities(text.low)
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
