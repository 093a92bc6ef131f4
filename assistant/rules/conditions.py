"""Conditions: ``"labeled_examples < 1000"``, ``"domain in [legal, finance]"``.

A condition is written as one line, ``<field> <operator> <value>``, parsed and type-checked
when the rules load, so a typo fails at start-up and not in front of a user.

Operators: ``== != < <= > >=`` on numbers and enums, ``in`` / ``not in`` a list, and
``is known`` / ``is missing``. A comparison on a field the description did not give is
false (the rule does not fire on what nobody said); only ``is missing`` is true then.
"""

from __future__ import annotations

import difflib
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from assistant.rules.fields import FIELDS, FieldSpec, Kind


class Op(StrEnum):
    EQ = "=="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    IN = "in"
    NOT_IN = "not in"
    IS_KNOWN = "is known"
    IS_MISSING = "is missing"


_COMPARE: dict[Op, Callable[[Any, Any], bool]] = {
    Op.EQ: operator.eq,
    Op.NE: operator.ne,
    Op.LT: operator.lt,
    Op.LE: operator.le,
    Op.GT: operator.gt,
    Op.GE: operator.ge,
}
_ORDERED = frozenset({Op.LT, Op.LE, Op.GT, Op.GE})
_LINE = re.compile(
    r"^\s*(?P<field>[a-z_]+)\s+"
    r"(?P<op>==|!=|<=|>=|<|>|not in|in|is known|is missing)\s*(?P<value>.*?)\s*$"
)


class ConditionError(ValueError):
    """A condition line that does not parse or type-check; the loader adds file and rule."""


@dataclass(frozen=True)
class Condition:
    field: FieldSpec
    op: Op
    value: Any  # coerced to the field's type; a tuple for in / not in; None for is ...
    source: str  # the line as written, for messages
    # The test on a known value, chosen once from the operator when the rule loads
    # (conditions run a hundred times per answer).
    _test: Callable[[Any], bool] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_test", _test_for(self.op, self.value))

    def __reduce__(self) -> tuple[type[Condition], tuple[Any, ...]]:
        # Pickled without the test, which is chosen again from the operator.
        return (Condition, (self.field, self.op, self.value, self.source))

    def holds(self, facts: Mapping[str, Any]) -> bool:
        """Whether the condition holds on ``facts`` as ``normalise_facts`` returns them."""
        actual = facts.get(self.field.name)
        if actual is None:
            return self.op is Op.IS_MISSING
        return self._test(actual)


def _test_for(op: Op, value: Any) -> Callable[[Any], bool]:
    if op is Op.IS_MISSING:
        return lambda actual: False
    if op is Op.IS_KNOWN:
        return lambda actual: True
    if op is Op.IN:
        return lambda actual: actual in value
    if op is Op.NOT_IN:
        return lambda actual: actual not in value
    compare = _COMPARE[op]
    return lambda actual: bool(compare(actual, value))


def parse_condition(line: str) -> Condition:
    match = _LINE.match(line)
    if not match:
        raise ConditionError(
            f"cannot read condition {line!r}: write '<field> <operator> <value>' "
            f"with an operator among {', '.join(op.value for op in Op)}"
        )
    name, op, raw = match["field"], Op(match["op"]), match["value"]
    spec = FIELDS.get(name)
    if spec is None:
        guess = difflib.get_close_matches(name, FIELDS, n=1)
        hint = f" (did you mean {guess[0]!r}?)" if guess else ""
        raise ConditionError(f"unknown field {name!r}{hint}")
    if op in (Op.IS_KNOWN, Op.IS_MISSING):
        if raw:
            raise ConditionError(f"{op.value!r} takes no value: {line!r}")
        return Condition(spec, op, None, line.strip())
    if not raw:
        raise ConditionError(f"condition {line!r} has no value")
    if op in _ORDERED and spec.kind not in (Kind.INT, Kind.MONEY, Kind.NUMBER):
        raise ConditionError(f"{op.value!r} needs a numeric field; {name} is {spec.kind}")
    import yaml  # here: a run that takes its rules from the start-up cache reads no YAML

    try:
        literal = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ConditionError(f"cannot read the value in {line!r}") from exc
    try:
        if op in (Op.IN, Op.NOT_IN):
            if not isinstance(literal, list) or not literal:
                raise ConditionError(f"{op.value!r} takes a non-empty [list]: {line!r}")
            value: Any = tuple(spec.coerce(item) for item in literal)
        else:
            value = spec.coerce(literal)
    except ValueError as exc:
        raise ConditionError(str(exc)) from exc
    return Condition(spec, op, value, line.strip())


def normalise_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Facts as conditions compare them, converted once per evaluation rather than once
    per condition."""
    return {name: _normalise(value) for name, value in facts.items()}


def _normalise(value: Any) -> Any:
    """Fact values as conditions compare them: enums by value, numbers as Decimal."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, float | int) and not isinstance(value, bool):
        return Decimal(str(value))
    return value


def display(value: Any) -> str:
    """A fact value as an answer shows it ("15000", "legal", "true")."""
    value = _normalise(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)
