"""``estimate``: a description (and options) in, a ``CostReport`` out.

    report = estimate(constraints, prices=table, tokens=TokenCounter(), options=CostOptions())
    report.break_even_month        # 9, or None with report.break_even_reason

Deterministic: the same inputs give the same report, byte for byte.
"""

from __future__ import annotations

import dataclasses
import math
from decimal import ROUND_HALF_UP, Decimal

import assistant.costs.messages as messages
from assistant.constraints import Constraints
from assistant.costs.money import cents
from assistant.costs.options import MAX_HORIZON_MONTHS, CostOptions
from assistant.costs.prices import PriceTable
from assistant.costs.projection import (
    Projection,
    break_even_month,
    break_even_volume,
    outcome,
    project,
)
from assistant.costs.report import (
    CostReport,
    FineTuningCosts,
    ProfileUsed,
    PromptingCosts,
    Series,
)
from assistant.costs.resolve import Resolved, resolve
from assistant.costs.sensitivity import analyse
from assistant.costs.templates import PromptTemplates, shipped_templates
from assistant.costs.tokens import TokenCounter
from assistant.vocabulary import Approach

HUNDRED = Decimal(100)


def estimate(
    constraints: Constraints,
    *,
    prices: PriceTable,
    tokens: TokenCounter,
    options: CostOptions,
    templates: PromptTemplates | None = None,
) -> CostReport:
    """Prompting against fine-tuning for ``constraints`` over ``options.horizon_months``.

    Raises ``CostError`` subclasses for what cannot be priced: an unknown model set as an
    option, a negative or absurd volume, a prompt that does not fit the model.
    """
    resolved = resolve(
        constraints,
        prices=prices,
        tokens=tokens,
        templates=templates or shipped_templates(),
        options=options,
    )
    inputs = resolved.inputs
    projection = project(inputs)
    horizon = inputs.horizon
    final_prompting, final_tuned = projection.prompting[-1], projection.fine_tuning[-1]
    dearer = max(final_prompting, final_tuned)
    savings = abs(final_prompting - final_tuned)

    break_even, reason = _break_even(resolved, projection)
    volume, volume_reason = _break_even_volume(resolved)
    # A retired offering has no break-even to move.
    wanted = options.sensitivity and resolved.fine_tuning_available
    sensitivity = tuple(analyse(inputs)) if wanted else ()
    return CostReport(
        horizon_months=horizon,
        # The profile as compared, and whether its fine-tuning is still offered.
        profile=ProfileUsed(
            **dataclasses.asdict(resolved.profile),
            fine_tuning_available=resolved.fine_tuning_available,
        ),
        prices=tuple(resolved.record.prices),
        tokens=resolved.tokens,
        monthly_requests=int(inputs.monthly_requests),
        volume_growth_pct=resolved.growth_pct,
        volume_known=resolved.volume_known,
        prompting=_prompting(resolved, projection),
        fine_tuning=_fine_tuning(resolved, projection),
        series=Series(
            prompting=tuple(cents(v) for v in projection.prompting),
            fine_tuning=tuple(cents(v) for v in projection.fine_tuning),
            monthly_requests=tuple(_whole(v) for v in projection.requests),
        ),
        cheaper=(Approach.FINE_TUNING if final_tuned <= final_prompting else Approach.PROMPTING),
        savings=cents(savings),
        savings_pct=(savings * HUNDRED / dearer).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if dearer
        else Decimal(0),
        break_even_month=break_even,
        break_even_reason=reason,
        break_even_monthly_requests=volume,
        break_even_monthly_requests_reason=volume_reason,
        sensitivity=sensitivity,
        assumptions=tuple(resolved.record.assumptions),
        given=tuple(resolved.record.given),
        warnings=tuple(resolved.record.warnings),
        budget_usd=constraints.budget_usd,
        starts_on=options.today or prices.data_date,
    )


def _prompting(resolved: Resolved, projection: Projection) -> PromptingCosts:
    inputs = resolved.inputs
    first_month = projection.prompting[1] - projection.prompting[0]
    return PromptingCosts(
        one_off=cents(inputs.engineering),
        engineering_hours=resolved.engineering_hours,
        engineering_rate=resolved.engineering_rate,
        per_request=inputs.prompting_per_request,
        monthly=cents(first_month),
        total=cents(projection.prompting[-1]),
        basis=messages.prompting_basis(
            inputs, hours=resolved.engineering_hours, rate=resolved.engineering_rate
        ),
    )


def _fine_tuning(resolved: Resolved, projection: Projection) -> FineTuningCosts:
    inputs = resolved.inputs
    inference = inputs.monthly_requests * inputs.fine_tuned_per_request
    return FineTuningCosts(
        one_off=cents(inputs.fine_tuning_one_off),
        data_preparation=cents(inputs.data_preparation),
        labeling=cents(inputs.labeling),
        labels_to_make=int(inputs.labels_to_make),
        label_cost_per_item=inputs.label_cost,
        engineering=cents(inputs.data_engineering),
        engineering_hours=resolved.fine_tuning_engineering_hours,
        training=cents(inputs.training),
        training_examples=resolved.training_examples,
        training_tokens=resolved.training_tokens,
        epochs=resolved.epochs,
        training_hours=resolved.training_hours,
        per_request=inputs.fine_tuned_per_request,
        monthly=cents(inference + inputs.hosting),
        inference=cents(inference),
        hosting=cents(inputs.hosting),
        serving_instances=resolved.serving_instances,
        retraining_cost=cents(inputs.retraining_run),
        retrain_every_months=inputs.retrain_every,
        retrain_months=projection.retrain_months,
        total=cents(projection.fine_tuning[-1]),
        basis=messages.fine_tuning_basis(
            inputs,
            examples=resolved.training_examples,
            tokens_per_example=resolved.tokens.training_tokens_per_example,
            epochs=resolved.epochs,
            training_hours=resolved.training_hours,
            retrain_months=projection.retrain_months,
        ),
    )


def _break_even(resolved: Resolved, projection: Projection) -> tuple[int | None, str | None]:
    if not resolved.fine_tuning_available:
        return None, messages.never_unavailable(resolved.retired_note or "fine-tuning is retired")
    month = break_even_month(projection)
    if month is not None:
        return month, None
    inputs = resolved.inputs
    prompted = inputs.monthly_requests * inputs.prompting_per_request
    tuned = inputs.monthly_requests * inputs.fine_tuned_per_request + inputs.hosting
    if tuned >= prompted and inputs.growth <= 0:
        return None, messages.never_dearer_per_month(tuned=tuned, prompted=prompted)
    later = outcome(inputs, horizon=MAX_HORIZON_MONTHS).break_even_month
    retraining = len(projection.retrain_months) * inputs.retraining_run
    return None, messages.never_within(
        horizon=inputs.horizon,
        saving=prompted - tuned,
        extra=inputs.fine_tuning_one_off + retraining - inputs.engineering,
        later_month=later if later is not None and later > inputs.horizon else None,
        limit=MAX_HORIZON_MONTHS,
        growth=inputs.growth,
    )


def _break_even_volume(resolved: Resolved) -> tuple[int | None, str | None]:
    if not resolved.fine_tuning_available:
        return None, messages.never_unavailable(resolved.retired_note or "fine-tuning is retired")
    inputs = resolved.inputs
    volume = break_even_volume(inputs)
    if volume is None:
        return None, messages.no_volume(
            tuned=inputs.fine_tuned_per_request, prompted=inputs.prompting_per_request
        )
    return math.ceil(volume), None


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
