"""The description as the extractors read it: normalised, lower-cased, split into clauses.

Every extractor works on offsets into one normalised string, so the words a value came
from (its evidence) can be sliced back out with their original casing.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from typing import Any

from assistant.parsing.lazy import lazy_pattern

# Control characters become spaces; a pasted description often carries tabs or stray
# escape bytes, and none of them mean anything to a reader.
_CONTROL = lazy_pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = lazy_pattern(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2022": "\n",  # a bullet starts a new item, like a new line
        "\u00b7": "\n",
        "\u25aa": "\n",
        "\u2023": "\n",
    }
)

# Clause ends: sentence punctuation followed by a space, line breaks, brackets, commas
# that are not thousands separators, spaced dashes (not "Budget - $5k"), and the
# conjunctions that turn a statement around. A negation never reaches across one of these.
_CLAUSE_END = lazy_pattern(
    # One character class first, so the engine skips over letters without trying the
    # branches; each branch then checks which character it was. "sentence" is empty
    # where it matches: it marks the ends of sentences.
    r"[.!?;\n()\[\]|,\s](?:(?P<sentence>(?<=[.!?;])(?=\s|$)|(?<=\n))|(?<=[()\[\]|])"
    r"|(?<=,)(?!\d{3}(?!\d))|(?<=\s)(?:-+\s(?![~$€£]?\d)"
    r"|(?:but|however|although|though|whereas|while|except|yet)\b))"
)

#: How far a context window reaches either side of a position, in characters. Bounded so
#: a 20,000-character description without punctuation stays linear.
WINDOW = 120


def normalize(text: str) -> str:
    """Unicode-normalise ``text`` for reading: compatibility forms folded (full-width
    digits, ligatures), typographic dashes and quotes made plain, control characters
    turned into spaces and invisible ones dropped."""
    folded = text
    if not text.isascii():  # ASCII is already in NFKC form, with nothing to translate
        folded = unicodedata.normalize("NFKC", text)
        if len(folded) > 2 * len(text) + 16:
            # A few characters expand to whole phrases under NFKC (U+FDFA to 18 letters);
            # a text full of them is not a description, so it is read as it came.
            folded = text
        folded = _INVISIBLE.sub("", folded).translate(_DASHES)
    folded = folded.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub(" ", folded)


def lower(text: str) -> str:
    """``text`` lower-cased, with the same length (offsets stay valid), and "'d" before a
    past participle written "'h": "I'd fed 178,000 messages into it" is "I had", a thing
    done, which no reading of "I'd" as "I would" should take for a plan."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters lower-case into two (the Turkish dotted I); keep offsets aligned.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if "'d " not in lowered:
        return lowered
    return _HAD.sub("'h", lowered)


#: "'d" before a past participle: "we'd collected", "i'd fed", "they'd been".
_HAD = lazy_pattern(
    r"(?<=\w)'d(?=\s+(?:already\s+|just\s+|never\s+|all\s+)?(?:[a-z]{2,}(?<!e)ed|fed|been|had|done|made"
    r"|built|got|gotten|written|sent|taken|given|put|seen|kept|bought|brought|found|spent|run"
    r"|won|lost|paid|told|left|gone)\b)"
)


class Text:
    """A normalised description with its lower-cased twin and clause boundaries.

    ``raw`` keeps the original casing for evidence; ``low`` is what patterns match
    against. Both have the same length, so one offset points into either.
    """

    def __init__(self, raw: str, *, low: str | None = None) -> None:
        self.raw = raw
        self.low = lower(raw) if low is None else low
        # Facts about this text that several extractors need, computed once by the first.
        self.memo: dict[str, Any] = {}
        self._clause_starts: list[int] = []
        self._clause_stops: list[int] = []
        self._sentence_starts: list[int] = []
        self._sentence_stops: list[int] = []
        for match in _CLAUSE_END.finditer(self.low):
            start, end = match.span()
            self._clause_starts.append(start)
            self._clause_stops.append(end)
            if match.start("sentence") >= 0:
                self._sentence_starts.append(start)
                self._sentence_stops.append(end)

    def clause(self, pos: int) -> tuple[int, int]:
        """The bounds of the clause holding ``pos``."""
        return self._bounds(pos, self._clause_starts, self._clause_stops)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence (or list item) holding ``pos``."""
        return self._bounds(pos, self._sentence_starts, self._sentence_stops)

    def _bounds(self, pos: int, starts: list[int], stops: list[int]) -> tuple[int, int]:
        i = bisect_right(stops, pos)
        begin = stops[i - 1] if i > 0 else 0
        j = bisect_left(starts, pos)
        end = starts[j] if j < len(starts) else len(self.low)
        return begin, max(end, pos)

    def before(self, pos: int, *, limit: int = WINDOW) -> str:
        """The lower-cased clause text ending at ``pos`` (at most ``limit`` characters)."""
        begin, _ = self.clause(pos)
        return self.low[max(begin, pos - limit) : pos]

    def after(self, pos: int, *, limit: int = WINDOW) -> str:
        """The lower-cased clause text starting at ``pos`` (at most ``limit`` characters)."""
        _, end = self.clause(pos)
        return self.low[pos : min(end, pos + limit)]

    def sentence_before(self, pos: int, *, limit: int = WINDOW) -> str:
        """The lower-cased sentence text ending at ``pos`` (at most ``limit`` characters),
        past the commas and brackets that end clauses: "90 contracts (MSAs, DPAs) a month"."""
        begin, _ = self.sentence(pos)
        return self.low[max(begin, pos - limit) : pos]

    def sentence_text(self, pos: int, *, limit: int = 3 * WINDOW) -> str:
        """The lower-cased sentence around ``pos`` (at most ``limit`` characters each side)."""
        begin, end = self.sentence(pos)
        return self.low[max(begin, pos - limit) : min(end, pos + limit)]

    def evidence(self, start: int, end: int) -> str:
        """The original words between two offsets, trimmed, at most 120 characters."""
        words = " ".join(self.raw[start:end].split())
        return words if len(words) <= 120 else words[:117] + "..."
