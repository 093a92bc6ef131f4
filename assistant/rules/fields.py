"""The vocabulary a rule may use: every field it may name, and the type of its values.

Rules are data, so they may only name what is registered here (no ``getattr`` on a name
read from a file). The list is derived from the two models rules read — ``Constraints``
and the cost engine's ``CostFacts`` — so a new field is a rule field with nothing to copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from assistant.constraints import FIELD_ROWS, Constraints
from assistant.facts import COST_ROWS, CostFacts
from assistant.records import field_types
from assistant.rows import Row, Unit


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


def _kind(base: object, row: Row) -> tuple[Kind, tuple[str, ...]]:
    """The rule kind of a field from its type without ``| None``."""
    if isinstance(base, type) and issubclass(base, StrEnum):
        return Kind.ENUM, tuple(member.value for member in base)
    if base is bool:
        return Kind.BOOL, ()
    if base is int:
        return Kind.INT, ()
    if base is Decimal:
        return (Kind.MONEY if row.unit in _MONEY_UNITS else Kind.NUMBER), ()
    if base is str:
        return Kind.TEXT, ()
    raise TypeError(f"no rule kind for a field of type {base!r}")


def _specs(model: type, rows: Mapping[str, Row], *, from_costs: bool) -> list[FieldSpec]:
    specs = []
    for name, row in rows.items():
        kind, choices = _kind(field_types(model)[name].base, row)
        specs.append(FieldSpec(name, kind, choices, from_costs=from_costs))
    return specs


_MONEY_UNITS = frozenset({Unit.USD, Unit.USD_PER_MONTH})

#: name -> spec, for every field a rule may name: the constraints, then the cost facts.
FIELDS: dict[str, FieldSpec] = {
    spec.name: spec
    for spec in (
        *_specs(Constraints, FIELD_ROWS, from_costs=False),
        *_specs(CostFacts, COST_ROWS, from_costs=True),
    )
}
