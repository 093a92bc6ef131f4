"""The domain and the task, by weighing the words that name them.

Each word adds its weight (see ``vocabulary``); words in the first sentence, where a
description says who it is for and what it does, count half as much again as passing
mentions later; negated words ("not underwriting") do not count. The highest score
wins; a tie goes to the earliest mention. A domain needs a score of 2 (one clear word,
or weak words that agree). ``general`` is work in a field the vocabulary does not name
(logistics, HR, a factory, a city council): named so, it wins over a named field that
scores no higher, except over work every organisation does (customer service, technical
support, marketing); a text that says what it does at some length and names no field is
general too.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Generic, NamedTuple, TypeVar

from assistant.constraints import Domain
from assistant.parsing.alternation import Table
from assistant.parsing.draft import Draft
from assistant.parsing.language import mostly_not_english
from assistant.parsing.negation import negated
from assistant.parsing.text import Text
from assistant.parsing.vocabulary import DOMAIN_WORDS, TASK_WORDS

FIRST_SENTENCE_BOOST = 1.5
MIN_DOMAIN_SCORE = 2.0
# Customer service is a function every business has. In a regulated field the field
# is the domain: a bank's support desk answers banking questions under banking rules.
# Elsewhere (a retailer, an airline, a hotel) the service is the domain.
_INDUSTRIES = frozenset({Domain.HEALTHCARE, Domain.LEGAL, Domain.FINANCE})
# Work every organisation does, whatever its field: a logistics firm's customer service
# or marketing is customer service or marketing, not general work.
_FUNCTIONS = frozenset({Domain.CUSTOMER_SERVICE, Domain.TECHNICAL_SUPPORT, Domain.MARKETING})


T = TypeVar("T", bound=StrEnum)


class Ranked(NamedTuple, Generic[T]):
    label: T
    score: float
    first: int  # offset of the first mention
    spans: list[tuple[int, int]]  # where the words that gave the score are
    strongest: int  # the highest weight among them


class _Table(Generic[T]):
    """A vocabulary as one pattern, and the labels its matches score."""

    def __init__(self, words: Mapping[T, Mapping[int, str]]) -> None:
        entries = sorted(
            (
                (weight, label, fragment)
                for label, by in words.items()
                for weight, fragment in by.items()
            ),
            key=lambda e: -e[0],
        )
        self._table = Table([((label, weight), fragment) for weight, label, fragment in entries])

    def rank(self, text: Text) -> list[Ranked[T]]:
        """Every label the text mentions, best first."""
        first_end = text.sentence(0)[1]
        scores: dict[T, float] = {}
        strongest: dict[T, int] = {}
        spans: dict[T, list[tuple[int, int]]] = {}
        for (label, weight), match in self._table.finditer(text.low):
            if negated(text, match.start()):
                continue  # "not underwriting", "never generic", "no patient data"
            boost = FIRST_SENTENCE_BOOST if match.start() < first_end else 1.0
            scores[label] = scores.get(label, 0.0) + weight * boost
            strongest[label] = max(strongest.get(label, 0), weight)
            spans.setdefault(label, []).append(match.span())
        ranked = [
            Ranked(
                label,
                scores[label],
                spans[label][0][0],
                spans[label],
                strongest[label],
            )
            for label in scores
        ]
        ranked.sort(key=lambda r: (-r.score, r.first))
        return ranked


def _outranks(one: Ranked[Domain], other: Ranked[Domain]) -> bool:
    """Whether ``one`` scores higher than ``other``, or as high and is named first."""
    return (one.score, -one.first) > (other.score, -other.first)


def _words(text: Text, spans: list[tuple[int, int]]) -> str:
    """The first three different phrasings that gave a label its score."""
    seen: list[str] = []
    for start, end in spans:
        shown = text.evidence(start, end)
        if shown not in seen:
            seen.append(shown)
            if len(seen) == 3:
                break
    return ", ".join(seen)


_DOMAINS = _Table(DOMAIN_WORDS)
_TASKS = _Table(TASK_WORDS)


def extract(text: Text, draft: Draft) -> None:
    """Set ``domain`` and ``task``."""
    ranked = _DOMAINS.rank(text)
    # Technical support is helping people with technical trouble: the tools any software
    # project mentions (an API, logs, a database) do not make a project support work
    # without one word that names support or trouble.
    ranked = [
        r for r in ranked if r.label is not Domain.TECHNICAL_SUPPORT or r.strongest >= _SUPPORT_WORD
    ]
    named = [r for r in ranked if r.label is not Domain.GENERAL]
    general = [r for r in ranked if r.label is Domain.GENERAL]
    if named and named[0].score >= MIN_DOMAIN_SCORE:
        best = named[0]
        if best.label is Domain.CUSTOMER_SERVICE:
            # The field only where the text says about as much of it as of the service: a
            # bank's support desk, not a contact centre whose QA "auditors" or a customer's
            # "card" pass by in a text about service.
            industry = [
                r
                for r in named
                if r.label in _INDUSTRIES
                and r.score >= MIN_DOMAIN_SCORE
                and r.score * _INDUSTRY_SHARE >= best.score
            ]
            best = industry[0] if industry else best
        if best.label not in _FUNCTIONS and general and _outranks(general[0], best):
            # A field outside the vocabulary, named as the team's own, against passing words
            # of a named field: "a freight forwarder ... invoices" is logistics work.
            best = general[0]
        evidence = _words(text, best.spans)
        draft.put("domain", best.label, evidence=evidence, inferred=best.strongest < 2)
    elif general:
        draft.put("domain", Domain.GENERAL, evidence=_words(text, general[0].spans))
    tasks = _TASKS.rank(text)
    if tasks:
        task = tasks[0]
        evidence = _words(text, task.spans)
        draft.put("task", task.label, evidence=evidence, inferred=task.strongest < 2)
    # A project described at some length in no field of the vocabulary (HR, logistics,
    # construction, research) is general work: "general" is the vocabulary's word for it.
    # A thin request ("we want AI for our docs") names no field: it stays unknown.
    described = tasks or _word_count(text) >= _DESCRIBED_WORDS
    if not draft.has("domain") and described and not mostly_not_english(text.low):
        draft.put("domain", Domain.GENERAL, evidence=_opening(text), inferred=True)


#: How much of the service's score a regulated field needs to be the domain of service
#: work: half (a field said about as often as the service is the team's field).
_INDUSTRY_SHARE = 2
#: The weight of the weakest word that names technical support or trouble.
_SUPPORT_WORD = 2
#: How many words make a description long enough to say what field it is not in.
_DESCRIBED_WORDS = 12
#: How much of the opening is shown as the words a "general" reading came from.
_OPENING_CHARS = 60


def _opening(text: Text) -> str:
    """The first words of the text: a general reading rests on the description as a whole."""
    end = min(text.sentence(0)[1], _OPENING_CHARS)
    cut = text.low.rfind(" ", 0, end) if end < len(text.low) else end
    return text.evidence(0, cut if cut > 0 else end)


def _word_count(text: Text) -> int:
    return len(text.low.split())
