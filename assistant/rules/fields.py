"""The vocabulary a rule may use: every field it may name, and the type of its values.

Rules are data, so they may only name what is registered here (no ``getattr`` on a name
read from a file). A reviewer can read this module to know what a rule can say.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from assistant.constraints import Change, Domain, Level, Task


class Kind(StrEnum):
    INT = "int"
    MONEY = "money"
    NUMBER = "number"
    BOOL = "bool"
    ENUM = "enum"
    TEXT = "text"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    choices: tuple[str, ...] = ()  # for ENUM: the allowed values
    from_costs: bool = False  # a fact the cost engine derives, not a constraint

    def coerce(self, value: object) -> object:
        """``value`` as this field's type, or ValueError: rules are checked when loaded."""
        if self.kind is Kind.BOOL:
            if isinstance(value, bool):
                return value
            raise ValueError(f"{self.name} takes true or false, not {value!r}")
        if self.kind is Kind.INT:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise ValueError(f"{self.name} takes a whole number, not {value!r}")
        if self.kind in (Kind.MONEY, Kind.NUMBER):
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return Decimal(str(value))
            raise ValueError(f"{self.name} takes a number, not {value!r}")
        if self.kind is Kind.ENUM:
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValueError(f"{self.name} takes one of {', '.join(self.choices)}, not {value!r}")
        if isinstance(value, str):
            return value
        raise ValueError(f"{self.name} takes text, not {value!r}")


def _enum(name: str, enum: type[StrEnum]) -> FieldSpec:
    return FieldSpec(name, Kind.ENUM, tuple(member.value for member in enum))


_SPECS: tuple[FieldSpec, ...] = (
    _enum("domain", Domain),
    _enum("task", Task),
    FieldSpec("labeled_examples", Kind.INT),
    FieldSpec("budget_usd", Kind.MONEY),
    FieldSpec("monthly_budget_usd", Kind.MONEY),
    FieldSpec("timeline_days", Kind.INT),
    FieldSpec("monthly_requests", Kind.INT),
    FieldSpec("latency_sensitive", Kind.BOOL),
    FieldSpec("accuracy_critical", Kind.BOOL),
    FieldSpec("consistency_required", Kind.BOOL),
    FieldSpec("brand_voice", Kind.BOOL),
    FieldSpec("compliance", Kind.BOOL),
    _enum("ml_expertise", Level),
    _enum("requirements_change", Change),
    FieldSpec("exploratory", Kind.BOOL),
    FieldSpec("data_growth", Kind.BOOL),
    FieldSpec("labels_per_month", Kind.INT),
    FieldSpec("unlabeled_data", Kind.BOOL),
    FieldSpec("jargon_heavy", Kind.BOOL),
    FieldSpec("complex_reasoning", Kind.BOOL),
    FieldSpec("creative_variety", Kind.BOOL),
    FieldSpec("prompting_fell_short", Kind.BOOL),
    FieldSpec("prompt_tokens", Kind.INT),
    FieldSpec("output_tokens", Kind.INT),
    FieldSpec("model", Kind.TEXT),
    FieldSpec("volume_growth_pct", Kind.NUMBER),
    # Facts the cost engine derives (CostReport.facts()).
    FieldSpec("break_even_month", Kind.INT, from_costs=True),
    FieldSpec("fine_tuning_pays_off", Kind.BOOL, from_costs=True),
    FieldSpec("prompting_monthly_usd", Kind.MONEY, from_costs=True),
    FieldSpec("fine_tuning_monthly_usd", Kind.MONEY, from_costs=True),
    FieldSpec("fine_tuning_one_off_usd", Kind.MONEY, from_costs=True),
    FieldSpec("fine_tuning_one_off_exceeds_budget", Kind.BOOL, from_costs=True),
    FieldSpec("prompt_tokens_per_request", Kind.INT, from_costs=True),
    FieldSpec("volume_known", Kind.BOOL, from_costs=True),
)

#: name -> spec, for every field a rule may name.
FIELDS: dict[str, FieldSpec] = {spec.name: spec for spec in _SPECS}
