"""Long lists of phrasings, found in one pass without compiling all of them.

A table holds hundreds of phrasings (``(key, regex fragment)`` in priority order).
Compiling their whole alternation costs more than a command spends on everything else,
and most phrasings cannot occur in a given text: a phrasing that starts with plain words
("brand voice", "(?:high|top) accuracy") can only match where those words are. So a text
is searched only with the phrasings whose first words it contains, each compiled the
first time a text needs it, and their matches are merged as the alternation of all of
them would find them: the leftmost match first, the earliest phrasing where several start
at the same place, and the search goes on after the end of each match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterator, Sequence
from typing import Generic, TypeVar

_QUANTIFIERS = frozenset("?*+{")
# The boundaries a table's matches may start at: where no word goes on before them.
_BOUNDARIES = (r"\b", r"(?<![\w-])")
_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"\b\w")
# What gives a pattern its structure: an escape or a character class (skipped whole; "]"
# first in a class is a literal), a parenthesis, a bar.
_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]?|[()|]")
# The plain characters a pattern starts with (up to one that means something else).
_PLAIN = re.compile(r"[^\\\[\]()|?*+{}.^$]*")
# A leading group is written out once per alternative inside it ("(?:high|top) accuracy"
# as "high accuracy" and "top accuracy") up to this many copied characters, so that each
# copy starts with plain words; a longer tail is kept behind the group.
_DISTRIBUTE_LIMIT = 1_000
# How many distinct matched phrases a table remembers the key of; bounded so a long
# stream of different texts cannot grow it without limit.
_MEMORY = 20_000

K = TypeVar("K", bound=Hashable)


class Table(Generic[K]):
    """Phrasings keyed by what they mean, found in one pass.

    ``entries`` are ``(key, regex fragment)`` pairs in priority order: where several
    phrasings match at the same place, the earliest wins, as in ``a|b|c``. The key of a
    match is that of the first phrasing that matches the same words in place.
    """

    def __init__(
        self, entries: Sequence[tuple[K, str]], *, start: str = r"\b", end: str = r"\b"
    ) -> None:
        self._start = start
        self._end = end
        # (key, phrasing, the plain strings one of which every match starts with; empty
        # when that is not known, and the phrasing is tried on every text).
        self._phrasings: list[tuple[K, str, tuple[str, ...]]] = []
        # Which phrasings each start begins. A match starts where no word goes on before
        # it (the boundary), so a start that opens with a letter or digit is looked for
        # only when a word of the text begins with its first three characters; a text has
        # a few dozen of those, and the tables hundreds. Phrasings whose starts are not
        # known are tried on every text.
        if start not in _BOUNDARIES:
            raise ValueError(f"a table's start must be one of {_BOUNDARIES}, not {start!r}")
        self._by_head: dict[str, dict[str, list[int]]] = {}
        self._loose: dict[str, list[int]] = {}  # starts that open with another character
        self._always: list[int] = []
        for key, fragment in entries:
            for alternative in _alternatives(fragment):
                index = len(self._phrasings)
                starts = tuple(sorted(_starts(alternative) or ()))
                self._phrasings.append((key, alternative, starts))
                for begin in starts:
                    if _WORD_CHAR.match(begin):
                        self._by_head.setdefault(begin[:3], {}).setdefault(begin, []).append(index)
                    else:
                        self._loose.setdefault(begin, []).append(index)
                if not starts:
                    self._always.append(index)
        self._known: dict[str, K] = {}
        # Each phrasing between the boundaries, compiled the first time a text needs it.
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._phrasings)

    def finditer(self, text: str) -> Iterator[tuple[K, re.Match[str]]]:
        """Each match in ``text`` with its key, in order (as ``re.finditer`` would find
        them with the alternation of every phrasing, the earliest first)."""
        # Where each phrasing matches: tried only where one of its starts is (``search``
        # cannot skip ahead to the words when a pattern opens with a boundary test).
        found: dict[tuple[int, int], re.Match[str]] = {}
        heads = _heads(text)
        for head in heads.keys() & self._by_head.keys():
            for begin, indices in self._by_head[head].items():
                for at in heads[head]:
                    if text.startswith(begin, at):
                        self._try(indices, text, at, found)
        for begin, indices in self._loose.items():
            at = text.find(begin)
            while at >= 0:
                self._try(indices, text, at, found)
                at = text.find(begin, at + 1)
        for index in self._always:
            pattern = self._pattern(index)
            match = pattern.search(text)
            while match is not None:
                found[match.start(), index] = match
                match = pattern.search(text, match.start() + 1)
        # The leftmost match first, the earliest phrasing where several start at the same
        # place; the next one after its end.
        position = 0
        for (at, index), match in sorted(found.items(), key=lambda item: item[0]):
            if at >= position:
                yield self._key(text, match, index), match
                position = max(match.end(), at + 1)

    def _try(
        self, indices: list[int], text: str, at: int, found: dict[tuple[int, int], re.Match[str]]
    ) -> None:
        """Add the matches of the phrasings at ``indices`` that start at ``at``."""
        for index in indices:
            match = self._pattern(index).match(text, at)
            if match is not None:
                found[at, index] = match

    def _pattern(self, index: int) -> re.Pattern[str]:
        """The phrasing at ``index`` between the table's boundaries."""
        pattern = self._patterns[index]
        if pattern is None:
            phrasing = self._phrasings[index][1]
            pattern = self._patterns[index] = re.compile(f"{self._start}(?:{phrasing}){self._end}")
        return pattern

    def _key(self, text: str, match: re.Match[str], matched: int) -> K:
        """The key of the first phrasing that matches the same words in place (the one
        that matched, unless an earlier one matches them too)."""
        words = match.group()
        key = self._known.get(words)
        if key is not None:
            return key
        start, end = match.span()
        key = self._phrasings[matched][0]
        for index in range(matched):
            phrasing = self._phrasings[index]
            if _could_start(phrasing, words) and _compile(phrasing[1]).fullmatch(text, start, end):
                key = phrasing[0]
                break
        if len(self._known) < _MEMORY:
            self._known[words] = key
        return key


def any_of(alternatives: Sequence[str]) -> str:
    """One group matching any of ``alternatives``, the earliest where several match."""
    return f"(?:{'|'.join(alternatives)})"


@functools.lru_cache(maxsize=16)
def _heads(text: str) -> dict[str, list[int]]:
    """Where the words of ``text`` start, by their first one, two and three characters."""
    heads: dict[str, list[int]] = {}
    for word in _WORD_START.finditer(text):
        at = word.start()
        for length in (1, 2, 3):
            heads.setdefault(text[at : at + length], []).append(at)
    return heads


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _could_start(phrasing: tuple[object, str, tuple[str, ...]], words: str) -> bool:
    starts = phrasing[2]
    return not starts or words.startswith(starts)


def _starts(alternative: str) -> set[str] | None:
    """Plain strings, one of which every match of ``alternative`` starts with; None if
    not known."""
    if alternative.startswith("\\b"):
        return _starts(alternative[2:])
    if alternative.startswith(("(?<!", "(?<=")):
        close = _closing(alternative, 0)
        return _starts(alternative[close + 1 :]) if close > 0 else None
    prefix = _literal_prefix(alternative)
    if prefix:
        return {prefix}
    if not alternative.startswith("(?:"):
        return None
    close = _closing(alternative, 0)
    if close < 0:
        return None
    quantifier = alternative[close + 1 : close + 2]
    found: set[str] = set()
    if quantifier in ("?", "*"):
        rest = _starts(alternative[close + 2 :].removeprefix("?").removeprefix("+"))
        if rest is None:
            return None
        found |= rest
    elif quantifier == "{":
        return None
    for inner in split_top(alternative[3:close]):
        starts = _starts(inner)
        if starts is None:
            return None
        found |= starts
    return found


def _literal_prefix(alternative: str) -> str:
    """The plain characters every match of ``alternative`` starts with ("accuracy" for
    "accuracy\\s+(?:is|are)..."); empty when it starts with a group or a class."""
    plain = _PLAIN.match(alternative)
    end = plain.end() if plain else 0
    if end < len(alternative) and alternative[end] in _QUANTIFIERS:
        end -= 1  # "tasks?": the "s" is optional
    return alternative[: max(end, 0)]


def _alternatives(fragment: str) -> Iterator[str]:
    """The top-level alternatives of ``fragment``, with a short leading group written
    out: "(?:high|top) accuracy" gives "high accuracy" and "top accuracy"."""
    for alternative in split_top(fragment):
        yield from _written_out(alternative)


def _written_out(alternative: str) -> Iterator[str]:
    """``alternative`` (no top-level ``|``) with a short leading group written out; each
    copy has no top-level ``|`` either, so it is not split again."""
    if alternative.startswith("(?:"):
        close = _closing(alternative, 0)
        after = alternative[close + 1 :]
        inners = split_top(alternative[3:close]) if close > 0 else []
        if (
            close > 0
            and after[:1] not in _QUANTIFIERS
            and len(inners) * len(after) <= _DISTRIBUTE_LIMIT
        ):
            for inner in inners:
                yield from _written_out(inner + after)
            return
    yield alternative


def split_top(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that are not inside a group or a class."""
    parts: list[str] = []
    depth = 0
    begin = 0
    for token in _STRUCTURE.finditer(pattern):
        char = token.group()[0]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[begin : token.start()])
            begin = token.end()
    parts.append(pattern[begin:])
    return parts


def _closing(pattern: str, i: int) -> int:
    """The index of the parenthesis closing the group opened at ``i`` (-1 if none)."""
    depth = 0
    for token in _STRUCTURE.finditer(pattern, i):
        char = token.group()[0]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return token.start()
    return -1
