"""Which inputs move the break-even most: each moved down and up alone, the others held.

For an input the totals are linear in (volume, token counts, prices, label cost, training,
hosting, engineering effort), the value at which the option cheaper over the horizon
changes is solved exactly from two points; the retraining interval is a step function and
is searched month by month.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assistant.costs.projection import Inputs, outcome, retrain_months

MILLION = Decimal(10**6)
HALF = Decimal("0.5")
ONE_AND_HALF = Decimal("1.5")
PRICE_PLACES = Decimal("0.0001")  # dollars per 1M tokens


@dataclass(frozen=True, slots=True)
class Knob:
    """An input the analysis moves, in the units a person reads it in."""

    name: str
    unit: str
    get: Callable[[Inputs], Decimal]
    set: Callable[[Inputs, Decimal], Inputs]
    integral: bool = False
    applies: Callable[[Inputs], bool] = lambda inputs: True
    places: Decimal = Decimal("0.01")  # how finely a non-integral threshold is shown


@dataclass(frozen=True, slots=True)
class Swing:
    knob: Knob
    base: Decimal
    low: Decimal
    high: Decimal
    break_even_low: int | None
    break_even_high: int | None
    flips_at: Decimal | None

    def impact(self, horizon: int) -> int:
        """Months the break-even moves between low and high (never = past the horizon)."""
        low = horizon + 1 if self.break_even_low is None else self.break_even_low
        high = horizon + 1 if self.break_even_high is None else self.break_even_high
        return abs(high - low)


def _knob(
    name: str,
    unit: str,
    get: Callable[[Inputs], Decimal],
    put: Callable[[Inputs, Decimal], Inputs],
    *,
    integral: bool = False,
    only_when_positive: bool = False,
    applies: Callable[[Inputs], bool] | None = None,
    places: Decimal = Decimal("0.01"),
) -> Knob:
    def positive(inputs: Inputs) -> bool:
        return not only_when_positive or get(inputs) > 0

    return Knob(name, unit, get, put, integral=integral, applies=applies or positive, places=places)


#: The linear inputs, in the order they are listed when their impact ties. Prices are
#: held per token and shown per 1M tokens.
LINEAR_KNOBS: tuple[Knob, ...] = (
    _knob(
        "monthly requests",
        "requests",
        lambda i: i.monthly_requests,
        lambda i, v: i.changed(monthly_requests=v),
        integral=True,
    ),
    _knob(
        "prompt tokens per request",
        "tokens",
        lambda i: i.prompt_tokens,
        lambda i, v: i.changed(prompt_tokens=v),
        integral=True,
    ),
    _knob(
        "output tokens per request",
        "tokens",
        lambda i: i.output_tokens,
        lambda i, v: i.changed(output_tokens=v),
        integral=True,
    ),
    _knob(
        "fine-tuned prompt tokens per request",
        "tokens",
        lambda i: i.fine_tuned_prompt_tokens,
        lambda i, v: i.changed(fine_tuned_prompt_tokens=v),
        integral=True,
    ),
    _knob(
        "input price",
        "USD per 1M tokens",
        lambda i: i.input_price * MILLION,
        lambda i, v: i.changed(input_price=v / MILLION),
        places=PRICE_PLACES,
    ),
    _knob(
        "fine-tuned input price",
        "USD per 1M tokens",
        lambda i: i.fine_tuned_input_price * MILLION,
        lambda i, v: i.changed(fine_tuned_input_price=v / MILLION),
        places=PRICE_PLACES,
    ),
    _knob(
        "training cost per run",
        "USD",
        lambda i: i.training,
        lambda i, v: i.changed(training=v),
        only_when_positive=True,
    ),
    _knob(
        "labeling cost per item",
        "USD",
        lambda i: i.label_cost,
        lambda i, v: i.changed(label_cost=v),
        applies=lambda i: i.labels_to_make > 0,
    ),
    _knob(
        "hosting per month",
        "USD",
        lambda i: i.hosting,
        lambda i, v: i.changed(hosting=v),
        only_when_positive=True,
    ),
    _knob(
        "prompt-engineering effort",
        "USD",
        lambda i: i.engineering,
        lambda i, v: i.changed(engineering=v),
    ),
    _knob(
        "fine-tuning engineering effort",
        "USD",
        lambda i: i.data_engineering,
        lambda i, v: i.changed(data_engineering=v),
    ),
)

RETRAIN_NAME = "retraining interval"


def analyse(inputs: Inputs) -> list[Swing]:
    """Every applicable input moved -50% and +50% (the retraining interval halved and
    doubled), most impact on the break-even month first."""
    base_gap = _gap(inputs)
    swings = [_linear(knob, inputs, base_gap) for knob in LINEAR_KNOBS if knob.applies(inputs)]
    swings.append(_retraining(inputs, base_gap))
    order = {knob.name: index for index, knob in enumerate(LINEAR_KNOBS)}
    swings.sort(key=lambda s: (-s.impact(inputs.horizon), order.get(s.knob.name, len(order))))
    return swings


def _gap(inputs: Inputs) -> Decimal:
    """Fine-tuning's total minus prompting's at the horizon (<= 0: fine-tuning pays off)."""
    return outcome(inputs).gap


def _linear(knob: Knob, inputs: Inputs, base_gap: Decimal) -> Swing:
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
    return Swing(
        knob=knob,
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


def _retraining(inputs: Inputs, base_gap: Decimal) -> Swing:
    every = inputs.retrain_every
    low, high = max(1, every // 2), every * 2
    knob = Knob(
        RETRAIN_NAME,
        "months",
        lambda i: Decimal(i.retrain_every),
        lambda i, v: i.changed(retrain_every=int(v)),
        integral=True,
    )
    return Swing(
        knob=knob,
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
