"""Loading ``knowledge/rules.yaml`` into typed rules, failing early and precisely.

Loading fails, naming the file and the rule, on: an unknown field or operator, a value of
the wrong type, an unknown approach or technique, a citation that points nowhere, a rule
without a citation, and duplicate ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from assistant.errors import KnowledgeError
from assistant.records import STRICT_KEYS, MinLength
from assistant.rules.conditions import ConditionError, parse_condition
from assistant.rules.model import Rule, When
from assistant.validation import validated
from assistant.vocabulary import Approach, Technique
from assistant.yamlio import first_error, load_yaml

if TYPE_CHECKING:
    from pydantic import ValidationError


# The file's shape, checked by pydantic when the file loads (``assistant.validation``).


@dataclass(frozen=True, kw_only=True)
class _WhenEntry:
    __pydantic_config__ = STRICT_KEYS

    all: list[str] = field(default_factory=list)
    any: list[str] = field(default_factory=list)
    none: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class _RuleEntry:
    __pydantic_config__ = STRICT_KEYS

    id: str
    summary: Annotated[str, MinLength(10)]
    when: _WhenEntry = field(default_factory=_WhenEntry)
    effect: Annotated[dict[Approach, int], MinLength(1)]
    technique: Technique | None = None
    cites: Annotated[list[str], MinLength(1)]


@dataclass(frozen=True, kw_only=True)
class _RulesFile:
    __pydantic_config__ = STRICT_KEYS

    techniques: dict[Technique, list[str]]
    # What a tie-break rests on: cited when no rule supports the chosen approach.
    tie_break: Annotated[list[str], MinLength(1)]
    rules: list[_RuleEntry]


@dataclass(frozen=True)
class RuleBook:
    """The rules, sorted by id (the evaluation order), and the passages that describe
    each technique (cited when an answer recommends it)."""

    rules: tuple[Rule, ...]
    technique_cites: Mapping[Technique, tuple[str, ...]]
    tie_break_cites: tuple[str, ...] = ()


def load_rules(path: Path, *, guidance_ids: frozenset[str]) -> RuleBook:
    """The rule book of ``path``, validated against the guidance passage ids."""
    from pydantic import ValidationError  # loaded to check a file, never from the cache

    raw = load_yaml(path)
    try:
        parsed = validated(_RulesFile, raw)
    except ValidationError as exc:
        raise KnowledgeError(_describe(exc, raw), file=path.name) from exc
    technique_cites: dict[Technique, tuple[str, ...]] = {}
    for technique in Technique:
        cites = parsed.techniques.get(technique)
        if not cites:
            raise KnowledgeError(
                "every technique needs at least one passage",
                file=path.name,
                entry=f"techniques.{technique.value}",
            )
        for cite in cites:
            if cite not in guidance_ids:
                raise KnowledgeError(
                    f"cites {cite!r}, which is not a guidance passage",
                    file=path.name,
                    entry=f"techniques.{technique.value}",
                )
        technique_cites[technique] = tuple(cites)
    for cite in parsed.tie_break:
        if cite not in guidance_ids:
            raise KnowledgeError(
                f"cites {cite!r}, which is not a guidance passage",
                file=path.name,
                entry="tie_break",
            )
    rules: dict[str, Rule] = {}
    for entry in parsed.rules:
        if entry.id in rules:
            raise KnowledgeError("duplicate rule id", file=path.name, entry=entry.id)
        for cite in entry.cites:
            if cite not in guidance_ids:
                raise KnowledgeError(
                    f"cites {cite!r}, which is not a guidance passage",
                    file=path.name,
                    entry=entry.id,
                )
        try:
            when = When(
                all=tuple(parse_condition(line) for line in entry.when.all),
                any=tuple(parse_condition(line) for line in entry.when.any),
                none=tuple(parse_condition(line) for line in entry.when.none),
            )
        except ConditionError as exc:
            raise KnowledgeError(str(exc), file=path.name, entry=entry.id) from exc
        rules[entry.id] = Rule(
            id=entry.id,
            summary=entry.summary,
            when=when,
            effect=dict(entry.effect),
            cites=tuple(entry.cites),
            technique=entry.technique,
        )
    ordered = tuple(rules[rule_id] for rule_id in sorted(rules))
    return RuleBook(
        rules=ordered, technique_cites=technique_cites, tie_break_cites=tuple(parsed.tie_break)
    )


def _describe(exc: ValidationError, raw: Any) -> str:
    problem = first_error(exc, raw)
    if problem.entry is None or problem.location[0] != "rules":
        return f"{problem.where}: {problem.message}"
    rest = ".".join(problem.location[2:])
    return f"rule {problem.entry}" + (f": {rest}" if rest else "") + f": {problem.message}"
