"""How a fact is presented to a person: one row per field, declared beside the field.

Every field of ``Constraints`` (and of the cost engine's ``CostFacts``) carries one ``Row``
in its annotation, so adding a fact is: the field with its row, the words that set it, and
any rule that reads it. Everything else — the rule engine's field list, the questions asked
when a fact is missing, the restated facts in Slack, the ``/advise`` form — is derived:

    labeled_examples: Annotated[
        int | None,
        Field(ge=0),
        Row("labeled examples", unit=Unit.COUNT, ask=Ask(rank=1, question="How many ...?", ...)),
    ] = None
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from assistant.records import field_types


class Unit(StrEnum):
    """What a value counts, for showing it ("$40,000", "90 days") and for typing rules."""

    NONE = "none"
    COUNT = "count"
    USD = "usd"
    USD_PER_MONTH = "usd per month"
    DAYS = "days"
    REQUESTS_PER_MONTH = "requests per month"
    PERCENT = "percent"
    TOKENS = "tokens"
    MONTHS = "months"


@dataclass(frozen=True)
class Ask:
    """How Advisor asks for a missing fact, and why it matters.

    ``rank`` orders the questions (1 is asked first). ``options`` are buttons: (label, a
    sentence re-run with the description). ``probes`` are plausible values tried to see
    whether the fact could change the answer. ``answered_by`` names other fields that count
    as an answer (a monthly budget answers "what is the budget?").
    """

    rank: int
    question: str
    why: str
    options: tuple[tuple[str, str], ...] = ()
    probes: tuple[Any, ...] = ()
    answered_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    """The fact as an input of the ``/advise`` form: its label, and for a yes/no fact the
    two choices' labels."""

    label: str
    yes: str = ""
    no: str = ""


@dataclass(frozen=True)
class Row:
    """One field's presentation. ``restate`` shows it in the facts Advisor says it
    understood; ``ask`` makes it a question when missing; ``form`` puts it in the form."""

    label: str
    unit: Unit = Unit.NONE
    restate: bool = False
    ask: Ask | None = None
    form: Form | None = None


def rows_of(model: type, *, skip: frozenset[str] = frozenset()) -> dict[str, Row]:
    """Each field of ``model`` (but ``skip``) with its row, in declaration order; a field
    without exactly one row is a programming error, raised when the model's module loads."""
    rows: dict[str, Row] = {}
    for name, info in field_types(model).items():
        if name in skip:
            continue
        found = [item for item in info.metadata if isinstance(item, Row)]
        if len(found) != 1:
            raise TypeError(f"{model.__name__}.{name} needs exactly one Row in its annotation")
        rows[name] = found[0]
    return rows


def show_value(row: Row, value: str) -> str:
    """A value as a person reads it, from its displayed form ("40000" -> "$40,000")."""
    if row.unit is Unit.USD:
        return _money(value)
    if row.unit is Unit.USD_PER_MONTH:
        return _money(value) + " a month"
    if row.unit is Unit.DAYS:
        return f"{value} days"
    if row.unit is Unit.REQUESTS_PER_MONTH:
        return f"{_thousands(value)} requests a month"
    if row.unit is Unit.COUNT:
        return _thousands(value)
    return value.replace("_", " ")


def _thousands(value: str) -> str:
    return f"{int(value):,}" if value.isdigit() else value


def _money(value: str) -> str:
    whole, _, cents = value.partition(".")
    return f"${_thousands(whole)}" + (f".{cents}" if cents else "")
