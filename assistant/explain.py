"""Why Advisor answered as it did, fact by fact and rule by rule (``advisor ask --explain``).

For every constraint: its value, whether the text stated it or the parser inferred it, the
words it came from and the reading that produced it. For every rule: whether it fired, and
each of its conditions with the value it was tested on — so "why did you think we have that
many examples?" has an answer, and so does "why didn't the budget rule apply?". Then the
score of each approach and the margin.

    explanation = advisor.explain(answer)
    explanation.rules[0].fired, explanation.rules[0].conditions[0].holds
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from assistant.answer import Answer
from assistant.constraints import CONSTRAINT_FIELDS
from assistant.rules import RuleBook
from assistant.rules.conditions import Condition, display, normalise_facts
from assistant.rules.model import Rule


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConstraintReading(_Frozen):
    name: str
    value: str
    provenance: str  # stated / inferred
    words: str | None  # the words of the text it came from
    reading: str | None  # the parser's reading that produced it; None when given directly


class ConditionCheck(_Frozen):
    condition: str  # as the rule file writes it
    part: Literal["all", "any", "none"]
    value: str | None  # the fact it was tested on; None when unknown
    holds: bool


class RuleCheck(_Frozen):
    rule: str
    fired: bool
    effect: dict[str, int]
    conditions: tuple[ConditionCheck, ...]


class Explanation(_Frozen):
    constraints: tuple[ConstraintReading, ...]
    rules: tuple[RuleCheck, ...]
    scores: dict[str, int]
    approach: str
    runner_up: str | None
    margin: int


def explain(answer: Answer, *, book: RuleBook, facts: Mapping[str, Any]) -> Explanation:
    """The explanation of ``answer``, whose rules were evaluated on ``facts``."""
    c = answer.constraints
    readings = tuple(
        ConstraintReading(
            name=name,
            value=display(getattr(c, name)),
            provenance=c.provenance_of(name).value,
            words=c.evidence.get(name),
            reading=c.readings.get(name),
        )
        for name in CONSTRAINT_FIELDS
        if c.known(name) and name != "prompt_text"
    )
    normalised = normalise_facts(facts)
    checks = tuple(_check(rule, normalised) for rule in book.rules)
    r = answer.recommendation
    return Explanation(
        constraints=readings,
        rules=checks,
        scores={approach.value: score for approach, score in r.scores.items()},
        approach=r.approach.value,
        runner_up=r.runner_up.value if r.runner_up else None,
        margin=r.margin,
    )


def explanation_to_dict(explanation: Explanation) -> dict[str, Any]:
    return explanation.model_dump(mode="json")


def explanation_text(explanation: Explanation) -> list[str]:
    """The explanation as terminal lines."""
    lines = ["Read from the text:"]
    for item in explanation.constraints:
        source = f' from "{item.words}"' if item.words else ""
        how = f" ({item.reading})" if item.reading else ""
        lines.append(f"  {item.name} = {item.value}, {item.provenance}{source}{how}")
    if not explanation.constraints:
        lines.append("  nothing")
    lines += ["", "Rules:"]
    for check in explanation.rules:
        mark = "fired" if check.fired else "did not fire"
        effect = ", ".join(f"{k} {v:+d}" for k, v in check.effect.items())
        lines.append(f"  {check.rule}: {mark} ({effect})")
        for cond in check.conditions:
            value = "unknown" if cond.value is None else cond.value
            verdict = "holds" if cond.holds else "does not hold"
            lines.append(f"    {cond.part}: {cond.condition} -> {verdict} (value: {value})")
    scores = ", ".join(f"{k} {v}" for k, v in explanation.scores.items())
    lines += ["", f"Scores: {scores}; margin {explanation.margin} over {explanation.runner_up}."]
    return lines


def _check(rule: Rule, facts: Mapping[str, Any]) -> RuleCheck:
    parts: list[tuple[Literal["all", "any", "none"], tuple[Condition, ...]]] = [
        ("all", rule.when.all),
        ("any", rule.when.any),
        ("none", rule.when.none),
    ]
    conditions = tuple(
        ConditionCheck(
            condition=cond.source,
            part=part,
            value=None if facts.get(cond.field.name) is None else display(facts[cond.field.name]),
            holds=cond.holds(facts),
        )
        for part, group in parts
        for cond in group
    )
    return RuleCheck(
        rule=rule.id,
        fired=rule.when.holds(facts),
        effect={approach.value: weight for approach, weight in rule.effect.items()},
        conditions=conditions,
    )
