"""The cost engine's result: prompting against fine-tuning, month by month, with its inputs.

``json_data(report)`` (``assistant.records``) is what the JSON answer shows under ``costs``. Money
totals are numbers rounded to cents, unit prices are numbers as listed (dollars per
``unit``), counts are integers, dates are ISO 8601 strings. Every figure names what it
rests on: the price rows (source, checked date), the token counts, and the assumptions
(the documented defaults that filled what the description did not say).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from assistant.costs.money import Money, Number
from assistant.costs.prices import PriceItem, PriceUnit, ProfileKind
from assistant.costs.tokens import EncodingName
from assistant.facts import CostFacts
from assistant.vocabulary import Approach


class InputSource(StrEnum):
    OPTION = "option"  # set directly by the person (a CLI option)
    DESCRIPTION = "description"  # stated in the text
    TEMPLATE = "template"  # counted from the shipped prompt template
    DEFAULT = "default"  # a documented default: listed under assumptions


class TokenSource(StrEnum):
    TEMPLATE = "template"  # counted from the shipped template for the task
    STATED = "stated"  # a figure the person gave ("our prompt is ~1,500 tokens")
    PASTED = "pasted"  # the person's own prompt text, counted
    DOCUMENT = "document"  # the template around a document of the size the text gives


@dataclass(frozen=True, kw_only=True)
class ProfileUsed:
    """A price file's ``Profile`` as compared, with whether its fine-tuning is still
    offered. Not a subclass: the JSON has that key between the models and ``why``."""

    id: str
    title: str
    kind: ProfileKind
    prompting_model: str
    fine_tuning_model: str
    fine_tuning_available: bool
    why: str


@dataclass(frozen=True, kw_only=True)
class PriceUsed:
    """A price row as the estimate used it (or the person's own price)."""

    row: str  # model/item
    item: PriceItem
    price: Number
    unit: PriceUnit
    source: str
    checked: date | None  # None for a price the person set
    available: bool
    retired: date | None = None
    set_by_person: bool = False
    note: str | None = None
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class TokenCounts:
    """Tokens per request, as priced."""

    encoding: EncodingName
    exact: bool  # counted with the prompting model's own tokenizer
    fine_tuned_exact: bool
    source: TokenSource
    task: str
    few_shot_k: int
    prompting_input: int  # instructions + k examples + input, chat overhead included
    prompting_input_without_examples: int
    fine_tuned_input: int  # short instruction + input
    output: int
    training_tokens_per_example: int
    #: Prompt tokens per request billed at the cached-input price (0: none).
    prompting_input_cached: int = 0
    #: Tokens of the document each request carries, when the description gives its size.
    document: int | None = None


@dataclass(frozen=True, kw_only=True)
class Assumption:
    name: str
    value: str
    why: str
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Given:
    """An input the person gave (an option or the description), as used."""

    name: str
    value: str
    source: InputSource


@dataclass(frozen=True, kw_only=True)
class PromptingCosts:
    one_off: Money  # prompt engineering
    engineering_hours: Number
    engineering_rate: Money
    per_request: Number
    monthly: Money  # first month
    total: Money  # over the horizon, one-off included
    basis: str


@dataclass(frozen=True, kw_only=True)
class FineTuningCosts:
    one_off: Money  # data preparation + training
    data_preparation: Money  # labeling + engineering
    labeling: Money
    labels_to_make: int
    label_cost_per_item: Money
    engineering: Money  # preparing data, running and evaluating training
    engineering_hours: Number
    training: Money
    training_examples: int
    training_tokens: int  # examples x tokens per example x epochs
    epochs: int
    training_hours: Number | None  # for hour-priced training
    per_request: Number
    monthly: Money  # first month: inference + hosting
    inference: Money  # first month
    hosting: Money  # per month
    serving_instances: int
    retraining_cost: Money  # per retraining
    retrain_every_months: int
    retrain_months: tuple[int, ...]  # months whose cost includes a retraining
    total: Money
    basis: str


@dataclass(frozen=True, kw_only=True)
class Series:
    """Cumulative cost at the end of each month; index 0 is launch (one-off costs only)."""

    prompting: tuple[Money, ...]
    fine_tuning: tuple[Money, ...]
    monthly_requests: tuple[int, ...]  # requests in months 1..horizon


@dataclass(frozen=True, kw_only=True)
class Sensitivity:
    """One input moved down and up with the others held: the break-even each way, and the
    value at which the option cheaper over the horizon changes (None: it does not)."""

    input: str
    unit: str
    base: Number
    low: Number
    high: Number
    break_even_low: int | None
    break_even_high: int | None
    flips_at: Number | None

    def impact(self, horizon: int) -> int:
        """Months the break-even moves between low and high (never = past the horizon)."""
        low = horizon + 1 if self.break_even_low is None else self.break_even_low
        high = horizon + 1 if self.break_even_high is None else self.break_even_high
        return abs(high - low)


@dataclass(frozen=True, kw_only=True)
class CostReport:
    """Prompting against fine-tuning over ``horizon_months``, in USD."""

    currency: Literal["USD"] = "USD"
    horizon_months: int
    profile: ProfileUsed
    prices: tuple[PriceUsed, ...]
    tokens: TokenCounts
    monthly_requests: int  # in month 1
    volume_growth_pct: Number  # per month
    volume_known: bool
    prompting: PromptingCosts
    fine_tuning: FineTuningCosts
    series: Series
    cheaper: Approach  # over the horizon: prompting or fine-tuning
    savings: Money  # of the cheaper option over the horizon
    savings_pct: Number
    break_even_month: int | None  # from this month on, fine-tuning stays cheaper
    break_even_reason: str | None
    break_even_monthly_requests: int | None
    break_even_monthly_requests_reason: str | None
    sensitivity: tuple[Sensitivity, ...]
    assumptions: tuple[Assumption, ...]
    given: tuple[Given, ...]
    warnings: tuple[str, ...]
    budget_usd: Money | None
    #: The day the comparison starts (month 1 begins): the day passed in, else the price
    #: table's newest ``checked`` date. Shutdowns and price age are judged from it.
    starts_on: date | None = None

    def facts(self) -> CostFacts:
        """What the rule engine may read from the costs."""
        return CostFacts(
            break_even_month=self.break_even_month,
            fine_tuning_pays_off=self.break_even_month is not None,
            prompting_monthly_usd=self.prompting.monthly,
            fine_tuning_monthly_usd=self.fine_tuning.monthly,
            fine_tuning_one_off_usd=self.fine_tuning.one_off,
            fine_tuning_one_off_exceeds_budget=(
                None if self.budget_usd is None else self.fine_tuning.one_off > self.budget_usd
            ),
            prompt_tokens_per_request=self.tokens.prompting_input,
            volume_known=self.volume_known,
        )

    def price(self, item: PriceItem) -> PriceUsed | None:
        for row in self.prices:
            if row.item is item:
                return row
        return None
