"""The tools' typed arguments: what an agent (or an MCP client) may pass.

Field descriptions are what a model reads when it chooses a tool and fills it in, so they
say what each value means and its unit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant import Domain, Task


class _Arguments(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConstraintValues(_Arguments):
    """Project facts to set directly; each one wins over what the description says."""

    domain: Domain | None = Field(default=None, description="the project's field")
    task: Task | None = Field(default=None, description="what the model must do")
    labeled_examples: int | None = Field(
        default=None, ge=0, description="labeled examples on hand (0: none)"
    )
    budget_usd: Decimal | None = Field(default=None, ge=0, description="one-off budget, USD")
    monthly_budget_usd: Decimal | None = Field(
        default=None, ge=0, description="recurring budget per month, USD"
    )
    timeline_days: int | None = Field(default=None, ge=1, description="days until it must be live")
    monthly_requests: int | None = Field(default=None, ge=0, description="requests per month")

    def given(self) -> dict[str, Any]:
        """The values that were set."""
        return self.model_dump(exclude_none=True)


class AdviseInput(_Arguments):
    """Recommend prompting, fine-tuning, or prompt-then-fine-tune for a project."""

    description: str = Field(
        description="the project in plain words: the task, the field, how many labeled "
        "examples, budget, timeline, request volume, accuracy needs"
    )
    constraints: ConstraintValues | None = Field(
        default=None, description="facts to set directly; they win over the description"
    )
    today: date | None = Field(
        default=None,
        description="the day (YYYY-MM-DD) a deadline given as a date counts from; without "
        "it such a date is reported, not read",
    )


class FollowUpInput(_Arguments):
    """A reply about an earlier answer: a change, a why, a cost or a guidance question."""

    constraints: dict[str, Any] = Field(
        description="the earlier answer's `constraints` object, as `advise` returned it"
    )
    reply: str = Field(
        description="the reply, e.g. 'what if the budget were $500?', 'why not "
        "fine-tuning?', 'what does it cost per month?', 'what are the risks of overfitting?'"
    )


class CostsInput(_Arguments):
    """Prompting against fine-tuning in dollars, month by month, with the break-even."""

    description: str = Field(
        default="", description="the project in plain words (optional when figures are given)"
    )
    model: str | None = Field(default=None, description="price profile or model id")
    monthly_requests: int | None = Field(default=None, ge=0, description="requests per month")
    volume_growth_pct: Decimal | None = Field(
        default=None, description="growth of the request volume, percent per month"
    )
    prompt_tokens: int | None = Field(default=None, ge=0, description="prompt tokens per request")
    output_tokens: int | None = Field(default=None, ge=0, description="output tokens per request")
    few_shot_k: int | None = Field(default=None, ge=0, description="examples in the prompt")
    training_examples: int | None = Field(default=None, ge=0, description="examples to train on")
    epochs: int | None = Field(default=None, ge=1, description="training epochs")
    retrain_every_months: int | None = Field(default=None, ge=1, description="retrain interval")
    horizon_months: int | None = Field(
        default=None, ge=1, le=120, description="months to compare over (24)"
    )

    def options(self) -> dict[str, Any]:
        """The cost options that were set (everything but the description)."""
        return self.model_dump(exclude_none=True, exclude={"description"})


class SearchInput(_Arguments):
    """Passages of the curated guidance that answer a question, with their sources."""

    query: str = Field(description="a question, e.g. 'what are the risks of overfitting?'")
    k: int = Field(default=3, ge=1, le=10, description="how many passages at most")
