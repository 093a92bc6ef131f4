"""Every sentence the cost engine writes for a person, in one place.

Plain text, no markup: renderers add their own formatting.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.costs.money import format_price, format_usd
from assistant.costs.projection import Inputs

MILLION = Decimal(10**6)


def per_million(price_per_token: Decimal) -> str:
    """A per-token price as dollars per 1M tokens: "$0.40/1M"."""
    return f"${format_price(price_per_token * MILLION)}/1M"


def prompting_basis(inputs: Inputs, *, hours: Decimal, rate: Decimal) -> str:
    return (
        f"{inputs.monthly_requests:,.0f} requests x ({inputs.prompt_tokens:,.0f} input tokens "
        f"x {per_million(inputs.input_price)} + {inputs.output_tokens:,.0f} output tokens x "
        f"{per_million(inputs.output_price)}) a month, after {hours.normalize():f} hours of "
        f"prompt engineering at {format_usd(rate)}/hour."
    )


def fine_tuning_basis(
    inputs: Inputs,
    *,
    examples: int,
    tokens_per_example: int,
    epochs: int,
    training_hours: Decimal | None,
    retrain_months: tuple[int, ...],
) -> str:
    labels = (
        f"{inputs.labels_to_make:,.0f} labels x {format_usd(inputs.label_cost)}"
        if inputs.labels_to_make
        else "no labels to make"
    ) + f", {format_usd(inputs.data_engineering)} of data and training engineering"
    training = (
        f"{examples:,} examples x {tokens_per_example:,} tokens x {epochs} epochs"
        + (f" ({training_hours:,.1f} billed hours)" if training_hours is not None else "")
        + f" = {format_usd(inputs.training)}"
    )
    retraining = (
        f" Retrained every {inputs.retrain_every} months (months "
        f"{', '.join(str(m) for m in retrain_months)}), {format_usd(inputs.retraining_run)} "
        "each (compute, fresh labels and evaluation)."
        if retrain_months
        else f" No retraining falls within the horizon (every {inputs.retrain_every} months)."
    )
    return (
        f"Up front: {labels}; training {training}. Then {inputs.monthly_requests:,.0f} "
        f"requests x ({inputs.fine_tuned_prompt_tokens:,.0f} input tokens x "
        f"{per_million(inputs.fine_tuned_input_price)} + {inputs.output_tokens:,.0f} output "
        f"tokens x {per_million(inputs.fine_tuned_output_price)}) + "
        f"{format_usd(inputs.hosting)} hosting a month.{retraining}"
    )


def never_unavailable(note: str) -> str:
    return f"{note[0].upper()}{note[1:]}; the figures show what it cost when it was sold."


def never_dearer_per_month(*, tuned: Decimal, prompted: Decimal) -> str:
    return (
        f"Fine-tuning costs {format_usd(tuned)} a month against prompting's "
        f"{format_usd(prompted)}, so it never catches up."
    )


def never_within(
    *,
    horizon: int,
    saving: Decimal,
    extra: Decimal,
    later_month: int | None,
    limit: int,
    growth: Decimal = Decimal(0),
) -> str:
    """Why fine-tuning does not pay back within the horizon. A later break-even that only
    growth brings says how much growth it assumes."""
    if later_month is not None and growth > 0:
        factor = (1 + growth) ** (later_month - 1)
        later = (
            f"it would break even in month {later_month} only if volume kept growing "
            f"{growth * 100:.3g}% a month, to about {significant(factor)}x today's"
        )
    elif later_month is not None:
        later = f"at this volume it would break even in month {later_month}"
    else:
        later = f"it does not break even within {limit} months either"
    if saving <= 0:
        return (
            f"At today's volume a fine-tuned request costs more than a prompted one "
            f"({format_usd(-saving)} a month more), so nothing repays fine-tuning's "
            f"{format_usd(extra)} up front (retraining included) within {horizon} months; "
            f"{later}."
        )
    return (
        f"The monthly saving of {format_usd(saving)} does not repay fine-tuning's "
        f"{format_usd(extra)} extra up front (retraining included) within {horizon} months; "
        f"{later}."
    )


def significant(value: Decimal, digits: int = 2) -> str:
    """``value`` to ``digits`` significant figures, with thousands separators:
    5,157,075 -> "5,200,000"."""
    if value == 0:
        return "0"
    exponent = value.adjusted() - digits + 1
    rounded = value.scaleb(-exponent).quantize(Decimal(1)).scaleb(exponent)
    if rounded >= 1:
        return f"{int(rounded):,}"
    return f"{rounded.normalize():f}"


def no_volume(*, tuned: Decimal, prompted: Decimal) -> str:
    return (
        f"A fine-tuned request costs {per_request(tuned)} against a prompted one's "
        f"{per_request(prompted)}: no volume repays fine-tuning's fixed costs."
    )


def per_request(amount: Decimal) -> str:
    """A per-request cost, which is often a fraction of a cent."""
    if amount >= Decimal("0.01") or amount == 0:
        return format_usd(amount)
    return f"${amount:.6f}".rstrip("0")
