"""A second opinion on what a thread reply is, counted from replies people wrote.

The reply reader (``reply_reading``) decides by patterns. People keep finding words the
patterns never saw ("which of my inputs, if wrong, would move the answer most?"), and
such replies fall through to the kinds that catch what nothing else claimed: guidance
and off topic. This model gives a second reading there, from counts over the labelled
development tables of replies in ``tests/cases`` (never the holdouts), made by
``scripts/train_reply_kinds.py`` into ``knowledge/reply_kinds.json``.

It is naive Bayes over a reply's words, pairs of words, first words, whether it asks and
whether it holds a figure: plain counts, read the same way every time, so the same reply
always gets the same reading. It never decides a recommendation, never records a decision
and never states a value; it only names the kind of question a reply asks.

    >>> guess = second_opinion("is this a strong yes or a weak yes?")
    >>> guess.kind if guess else None
    <FollowUpKind.CONFIDENCE: 'confidence'>
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from array import array
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir
from assistant.vocabulary import FollowUpKind

REPLY_KINDS_FILE = "reply_kinds.json"
#: The same counts over the fact each change states (a yes or no, "compliance=true"; a
#: level, "ml_expertise=none"; or the field of a plain count), for changes whose words the
#: patterns do not know.
REPLY_FACTS_FILE = "reply_facts.json"
#: Added to every count, so a word never seen with a kind does not rule the kind out.
SMOOTHING = 0.5
_WORD = re.compile(r"[a-z0-9$%']+|\?")


def reply_features(text: str) -> list[str]:
    """What the model reads of a reply: its words, pairs of neighbouring words, the first
    word and the first two, whether it asks, and whether it holds a figure."""
    low = text.lower().replace("\u2019", "'")
    words = _WORD.findall(low)
    found = [f"w:{w}" for w in words]
    found += [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    if words:
        found.append(f"first:{words[0]}")
    if len(words) > 1:
        found.append(f"first2:{words[0]}_{words[1]}")
    found.append("asks" if "?" in low else "states")
    found.append("figure" if any(ch.isdigit() for ch in low) else "no-figure")
    return sorted(set(found))


class LabelCounts(BaseModel):
    """Counts of labelled replies: the labels, how many replies of each, how many feature
    sightings each label has in all, and per feature the labels it was seen with and how
    often, as ``[label index, count, label index, count, ...]``. The labels are kinds in
    ``knowledge/reply_kinds.json`` and facts ("compliance=true", or "none") in
    ``knowledge/reply_facts.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    trained_on: list[str]
    kinds: list[str]
    replies: list[int]
    feature_totals: list[int]
    features: dict[str, list[int]]

    @model_validator(mode="after")
    def _counts_fit_the_kinds(self) -> LabelCounts:
        size = len(self.kinds)
        if len(set(self.kinds)) != size or size < 2:
            raise ValueError("kinds must name two or more kinds, each once")
        if len(self.replies) != size or len(self.feature_totals) != size:
            raise ValueError("replies and feature_totals need one count per kind")
        if min(self.replies) < 1:
            raise ValueError("every kind needs at least one reply")
        for name, flat in self.features.items():
            pairs = list(zip(flat[::2], flat[1::2], strict=False))
            if len(flat) % 2 or any(not 0 <= i < size or c < 1 for i, c in pairs):
                raise ValueError(f"feature {name!r}: not kind index and count pairs")
        return self


class KindCounts(LabelCounts):
    """``knowledge/reply_kinds.json``: counts whose labels are the reply kinds."""

    kinds: list[FollowUpKind]  # type: ignore[assignment]


@dataclass(frozen=True)
class Opinion:
    """The kind the model reads, and by how much (natural log odds) it beats the next."""

    kind: FollowUpKind
    margin: float


@dataclass(frozen=True, slots=True)
class KindModel:
    """The counts as the sums a reading adds up, kept small (the model lives in every
    answering process): per kind, the log share of replies and the log weight of a feature
    never seen with it; per feature, the kinds it was seen with and the extra log weight
    each, in flat arrays (feature ``at[name]`` owns entries ``start[i]:start[i + 1]``)."""

    kinds: tuple[str, ...]
    prior: tuple[float, ...]
    unseen: tuple[float, ...]
    at: dict[str, int]
    start: array[int]
    kind_index: array[int]
    weight: array[float]


def model_of(counts: LabelCounts) -> KindModel:
    """Naive Bayes with a half added to every count: a feature seen ``c`` times with a kind
    weighs ``log((c + 1/2) / (total + V/2))`` for it, ``log((1/2) / (total + V/2))`` when
    unseen; the difference, ``log((c + 1/2) / (1/2))``, is the extra weight kept."""
    everyone = sum(counts.replies)
    vocabulary = len(counts.features)
    prior = tuple(math.log(replies / everyone) for replies in counts.replies)
    unseen = tuple(
        math.log(SMOOTHING / (total + SMOOTHING * vocabulary)) for total in counts.feature_totals
    )
    at: dict[str, int] = {}
    start = array("I", [0])
    kind_index = array("B")
    weight = array("d")
    for number, (name, flat) in enumerate(counts.features.items()):
        at[name] = number
        for i in range(0, len(flat), 2):
            kind_index.append(flat[i])
            weight.append(math.log((flat[i + 1] + SMOOTHING) / SMOOTHING))
        start.append(len(weight))
    return KindModel(
        kinds=tuple(str(kind) for kind in counts.kinds),
        prior=prior,
        unseen=unseen,
        at=at,
        start=start,
        kind_index=kind_index,
        weight=weight,
    )


def opinion(model: KindModel, text: str) -> Opinion:
    """The kind ``model`` reads ``text`` as; ties go to the kind named first."""
    label, margin = labelled(model, text)
    return Opinion(kind=FollowUpKind(label), margin=margin)


def labelled(model: KindModel, text: str) -> tuple[str, float]:
    """The label ``model`` reads ``text`` as, and its margin in log odds over the next;
    ties go to the label first in alphabetical order."""
    seen = [model.at[f] for f in reply_features(text) if f in model.at]
    scores = [p + len(seen) * u for p, u in zip(model.prior, model.unseen, strict=True)]
    for number in seen:
        for entry in range(model.start[number], model.start[number + 1]):
            scores[model.kind_index[entry]] += model.weight[entry]
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], model.kinds[i]))
    best = ranked[0]
    second = ranked[1] if len(ranked) > 1 else best
    return model.kinds[best], scores[best] - scores[second]


def learned_fact(text: str) -> tuple[str, bool | str | None, float] | None:
    """What the counts read a change as stating: a yes-or-no fact (field, value, margin), a
    level (field, "none" or "frequent", margin), or the field a plain count belongs to
    (field, None, margin); None when they read none, or the knowledge folder has no counts
    of facts."""
    model = _shipped_facts()
    if model is None:
        return None
    label, margin = labelled(model, text)
    if label == NO_FACT:
        return None
    field, said, value = label.partition("=")
    if not said:
        return field, None, margin
    return field, {"true": True, "false": False}.get(value, value), margin


#: The label of a change that states none of those facts.
NO_FACT = "none"


def second_opinion(text: str) -> Opinion | None:
    """The model's reading of ``text``, or None when the knowledge folder has no model."""
    model = _shipped_model()
    return None if model is None else opinion(model, text)


@functools.cache
def _shipped_model() -> KindModel | None:
    # Found once per process: every reply would otherwise look up the folder again.
    return load_model(knowledge_dir())


@functools.cache
def _shipped_facts() -> KindModel | None:
    return load_model(knowledge_dir(), REPLY_FACTS_FILE)


@functools.cache
def load_model(folder: Path, name: str = REPLY_KINDS_FILE) -> KindModel | None:
    """The model in ``folder``; None when the file is absent. A file that does not read
    as counts is a ``KnowledgeError`` naming it."""
    path = folder / name
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        # Read by the json module, then checked: the file is read in every answering
        # process, whose memory has a budget, and parsing it with pydantic's own JSON
        # reader left the process about 1.4 MB larger for the two files (measured by RSS
        # after loading both, 5.2 MB against 3.8 MB).
        shape = KindCounts if name == REPLY_KINDS_FILE else LabelCounts
        counts = shape.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise KnowledgeError(f"not a table of reply counts ({exc})", file=path.name) from exc
    return model_of(counts)
