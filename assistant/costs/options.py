"""What a person can set for a cost estimate, and the documented defaults for the rest.

Precedence for every input: a ``CostOptions`` value (an option the person typed), then the
description (``Constraints``), then the shipped template or price row, then the default
below. Every default that is used appears in the report as an assumption with its ``why``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from assistant.constraints import Change, Domain, Task

#: Longest horizon the engine compares over (ten years).
MAX_HORIZON_MONTHS = 120
#: More than this many requests a month (~3,800 a second, all month) is taken as a typo.
MAX_MONTHLY_REQUESTS = 10_000_000_000
#: Prompts longer than this are priced, with a warning that the estimate of how much
#: fine-tuning shortens them (the template's share of instructions and examples) is
#: unreliable: a prompt this long is mostly context that fine-tuning does not remove.
LONG_PROMPT_TOKENS = 32_000
#: Hours a month a deployed model is billed for (24 x 365 / 12).
HOURS_PER_MONTH = Decimal(730)


@dataclass(frozen=True, kw_only=True)
class CostOptions:
    """Inputs a person sets directly (``advisor cost`` / ``advisor ask`` options).

    Unset fields (None) fall back to the description, then to the documented defaults.
    Values are checked when the estimate runs (``CostInputError`` with a sentence for the
    person), not here, so that every edge reports a bad figure the same way.

    >>> CostOptions(model="gpt-4o-mini", monthly_requests=50_000).horizon_months
    24
    """

    horizon_months: int = 24
    model: str | None = None  # a profile or model id from the price table
    fine_tune_model: str | None = None  # the model to fine-tune, when not the profile's
    #: The day the comparison starts: "checked within six months" and shutdowns inside the
    #: horizon are judged from it. None: the price table's newest ``checked`` date (the
    #: core reads no clock; the CLI and Slack pass the real date).
    today: date | None = None
    #: Price prompting through the provider's Batch API (None: when the description says
    #: latency does not matter).
    batch: bool | None = None
    monthly_requests: int | None = None
    volume_growth_pct: Decimal | None = None  # per month
    prompt_tokens: int | None = None  # the prompting path's input per request
    prompt_text: str | None = None  # a pasted prompt, counted exactly
    fine_tuned_prompt_tokens: int | None = None
    output_tokens: int | None = None
    few_shot_k: int | None = None
    # Prices a person sets, in USD: per 1M tokens, or per hour.
    input_price_per_1m: Decimal | None = None
    output_price_per_1m: Decimal | None = None
    fine_tuned_input_price_per_1m: Decimal | None = None
    fine_tuned_output_price_per_1m: Decimal | None = None
    training_price_per_1m: Decimal | None = None
    hosting_per_hour: Decimal | None = None
    # Effort and data.
    training_examples: int | None = None
    epochs: int | None = None
    label_cost_per_item: Decimal | None = None
    prompt_engineering_hours: Decimal | None = None
    fine_tuning_engineering_hours: Decimal | None = None
    engineering_rate_per_hour: Decimal | None = None
    retrain_every_months: int | None = None
    sensitivity: bool = True  # False skips the one-at-a-time analysis


@dataclass(frozen=True, kw_only=True)
class Default:
    """One documented default: its value and why it is a sensible guess."""

    value: Decimal
    why: str
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class CostDefaults:
    """Every default the cost engine may use, in one place."""

    monthly_requests: Default
    volume_growth_pct: Default
    training_examples: Default
    training_examples_cap: Default
    epochs: Default
    label_cost_general: Default
    label_cost_expert: Default
    prompt_engineering_hours: Default
    fine_tuning_engineering_hours: Default
    engineering_rate_per_hour: Default
    retrain_every_months: Default
    retrain_every_months_frequent: Default
    retrain_every_months_stable: Default
    serving_instances: Default
    task: Task
    task_why: str


DEFAULTS = CostDefaults(
    monthly_requests=Default(
        value=Decimal(10_000),
        why="The description gives no volume; 10,000 requests a month (~330 a day) is a "
        "modest production workload. Volume moves the answer most: state it.",
        cites=("mastering.scales-with-use",),
    ),
    volume_growth_pct=Default(
        value=Decimal(0), why="No growth stated: the volume is held flat over the horizon."
    ),
    training_examples=Default(
        value=Decimal(1_000),
        why="A typical first production training set; OpenAI suggests starting from 50-100 "
        "examples and reports gains as the set grows.",
    ),
    training_examples_cap=Default(
        value=Decimal(20_000),
        why="A training set this size covers one task's variety; beyond it each added example "
        "buys little while training and every retraining's fresh labels grow with the set, "
        "so a team with more labels trains on a sample of them. Set --training-examples to "
        "price another size.",
    ),
    epochs=Default(value=Decimal(3), why="OpenAI's usual default for a training set of this size."),
    label_cost_general=Default(
        value=Decimal("0.50"),
        why="Labeling by trained annotators, with review, for a general-domain item.",
        cites=("hidden-cost.data-preparation",),
    ),
    label_cost_expert=Default(
        value=Decimal("3.00"),
        why="Healthcare, legal and finance items need specialist annotators, several times "
        "the cost of general labeling.",
        cites=("hidden-cost.data-preparation",),
    ),
    prompt_engineering_hours=Default(
        value=Decimal(40),
        why="About a week of an engineer's time to write, test and evaluate the prompt.",
        cites=("hidden-cost.prompt-evaluation-time", "mastering.cost-table-initial"),
    ),
    fine_tuning_engineering_hours=Default(
        value=Decimal(80),
        why="About two weeks of an engineer's time to clean and format the training data, "
        "run training and evaluate the model: fine-tuning needs more upfront expertise "
        "than prompting.",
        cites=("hidden-cost.data-preparation", "mastering.upfront-compute-expertise"),
    ),
    engineering_rate_per_hour=Default(
        value=Decimal(100), why="A loaded engineering cost per hour."
    ),
    retrain_every_months=Default(
        value=Decimal(6),
        why="A fine-tuned model needs periodic retraining on fresh data; twice a year when "
        "the description does not say how often requirements change.",
        cites=("mastering.retraining",),
    ),
    retrain_every_months_frequent=Default(
        value=Decimal(3),
        why="Requirements change often: retrained every quarter.",
        cites=("mastering.retraining",),
    ),
    retrain_every_months_stable=Default(
        value=Decimal(12),
        why="Requirements are stable: retrained once a year.",
        cites=("mastering.retraining",),
    ),
    serving_instances=Default(value=Decimal(1), why="One rented GPU serves the fine-tuned model."),
    task=Task.CHAT,
    task_why="The description names no task; a chat assistant is the most common production "
    "use and a mid-sized prompt.",
)

EXPERT_DOMAINS = frozenset({Domain.HEALTHCARE, Domain.LEGAL, Domain.FINANCE})

RETRAIN_BY_CHANGE = {
    Change.FREQUENT: DEFAULTS.retrain_every_months_frequent,
    Change.OCCASIONAL: DEFAULTS.retrain_every_months,
    Change.STABLE: DEFAULTS.retrain_every_months_stable,
}
