"""Evaluating the rules on a project's facts: every rule's outcome, in id order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.rules.conditions import normalise_facts
from assistant.rules.model import Outcome, Rule


def evaluate(rules: Sequence[Rule], facts: Mapping[str, Any]) -> tuple[Outcome, ...]:
    """Each rule's outcome on ``facts`` (constraint values and cost facts by name).

    >>> evaluate((), {})
    ()
    """
    return evaluate_normalised(rules, normalise_facts(facts))


def evaluate_normalised(rules: Sequence[Rule], facts: Mapping[str, Any]) -> tuple[Outcome, ...]:
    """``evaluate`` on facts already passed through ``normalise_facts``."""
    outcomes = []
    for rule in rules:
        matched = rule.when.match(facts)
        outcomes.append(Outcome(rule=rule, fired=matched is not None, matched=matched or {}))
    return tuple(outcomes)
