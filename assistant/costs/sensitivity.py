"""Which inputs move the break-even most: each moved down and up alone, the others held.

For an input the totals are linear in (volume, token counts, prices, label cost, training,
hosting, engineering effort), the value at which the option cheaper over the horizon
changes is solved exactly from two points; the retraining interval is a step function and
is searched month by month.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assistant.costs.projection import INPUT_FIELDS, Inputs, outcome, retrain_months
from assistant.costs.report import Sensitivity

MILLION = Decimal(10**6)
HALF = Decimal("0.5")
ONE_AND_HALF = Decimal("1.5")
PRICE_PLACES = Decimal("0.0001")  # dollars per 1M tokens


@dataclass(frozen=True, slots=True)
class Knob:
    """An input the analysis moves: the ``Inputs`` field it sets, shown to a person in
    ``unit`` (the held value times ``scale``: prices are held per token, shown per 1M)."""

    name: str
    unit: str
    field: str
    scale: Decimal = Decimal(1)
    integral: bool = False
    needs: str | None = None  # a field that must be above zero for the input to apply
    places: Decimal = Decimal("0.01")  # how finely a non-integral threshold is shown

    def __post_init__(self) -> None:
        for name in (self.field, self.needs):
            if name is not None and name not in INPUT_FIELDS:
                raise ValueError(f"knob {self.name!r}: Inputs has no field {name!r}")

    def get(self, inputs: Inputs) -> Decimal:
        value = Decimal(getattr(inputs, self.field))
        return value if self.scale == 1 else value * self.scale

    def set(self, inputs: Inputs, value: Decimal) -> Inputs:
        held = value if self.scale == 1 else value / self.scale
        return inputs.changed(**{self.field: held})

    def applies(self, inputs: Inputs) -> bool:
        return self.needs is None or bool(getattr(inputs, self.needs) > 0)


#: The linear inputs, in the order they are listed when their impact ties.
LINEAR_KNOBS: tuple[Knob, ...] = (
    Knob("monthly requests", "requests", "monthly_requests", integral=True),
    Knob("prompt tokens per request", "tokens", "prompt_tokens", integral=True),
    Knob("output tokens per request", "tokens", "output_tokens", integral=True),
    Knob(
        "fine-tuned prompt tokens per request",
        "tokens",
        "fine_tuned_prompt_tokens",
        integral=True,
    ),
    Knob("input price", "USD per 1M tokens", "input_price", MILLION, places=PRICE_PLACES),
    Knob(
        "fine-tuned input price",
        "USD per 1M tokens",
        "fine_tuned_input_price",
        MILLION,
        places=PRICE_PLACES,
    ),
    Knob("training cost per run", "USD", "training", needs="training"),
    Knob("labeling cost per item", "USD", "label_cost", needs="labels_to_make"),
    Knob("hosting per month", "USD", "hosting", needs="hosting"),
    Knob("prompt-engineering effort", "USD", "engineering"),
    Knob("fine-tuning engineering effort", "USD", "data_engineering"),
)

RETRAIN_NAME = "retraining interval"


def analyse(inputs: Inputs) -> list[Sensitivity]:
    """Every applicable input moved -50% and +50% (the retraining interval halved and
    doubled), most impact on the break-even month first."""
    base_gap = _gap(inputs)
    swings = [_linear(knob, inputs, base_gap) for knob in LINEAR_KNOBS if knob.applies(inputs)]
    swings.append(_retraining(inputs, base_gap))
    order = {knob.name: index for index, knob in enumerate(LINEAR_KNOBS)}
    swings.sort(key=lambda s: (-s.impact(inputs.horizon), order.get(s.input, len(order))))
    return swings


def _gap(inputs: Inputs) -> Decimal:
    """Fine-tuning's total minus prompting's at the horizon (<= 0: fine-tuning pays off)."""
    return outcome(inputs).gap


def _linear(knob: Knob, inputs: Inputs, base_gap: Decimal) -> Sensitivity:
    base = knob.get(inputs)
    low, high = base * HALF, base * ONE_AND_HALF
    if knob.integral:
        low, high = _whole(low), _whole(high)
    low_outcome = outcome(knob.set(inputs, low))
    high_outcome = outcome(knob.set(inputs, high))
    flips_at = None
    if high != base:
        slope = (high_outcome.gap - base_gap) / (high - base)
        flips_at = _root(base=base, gap=base_gap, slope=slope, knob=knob)
    return Sensitivity(
        input=knob.name,
        unit=knob.unit,
        base=base,
        low=low,
        high=high,
        break_even_low=low_outcome.break_even_month,
        break_even_high=high_outcome.break_even_month,
        flips_at=flips_at,
    )


def _root(*, base: Decimal, gap: Decimal, slope: Decimal, knob: Knob) -> Decimal | None:
    """Where the straight line through (base, gap) with ``slope`` crosses zero, as the
    first value on the fine-tuning side; None for a flat line or a negative value."""
    if not slope:
        return None
    root = base - gap / slope
    if root < 0:
        return None
    if knob.integral:
        # Fine-tuning is cheaper above the root when the gap falls with the input.
        return Decimal(math.ceil(root) if slope < 0 else math.floor(root))
    return root.quantize(knob.places, rounding=ROUND_HALF_UP)


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _retraining(inputs: Inputs, base_gap: Decimal) -> Sensitivity:
    every = inputs.retrain_every
    low, high = max(1, every // 2), every * 2
    return Sensitivity(
        input=RETRAIN_NAME,
        unit="months",
        base=Decimal(every),
        low=Decimal(low),
        high=Decimal(high),
        break_even_low=outcome(inputs.changed(retrain_every=low)).break_even_month,
        break_even_high=outcome(inputs.changed(retrain_every=high)).break_even_month,
        flips_at=_retraining_flip(inputs, base_gap),
    )


def _retraining_flip(inputs: Inputs, base_gap: Decimal) -> Decimal | None:
    """The interval at which the cheaper option changes: the longest interval that still
    leaves fine-tuning dearer when it pays off now, or the shortest that makes it pay off
    when it does not. Only the number of retrainings in the horizon depends on the
    interval, so each candidate's gap is the base gap plus the runs it adds or removes."""
    pays_off = base_gap <= 0
    every = inputs.retrain_every
    runs = len(retrain_months(every=every, horizon=inputs.horizon))
    if pays_off:
        candidates = range(every - 1, 0, -1)
    else:
        candidates = range(every + 1, max(every, inputs.horizon) + 1)
    for interval in candidates:
        extra = len(retrain_months(every=interval, horizon=inputs.horizon)) - runs
        if (base_gap + extra * inputs.retraining_run <= 0) != pays_off:
            return Decimal(interval)
    return None
