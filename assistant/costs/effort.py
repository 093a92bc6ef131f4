"""Effort sized to the project, what a retraining costs beyond compute, and the budget check.

A weekend bot is hours of work, a regulated launch weeks: the engineering defaults follow
the project's scale (read from its budget, volume, domain and stakes), and every figure
used is listed as an assumption. A budget below an option's up-front cost gets a warning
that names the budget.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from assistant.constraints import Constraints
from assistant.costs.money import format_usd
from assistant.costs.options import EXPERT_DOMAINS
from assistant.costs.projection import Inputs
from assistant.costs.provenance import Record

#: Below these a project is small (a side project, an internal tool, a hobby bot).
SMALL_BUDGET_USD = Decimal(1_000)
SMALL_MONTHLY_REQUESTS = 1_000
SMALL_MONTHLY_BUDGET_USD = Decimal(100)
#: Share of the training set relabeled for each retraining (fresh examples of what changed).
RELABEL_SHARE = Decimal("0.2")


class Scale(StrEnum):
    SMALL = "small"
    STANDARD = "standard"
    REGULATED = "regulated"


#: (prompt-engineering hours, fine-tuning engineering hours, evaluation hours per retraining)
HOURS: dict[Scale, tuple[Decimal, Decimal, Decimal]] = {
    Scale.SMALL: (Decimal(6), Decimal(24), Decimal(2)),
    Scale.STANDARD: (Decimal(40), Decimal(80), Decimal(8)),
    Scale.REGULATED: (Decimal(60), Decimal(100), Decimal(16)),
}
WHY: dict[Scale, str] = {
    Scale.SMALL: "A small project (budget under $1,000 or under 1,000 requests a month): "
    "most of a day to write and try the prompt; a few days to prepare data and train.",
    Scale.STANDARD: "A production project: about a week to write, test and evaluate the "
    "prompt; about two weeks to clean data, train and evaluate a model.",
    Scale.REGULATED: "A regulated or high-stakes project (compliance, accuracy-critical or "
    "an expert domain): a week and a half of prompt work with review, and two and a half "
    "weeks to prepare, train and validate a model.",
}

#: Why a team that has fine-tuned before is charged a retraining's engineering hours.
TUNED_BEFORE_WHY = (
    "The team has fine-tuned a model already: its data is prepared and its training "
    "pipeline runs, so the next model takes a retraining's evaluation work, not the first "
    "model's data preparation."
)


def scale_of(constraints: Constraints) -> Scale:
    """How big a project the description reads as."""
    if (
        constraints.compliance
        or constraints.accuracy_critical
        or constraints.domain in EXPERT_DOMAINS
    ):
        return Scale.REGULATED
    small_budget = (
        constraints.budget_usd is not None and constraints.budget_usd < SMALL_BUDGET_USD
    ) or (
        constraints.monthly_budget_usd is not None
        and constraints.monthly_budget_usd < SMALL_MONTHLY_BUDGET_USD
    )
    small_volume = (
        constraints.monthly_requests is not None
        and constraints.monthly_requests < SMALL_MONTHLY_REQUESTS
    )
    return Scale.SMALL if small_budget or small_volume else Scale.STANDARD


def retraining_extra(
    *, examples: int, label_cost: Decimal, rate: Decimal, scale: Scale, record: Record
) -> Decimal:
    """Fresh labels and evaluation for each retraining, listed as an assumption."""
    relabel = (Decimal(examples) * RELABEL_SHARE).to_integral_value()
    hours = HOURS[scale][2]
    extra = relabel * label_cost + hours * rate
    record.assume(
        "each retraining beyond compute",
        format_usd(extra),
        why=f"{relabel:,.0f} fresh labels ({RELABEL_SHARE * 100:.0f}% of the training set) at "
        f"{format_usd(label_cost)} and {hours.normalize():f} hours of evaluation at "
        f"{format_usd(rate)}/hour: a retrained model needs new examples of what changed "
        "and a check that it still does the task.",
        cites=("mastering.retraining",),
    )
    return extra


def check_budget(constraints: Constraints, inputs: Inputs, *, record: Record) -> None:
    """Warn when an option's up-front cost is more than the stated budget, or its first
    month more than the stated monthly budget."""
    monthly = inputs.monthly_requests * inputs.prompting_per_request
    per_month = constraints.monthly_budget_usd
    if per_month is not None:
        tuned = inputs.monthly_requests * inputs.fine_tuned_per_request + inputs.hosting
        for name, cost in (("Prompting", monthly), ("Fine-tuning", tuned)):
            if cost > per_month:
                record.warn(
                    f"{name} costs about {format_usd(cost)} a month, above the "
                    f"{format_usd(per_month)} monthly budget."
                )
    budget = constraints.budget_usd
    if budget is None:
        return
    shown = format_usd(budget)
    if inputs.engineering > budget:
        record.warn(
            f"Prompting's up-front cost, {format_usd(inputs.engineering)} of engineering "
            f"time, is above the {shown} budget; if that time is the team's own, the cash "
            f"cost is the model bill, about {format_usd(monthly)} a month."
        )
    if inputs.fine_tuning_one_off > budget:
        record.warn(
            f"Fine-tuning's up-front cost, {format_usd(inputs.fine_tuning_one_off)} (labels, "
            f"engineering and training), is above the {shown} budget: it does not fit "
            "without more budget or fewer, cheaper labels."
        )
