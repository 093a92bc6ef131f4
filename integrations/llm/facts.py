"""The project facts a chat model may supply, and the checks each value must pass.

The model fills ``ProjectFacts`` (the contract's constraint keys) through structured
output. A value is kept only when it is valid for ``Constraints`` and grounded in the text
it was read from; everything else is dropped, one value at a time.
"""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant import Constraints, Domain, Task, validated
from integrations.llm.grounding import DOMAIN_WORDS, TASK_WORDS, number_grounded, word_grounded

log = logging.getLogger("advisor.chat_model")

#: The constraints a chat model may help read (the JSON contract's keys).
ASSISTED_FIELDS: tuple[str, ...] = (
    "domain",
    "task",
    "labeled_examples",
    "budget_usd",
    "monthly_budget_usd",
    "timeline_days",
    "monthly_requests",
)


class ProjectFacts(BaseModel):
    """Facts about an LLM project, read from the person's own words. Leave a field null
    unless the text states it; never guess."""

    model_config = ConfigDict(extra="ignore")

    domain: Domain | None = Field(default=None, description="the project's field")
    task: Task | None = Field(default=None, description="what the model must do")
    labeled_examples: int | None = Field(
        default=None, description="labeled examples the team has (0 if it says none)"
    )
    budget_usd: float | None = Field(default=None, description="one-off or total budget, USD")
    monthly_budget_usd: float | None = Field(
        default=None, description="recurring budget per month, USD"
    )
    timeline_days: int | None = Field(default=None, description="days until it must be live")
    monthly_requests: int | None = Field(
        default=None, description="requests per month (per day x 30)"
    )


def accepted_values(proposed: dict[str, Any], *, text: str) -> dict[str, Any]:
    """The proposed values that are valid constraint values and grounded in ``text``."""
    kept: dict[str, Any] = {}
    for name in ASSISTED_FIELDS:
        raw = proposed.get(name)
        if raw is None:
            continue
        value = _valid(name, raw)
        if value is None:
            log.info("chat model value rejected as invalid: %s", name)
        elif not _grounded(name, value, text):
            log.info("chat model value rejected as not in the text: %s", name)
        else:
            kept[name] = value
    return kept


def _valid(name: str, raw: Any) -> Any:
    if isinstance(raw, bool):  # JSON true/false is never a count or an amount
        return None
    if name in {"budget_usd", "monthly_budget_usd"} and isinstance(raw, float):
        raw = str(raw)  # a float's binary noise must not reach a Decimal
    try:
        checked = validated(Constraints, {name: raw})
    except ValidationError:
        return None
    return getattr(checked, name)


def _grounded(name: str, value: Any, text: str) -> bool:
    if isinstance(value, Domain):
        return word_grounded(DOMAIN_WORDS.get(value.value, ()), text)
    if isinstance(value, Task):
        return word_grounded(TASK_WORDS.get(value.value, ()), text)
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return False
    return number_grounded(name, number, text)
