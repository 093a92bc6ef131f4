"""One fast pattern for a long list of alternative phrasings.

Python's regex engine tries every alternative of ``a|b|c...`` at each word start. With
hundreds of phrasings that dominates parsing time. This module factors the first
character out ("hospital|health|legal" becomes "h(?:ospital|ealth)|l(?:egal)"), so only
the phrasings that can start at a given letter are tried. The order of the entries is
kept within each first letter, so an earlier entry still wins at the same position.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Sequence
from typing import Generic, TypeVar

# Characters that stand for themselves in a pattern, so alternatives can share them.
_LEADS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789&' -/,:;%<>=@!~\"_")
_QUANTIFIERS = frozenset("?*+{")
# Characters that end a run of plain letters in a pattern.
_SPECIAL = frozenset("\\[]()|?*+{}.^$")
# One token of a pattern: an escape, a character class ("]" first in it is a literal),
# a parenthesis, a bar, or a run of other characters.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]?|[()|]|[^\\\[()|]+")
# Distributing a leading group copies the rest of its alternative once per inner
# alternative. Up to this many copied characters it pays (matching is faster); beyond,
# compiling the pattern costs more than it saves, and a look-ahead guard is used instead.
# Measured on the test descriptions: with 1,000 rather than 3,000 a parse takes about
# 3% longer (0.01 ms) and the tables compile about 30 ms faster at import, which is the
# better trade for a command that parses one description per run.
_DISTRIBUTE_LIMIT = 1_000
# How many distinct matched phrases a table remembers; bounded so a long stream of
# different texts cannot grow it without limit.
_MEMORY = 20_000
# How many characters a look-ahead guard tests before an alternative's groups are tried.
_GUARD_LENGTH = 3

K = TypeVar("K", bound=Hashable)


class Table(Generic[K]):
    """Phrasings keyed by what they mean, found in one pass.

    ``entries`` are ``(key, regex fragment)`` pairs in priority order. The combined
    pattern has no capturing groups (groups make the engine several times slower); the
    key of a match is found afterwards by the first phrasing that matches the same words
    in place, and remembered for the next time those words come up. Only the phrasings
    that can start with the match's first character are tried, and each is compiled the
    first time it is tried: compiling every entry up front costs more than a parse.
    """

    def __init__(
        self, entries: Sequence[tuple[K, str]], *, start: str = r"\b", end: str = r"\b"
    ) -> None:
        # (key, phrasing) in priority order, and which of them can start with a character.
        self._phrasings: list[tuple[K, str]] = []
        self._prefixes: list[str] = []  # the plain letters each phrasing starts with
        self._by_lead: dict[str, list[int]] = {}
        anywhere: list[int] = []  # phrasings whose first character is not known
        for key, fragment in entries:
            for alternative in _alternatives(fragment):
                index = len(self._phrasings)
                self._phrasings.append((key, alternative))
                self._prefixes.append(_literal_prefix(alternative))
                first = _first_chars(alternative)
                if first is None:
                    anywhere.append(index)
                for lead in first or ():
                    self._by_lead.setdefault(lead, []).append(index)
        for lead, indices in self._by_lead.items():
            self._by_lead[lead] = sorted(indices + anywhere)
        self._anywhere = anywhere
        self._compiled: dict[int, re.Pattern[str]] = {}
        alternatives = [alternative for _, alternative in self._phrasings]
        self.pattern = re.compile(f"{start}{factored(alternatives)}{end}")
        self._known: dict[str, K] = {}

    def finditer(self, text: str) -> Iterator[tuple[K, re.Match[str]]]:
        """Each match in ``text`` with its key, in order."""
        for match in self.pattern.finditer(text):
            yield self._key(text, match), match

    def _key(self, text: str, match: re.Match[str]) -> K:
        words = match.group()
        key = self._known.get(words)
        if key is not None:
            return key
        start, end = match.span()
        # The phrasings that can start with these words, in priority order: one of them
        # matched, so once every one left has the same key, that key is the answer.
        candidates = [
            index
            for index in self._by_lead.get(words[:1], self._anywhere)
            if words.startswith(self._prefixes[index])
        ]
        keys = [self._phrasings[index][0] for index in candidates]
        key = keys[-1] if keys else self._phrasings[-1][0]
        settled = len(keys) - 1  # from here on, every candidate has the last one's key
        while settled > 0 and keys[settled - 1] == key:
            settled -= 1
        for position, index in enumerate(candidates[:settled]):
            pattern = self._compiled.get(index)
            if pattern is None:
                pattern = self._compiled[index] = re.compile(self._phrasings[index][1])
            if pattern.fullmatch(text, start, end):
                key = keys[position]
                break
        if len(self._known) < _MEMORY:
            self._known[words] = key
        return key


def factored(alternatives: Sequence[str]) -> str:
    """``a|b|c`` as one group with each first character factored out
    ("hospital|health|legal" becomes "h(?:ospital|ealth)|legal").

    An alternative that starts with a group ("(?:high|top) accuracy" with a long tail)
    is guarded by a look-ahead at the first few characters it can start with instead, so
    it costs a few character tests where it cannot match; such alternatives are moved
    side by side where that changes nothing, to share one look-ahead. Alternatives that
    can match at the same place keep their order, so the same one wins as in the plain
    alternation.
    """
    return f"(?:{_factored_body(alternatives)})"


def _factored_body(alternatives: Sequence[str]) -> str:
    # (lead, alternatives) for alternatives sharing a first character; (None, [one]) for
    # an alternative that starts otherwise, with the characters it can start with.
    branches: list[tuple[str | None, frozenset[str] | None, list[str]]] = []
    open_leads: dict[str, int] = {}  # lead -> index of the branch still taking that lead
    for alternative in alternatives:
        if _leads_with_literal(alternative):
            lead = alternative[0]
            if lead in open_leads:
                branches[open_leads[lead]][2].append(alternative)
            else:
                open_leads[lead] = len(branches)
                branches.append((lead, frozenset(lead), [alternative]))
            continue
        first = _first_chars(alternative)
        branches.append((None, first, [alternative]))
        # Later alternatives starting where this one can start must come after it.
        for lead in list(open_leads) if first is None else first & set(open_leads):
            del open_leads[lead]
    # A guarded alternative moves ahead of the branches it cannot match where they match
    # (their starts differ within the first few characters, so their order does not
    # matter), so that guarded ones end up side by side and one look-ahead can turn a
    # word away from all of them at once.
    ordered: list[tuple[str | None, frozenset[str] | None, list[str]]] = []
    # The starts each branch can match, worked out only for those a guarded one passes.
    starts: dict[int, list[str]] = {}
    for branch in branches:
        at = len(ordered)
        if branch[0] is None and branch[1] is not None:
            mine: dict[str, list[str]] = {}  # this one's starts by their first character
            for start in _branch_starts(branch):
                mine.setdefault(start[:1], []).append(start)
            while at > 0 and (other := ordered[at - 1][0]) is not None:
                if other in mine:
                    before = ordered[at - 1]
                    theirs = starts.get(id(before))
                    if theirs is None:
                        theirs = starts[id(before)] = _branch_starts(before)
                    if any(a.startswith(b) or b.startswith(a) for a in mine[other] for b in theirs):
                        break
                at -= 1
        ordered.insert(at, branch)
    parts = []
    run: list[tuple[str, frozenset[str]]] = []  # guarded alternatives side by side
    for head, first, alts in ordered:
        if head is None and first is not None:
            run.append((alts[0], first))
            continue
        parts.extend(_guarded(run))
        run = []
        if head is None:
            parts.append(f"(?:{alts[0]})")
        elif len(alts) == 1:
            parts.append(alts[0])
        else:
            # Several share their first character. Factoring what follows as well would
            # save little at match time and cost more at import than it saves.
            tails = "|".join(alternative[1:] for alternative in alts)
            parts.append(f"{re.escape(head)}(?:{tails})")
    parts.extend(_guarded(run))
    return "|".join(parts)


def _guarded(run: Sequence[tuple[str, frozenset[str]]]) -> list[str]:
    """Alternatives that start with a group, behind one look-ahead at the first few
    characters any of them can start with; each behind a look-ahead at its own first
    characters (a character class compiles much faster than more look-aheads)."""
    if not run:
        return []
    every = _shortest(
        {p for alternative, first in run for p in _guard_prefixes(alternative, first)}
    )
    if len(run) == 1:
        return [f"(?={factored(every)})(?:{run[0][0]})"]
    parts = [
        f"(?=[{''.join(re.escape(c) for c in sorted(first))}])(?:{alternative})"
        for alternative, first in run
    ]
    return [f"(?={factored(every)})(?:{'|'.join(parts)})"]


def _branch_starts(branch: tuple[str | None, frozenset[str] | None, list[str]]) -> list[str]:
    """The starts a match of any of the branch's alternatives must have ([""]: any)."""
    lead, first, alts = branch
    if lead is None:
        return [""] if first is None else _guard_prefixes(alts[0], first)
    found: set[str] = set()
    for alternative in alts:
        found |= _prefixes(alternative) or {lead}
    return _shortest(found)


def _guard_prefixes(alternative: str, first: frozenset[str]) -> list[str]:
    """The starts a match of ``alternative`` must have: its first few characters where
    they are known, else its first characters (``first``), which let most words through."""
    prefixes = _prefixes(alternative)
    return _shortest(prefixes) if prefixes else sorted(first)


def _shortest(prefixes: set[str]) -> list[str]:
    """``prefixes`` without those that extend another: "re" already admits every word
    "req" would."""
    by_length = sorted(prefixes, key=len)
    return sorted(p for i, p in enumerate(by_length) if not p.startswith(tuple(by_length[:i])))


def _prefixes(alternative: str) -> set[str] | None:
    """Plain strings of up to ``_GUARD_LENGTH`` characters, one of which every match of
    ``alternative`` starts with; None if not known."""
    if alternative.startswith(("(?<!", "(?<=")):
        close = _closing(alternative, 0)
        return _prefixes(alternative[close + 1 :]) if close > 0 else None
    if _leads_with_literal(alternative):
        return {_literal_prefix(alternative, _GUARD_LENGTH)}
    if not alternative.startswith("(?:"):
        return None
    close = _closing(alternative, 0)
    if close < 0:
        return None
    quantifier = alternative[close + 1 : close + 2]
    found: set[str] = set()
    if quantifier in ("?", "*"):
        rest = _prefixes(alternative[close + 2 :].removeprefix("?").removeprefix("+"))
        if rest is None:
            return None
        found |= rest
    elif quantifier == "{":
        return None
    for inner in split_top(alternative[3:close]):
        prefixes = _prefixes(inner)
        if prefixes is None:
            return None
        found |= prefixes
    return found


def _first_chars(alternative: str) -> frozenset[str] | None:
    """The characters a match of ``alternative`` can start with; None if not known."""
    prefixes = _prefixes(alternative)
    return None if prefixes is None else frozenset(prefix[0] for prefix in prefixes)


def _literal_prefix(alternative: str, limit: int | None = None) -> str:
    """The plain characters every match of ``alternative`` starts with ("accuracy" for
    "accuracy\\s+(?:is|are)..."), at most ``limit`` of them; empty when it starts with a
    group or a class."""
    stop = len(alternative) if limit is None else min(len(alternative), limit)
    end = 0
    while end < stop and alternative[end] not in _SPECIAL:
        end += 1
    if end < len(alternative) and alternative[end] in _QUANTIFIERS:
        end -= 1  # "tasks?": the "s" is optional
    return alternative[: max(end, 0)]


def _leads_with_literal(alternative: str) -> bool:
    return (
        len(alternative) > 0
        and alternative[0] in _LEADS
        and (len(alternative) == 1 or alternative[1] not in _QUANTIFIERS)
    )


def _alternatives(fragment: str) -> Iterator[str]:
    """The top-level alternatives of ``fragment``, with a short leading group distributed:
    "(?:high|top) accuracy" gives "high accuracy" and "top accuracy"."""
    for alternative in split_top(fragment):
        if alternative.startswith("(?:"):
            close = _closing(alternative, 0)
            after = alternative[close + 1 :]
            inner_count = len(split_top(alternative[3:close])) if close > 0 else 0
            if (
                close > 0
                and after[:1] not in _QUANTIFIERS
                and inner_count * len(after) <= _DISTRIBUTE_LIMIT
            ):
                for inner in split_top(alternative[3:close]):
                    yield from _alternatives(inner + after)
                continue
        yield alternative


def split_top(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that are not inside a group or a class."""
    parts: list[str] = []
    depth = 0
    begin = 0
    # Whole escapes, classes and runs of plain characters at a time: the tables are long,
    # and this runs over every one of them at import.
    for token in _TOKEN.finditer(pattern):
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
    for token in _TOKEN.finditer(pattern, i):
        char = token.group()[0]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return token.start()
    return -1
