"""Whether a phrase is negated: "no compliance requirements", "not regulated",
"doesn't need to be real-time"."""

from __future__ import annotations

from bisect import bisect_left

from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.text import Text

_NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "nor",
        "neither",
        "hardly",
        "barely",
        "zero",
        "non",
        "lack",
        "lacks",
        "lacking",
        "nothing",
        "nobody",
        "none",
        "cannot",
        "isnt",
        "arent",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "cant",
    ]
)
_MAYBE = lazy_pattern(
    r"\b(?:no|not|never|without|nor|neither|hardly|barely|zero|non|lack\w*"
    r"|nothing|nobody|none|cannot|isnt|arent|dont|doesnt|didnt|wont|cant|un)\b|n't"
)
_TOKEN = lazy_pattern(r"[a-z']+")
# A negation does not carry over a coordinating word: in "no labels and accuracy
# matters", "no" belongs to the labels.
_COORDINATION = lazy_pattern(r"\b(?:and|or|so|then|plus)\b")
# Verbs that harm what follows them: a negator before one of them protects the thing.
_HARMS = frozenset(
    [
        "compromising",
        "sacrificing",
        "risking",
        "hurting",
        "losing",
        "breaking",
        "breaching",
        "violating",
        "exposing",
        "leaking",
        "weakening",
        "jeopardising",
        "jeopardizing",
        "undermining",
    ]
)
# A word negated by a prefix joined to it: "non-negotiable", "un-reviewed".
_PREFIXED = lazy_pattern(r"\b(?:non|un)-[a-z]+")


def negators(text: Text) -> list[int]:
    """Where words that may negate ("no", "never", "n't"...) start in ``text``, found once
    per text: most phrases have none nearby, and that is decided without slicing."""
    positions: list[int] | None = text.memo.get("negators")
    if positions is None:
        positions = [m.start() for m in _MAYBE.finditer(text.low)]
        text.memo["negators"] = positions
    return positions


def negated(text: Text, start: int, *, words: int = 4) -> bool:
    """Whether one of the ``words`` words before ``start`` (in its clause) negates it."""
    positions = negators(text)
    i = bisect_left(positions, start)
    if i == 0 or positions[i - 1] < start - 48:
        return False
    before = text.before(start, limit=48)
    if before.endswith(("non-", "non ", "un-")):
        return True
    tail = _COORDINATION.split(before)[-1]
    # "non-" negates only the word it is joined to: "non-negotiable with the regulator"
    # says nothing against the regulator.
    tail = _PREFIXED.sub(" ", tail)
    tokens = _TOKEN.findall(tail)[-words:]
    # "nothing's regulated", "nobody's labelled them": the negator with a contraction.
    last = max(
        (
            i
            for i, t in enumerate(tokens)
            if t in _NEGATORS or t.endswith("n't") or ("'" in t and t.split("'")[0] in _NEGATORS)
        ),
        default=None,
    )
    # Two negatives keep it: "without compromising data privacy", "never leaking PHI".
    return last is not None and not any(t in _HARMS for t in tokens[last + 1 :])
