"""A rule as data: when it fires, what it does to each approach, and what it rests on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from assistant.rules.conditions import Condition, display
from assistant.vocabulary import Approach, Technique


@dataclass(frozen=True)
class When:
    """``all`` must hold, at least one of ``any`` (when given), none of ``none``."""

    all: tuple[Condition, ...] = ()
    any: tuple[Condition, ...] = ()
    none: tuple[Condition, ...] = ()

    def holds(self, facts: Mapping[str, Any]) -> bool:
        """Whether it holds on (normalised) ``facts``."""
        # Plain loops: this runs for every rule of every answer, and again for each probe.
        for condition in self.all:
            if not condition.holds(facts):
                return False
        if self.any:
            for condition in self.any:
                if condition.holds(facts):
                    break
            else:
                return False
        return not any(condition.holds(facts) for condition in self.none)

    def match(self, facts: Mapping[str, Any]) -> dict[str, str] | None:
        """The field values that made it hold, or None when it does not."""
        if not self.holds(facts):
            return None
        held = [*self.all, *(c for c in self.any if c.holds(facts))]
        return {c.field.name: display(facts.get(c.field.name)) for c in held}


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    when: When
    effect: Mapping[Approach, int]
    cites: tuple[str, ...]
    technique: Technique | None = None

    @cached_property
    def fields(self) -> frozenset[str]:
        """Every field the rule's conditions name."""
        conditions = (*self.when.all, *self.when.any, *self.when.none)
        return frozenset(condition.field.name for condition in conditions)

    @cached_property
    def leaning(self) -> Approach:
        """The approach this rule pushes hardest towards (ties: the stable order)."""
        return max(Approach, key=lambda a: (self.effect.get(a, 0), -_ORDER.index(a)))


#: The order ties are broken in: the cheaper, more reversible choice first, as the guidance
#: advises testing incrementally before committing to training.
_ORDER: tuple[Approach, ...] = (
    Approach.PROMPTING,
    Approach.PROMPT_THEN_FINE_TUNE,
    Approach.FINE_TUNING,
)
TIE_ORDER = _ORDER


@dataclass(frozen=True)
class Outcome:
    """One rule's result on one project: whether it fired, and on which values."""

    rule: Rule
    fired: bool
    matched: Mapping[str, str]
