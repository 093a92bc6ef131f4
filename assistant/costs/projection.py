"""The arithmetic: cumulative cost of each option month by month, and where they cross.

    prompting, month 0      = prompt-engineering effort
    prompting, month m      = + requests(m) x (input tokens x input price
                                               + output tokens x output price)
    fine-tuning, month 0    = data preparation (labels to make x cost per label
                              + data engineering effort) + one training run
    fine-tuning, month m    = + requests(m) x (fine-tuned input tokens x fine-tuned input price
                                               + output tokens x fine-tuned output price)
                              + hosting per month
                              + one retraining in months r+1, 2r+1, ... (compute, fresh
                                labels and evaluation)
    requests(m)             = monthly requests x (1 + growth)^(m-1)

Everything is exact ``Decimal``; nothing here rounds. The model is retrained after every
``r`` months of service, so the model serving month ``r+1`` is fresh.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from typing import Any

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True)  # no slots: ``changed`` copies the instance's dictionary
class Inputs:
    """Every figure the projection needs, resolved and in base units (per token, per month)."""

    horizon: int
    monthly_requests: Decimal
    growth: Decimal  # per month, as a fraction (0.05 = 5%)
    prompt_tokens: Decimal  # prompting path, per request
    fine_tuned_prompt_tokens: Decimal
    output_tokens: Decimal
    input_price: Decimal  # USD per token
    output_price: Decimal
    fine_tuned_input_price: Decimal
    fine_tuned_output_price: Decimal
    engineering: Decimal  # prompting one-off
    labels_to_make: Decimal
    label_cost: Decimal  # per label
    data_engineering: Decimal  # preparing data, running and evaluating training
    training: Decimal  # one training run
    hosting: Decimal  # per month
    retrain_every: int  # months
    #: What a retraining costs beyond the training run: fresh labels and evaluation.
    retraining_extra: Decimal = Decimal(0)

    @property
    def retraining_run(self) -> Decimal:
        """One retraining: the training run plus fresh labels and evaluation."""
        return self.training + self.retraining_extra

    def changed(self, **changes: Any) -> Inputs:
        """A copy with ``changes``: ``dataclasses.replace`` without its per-call
        introspection (the sensitivity analysis makes a few dozen copies per answer)."""
        unknown = changes.keys() - INPUT_FIELDS
        if unknown:
            raise TypeError(f"Inputs has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(Inputs)
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy

    @property
    def prompting_per_request(self) -> Decimal:
        return self.prompt_tokens * self.input_price + self.output_tokens * self.output_price

    @property
    def fine_tuned_per_request(self) -> Decimal:
        return (
            self.fine_tuned_prompt_tokens * self.fine_tuned_input_price
            + self.output_tokens * self.fine_tuned_output_price
        )

    @property
    def labeling(self) -> Decimal:
        return self.labels_to_make * self.label_cost

    @property
    def data_preparation(self) -> Decimal:
        return self.labeling + self.data_engineering

    @property
    def fine_tuning_one_off(self) -> Decimal:
        return self.data_preparation + self.training


#: The names of the fields of ``Inputs``.
INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Inputs))


@dataclass(frozen=True, slots=True)
class Projection:
    prompting: tuple[Decimal, ...]  # cumulative; index = month, 0 = launch
    fine_tuning: tuple[Decimal, ...]
    requests: tuple[Decimal, ...]  # months 1..horizon
    retrain_months: tuple[int, ...]


@lru_cache(maxsize=512)
def retrain_months(*, every: int, horizon: int) -> tuple[int, ...]:
    """Months whose cost includes a retraining: r+1, 2r+1, ... up to the horizon."""
    return tuple(range(every + 1, horizon + 1, every))


def project(inputs: Inputs, *, horizon: int | None = None) -> Projection:
    """Cumulative costs of both options for months 0..horizon."""
    months = inputs.horizon if horizon is None else horizon
    per_prompted = inputs.prompting_per_request
    per_tuned = inputs.fine_tuned_per_request
    retrains = retrain_months(every=inputs.retrain_every, horizon=months)
    retrain_set = set(retrains)
    factor = ONE + inputs.growth
    hosting, training = inputs.hosting, inputs.retraining_run
    prompted_total, tuned_total = inputs.engineering, inputs.fine_tuning_one_off
    prompting = [prompted_total]
    fine_tuning = [tuned_total]
    requests: list[Decimal] = []
    volume = inputs.monthly_requests
    # Without growth every month costs the same: multiply once, then only add (this runs
    # a few dozen times per answer for the sensitivity analysis).
    prompted_month = volume * per_prompted
    tuned_month = volume * per_tuned + hosting
    for month in range(1, months + 1):
        if month > 1 and inputs.growth:
            volume *= factor
            prompted_month = volume * per_prompted
            tuned_month = volume * per_tuned + hosting
        requests.append(volume)
        prompted_total += prompted_month
        tuned_total += tuned_month
        if month in retrain_set:
            tuned_total += training
        prompting.append(prompted_total)
        fine_tuning.append(tuned_total)
    return Projection(
        prompting=tuple(prompting),
        fine_tuning=tuple(fine_tuning),
        requests=tuple(requests),
        retrain_months=retrains,
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the sensitivity analysis needs of a projection, without its series."""

    break_even_month: int | None
    gap: Decimal  # fine-tuning's cumulative cost minus prompting's at the horizon


def outcome(inputs: Inputs, *, horizon: int | None = None) -> Outcome:
    """``break_even_month(project(inputs))`` and the final gap. Without volume growth (the
    usual case, run a few dozen times per answer by the sensitivity analysis) it is settled
    in closed form; with growth, from the projection."""
    months = inputs.horizon if horizon is None else horizon
    if not inputs.growth:
        return _flat_outcome(inputs, months=months)
    projection = project(inputs, horizon=months)
    return Outcome(
        break_even_month=break_even_month(projection),
        gap=projection.fine_tuning[-1] - projection.prompting[-1],
    )


def _flat_outcome(inputs: Inputs, *, months: int) -> Outcome:
    """``outcome`` without volume growth, in closed form. The gap (fine-tuning minus
    prompting) in month m is g0 + m*d + k*T, with k the retrainings so far: a straight line
    between retrainings, so each stretch is settled from its ends instead of month by
    month."""
    # The same arithmetic as the properties and ``project``, read once into locals: this
    # runs a few dozen times per answer.
    volume, output, training = inputs.monthly_requests, inputs.output_tokens, inputs.retraining_run
    tuned = inputs.fine_tuned_prompt_tokens * inputs.fine_tuned_input_price
    tuned += output * inputs.fine_tuned_output_price
    prompted = inputs.prompt_tokens * inputs.input_price + output * inputs.output_price
    d = volume * tuned + inputs.hosting
    d -= volume * prompted
    one_off = inputs.labels_to_make * inputs.label_cost + inputs.data_engineering + inputs.training
    g0 = one_off - inputs.engineering
    retrains = retrain_months(every=inputs.retrain_every, horizon=months)
    bounds = (0, *retrains, months + 1)
    last_dearer: int | None = None  # the last month in which fine-tuning costs more
    for stretch in range(len(bounds) - 2, -1, -1):
        first, last = bounds[stretch], bounds[stretch + 1] - 1
        base = g0 + stretch * training
        if base + last * d > 0:
            last_dearer = last
            break
        if d >= 0 or base + first * d <= 0:
            continue  # the whole stretch is at or below zero
        # Falling line, above zero at `first`: the last month above zero is the largest m
        # with base + m*d > 0, i.e. m < -base/d.
        last_dearer = math.ceil(-base / d) - 1
        break
    gap = g0 + months * d + len(retrains) * training
    if last_dearer == months:
        return Outcome(break_even_month=None, gap=gap)
    return Outcome(break_even_month=0 if last_dearer is None else last_dearer + 1, gap=gap)


def break_even_month(projection: Projection) -> int | None:
    """The first month from which fine-tuning's cumulative cost stays at or below
    prompting's through the horizon; None when it is dearer at the horizon."""
    found: int | None = None
    for month in range(len(projection.prompting) - 1, -1, -1):
        if projection.fine_tuning[month] > projection.prompting[month]:
            break
        found = month
    return found


def growth_sum(*, growth: Decimal, months: int) -> Decimal:
    """Requests over ``months`` per request of month 1: sum of (1 + growth)^(m-1)."""
    if not growth:
        return Decimal(months)
    total, term, factor = ZERO, ONE, ONE + growth
    for _ in range(months):
        total += term
        term *= factor
    return total


def break_even_volume(inputs: Inputs) -> Decimal | None:
    """The month-1 volume at which fine-tuning is no dearer than prompting at the horizon.

    Both totals are linear in the volume:
        prompting   = engineering + V x G x per prompted request
        fine-tuning = one-off + retrainings + months x hosting + V x G x per tuned request
    with G = ``growth_sum``. None when a tuned request costs at least a prompted one (no
    volume pays back the fixed costs); 0 when fine-tuning is cheaper at any volume.
    """
    saving = inputs.prompting_per_request - inputs.fine_tuned_per_request
    retrains = len(retrain_months(every=inputs.retrain_every, horizon=inputs.horizon))
    fixed = (
        inputs.fine_tuning_one_off
        + retrains * inputs.retraining_run
        + inputs.horizon * inputs.hosting
        - inputs.engineering
    )
    if fixed <= 0:
        return ZERO
    if saving <= 0:
        return None
    return fixed / (growth_sum(growth=inputs.growth, months=inputs.horizon) * saving)
