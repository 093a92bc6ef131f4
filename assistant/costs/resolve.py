"""From a description and options to the exact figures the projection needs.

Each input is taken from the first source that has it: an option the person set, the
description, the shipped prompt template or price row, a documented default. Whatever
comes from a default is recorded as an assumption; whatever the person gave is recorded
as given. Figures the model cannot use raise ``CostInputError`` with a clear message.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

import assistant.costs.discounts as discounts
import assistant.costs.effort as effort
import assistant.costs.pricing as pricing
from assistant.constraints import Constraints
from assistant.costs.lineup import check_lineup
from assistant.costs.money import format_usd
from assistant.costs.options import (
    DEFAULTS,
    EXPERT_DOMAINS,
    HOURS_PER_MONTH,
    MAX_HORIZON_MONTHS,
    MAX_MONTHLY_REQUESTS,
    RETRAIN_BY_CHANGE,
    CostOptions,
)
from assistant.costs.prices import ModelInfo, PriceItem, PriceTable, Profile
from assistant.costs.projection import Inputs
from assistant.costs.provenance import Record, bad_input
from assistant.costs.report import InputSource, TokenCounts
from assistant.costs.sizing import size_requests
from assistant.costs.templates import PromptTemplates
from assistant.costs.tokens import TokenCounter
from assistant.errors import UnknownModelError

HUNDRED = Decimal(100)
#: Monthly growth beyond this (doubling every month) is taken as a typo.
MAX_GROWTH_PCT = Decimal(100)
MAX_EPOCHS = 50


@dataclass(frozen=True)
class Resolved:
    """The projection's inputs plus what the report says about where they came from."""

    inputs: Inputs
    profile: Profile
    fine_tuning_available: bool
    retired_note: str | None
    tokens: TokenCounts
    volume_known: bool
    growth_pct: Decimal
    engineering_hours: Decimal
    fine_tuning_engineering_hours: Decimal
    engineering_rate: Decimal
    training_examples: int
    training_tokens: int
    epochs: int
    training_hours: Decimal | None
    serving_instances: int
    record: Record


def resolve(
    constraints: Constraints,
    *,
    prices: PriceTable,
    tokens: TokenCounter,
    templates: PromptTemplates,
    options: CostOptions,
) -> Resolved:
    """Every input of the projection, validated, with its source recorded."""
    if not 1 <= options.horizon_months <= MAX_HORIZON_MONTHS:
        raise bad_input(
            "horizon",
            options.horizon_months,
            f"{options.horizon_months} months is outside 1-{MAX_HORIZON_MONTHS}",
        )
    record = Record()
    profile = _profile(constraints, options=options, prices=prices, record=record)
    prompting_model = prices.models[profile.prompting_model]
    tuned_model = prices.models[profile.fine_tuning_model]
    volume, volume_known = _volume(constraints, options=options, record=record)
    growth_pct = _growth(constraints, options=options, record=record)
    _check_peak(volume, growth_pct=growth_pct, horizon=options.horizon_months)
    counts = size_requests(
        constraints,
        options=options,
        templates=templates,
        tokens=tokens,
        prompting_model=prompting_model,
        tuned_model=tuned_model,
        record=record,
    )

    def price(model: str, item: PriceItem, person: Decimal | None) -> Decimal:
        return pricing.token_price(prices, model=model, item=item, person=person, record=record)

    input_price = price(prompting_model.id, PriceItem.INPUT, options.input_price_per_1m)
    output_price = price(prompting_model.id, PriceItem.OUTPUT, options.output_price_per_1m)
    tuned_input = price(
        tuned_model.id, PriceItem.FINE_TUNED_INPUT, options.fine_tuned_input_price_per_1m
    )
    tuned_output = price(
        tuned_model.id, PriceItem.FINE_TUNED_OUTPUT, options.fine_tuned_output_price_per_1m
    )
    rates = discounts.apply(
        prices,
        prompting=prompting_model,
        tuned=tuned_model,
        rates=discounts.Rates(
            input_price, output_price, tuned_input, tuned_output, cached_tokens=0, batch=False
        ),
        counts=counts,
        monthly_requests=volume,
        batch=discounts.wants_batch(constraints, options),
        options=options,
        record=record,
    )
    input_price, output_price = rates.input, rates.output
    tuned_input, tuned_output = rates.fine_tuned_input, rates.fine_tuned_output
    counts = dataclasses.replace(counts, prompting_input_cached=rates.cached_tokens)
    examples, labels_to_make, label_cost = _labels(constraints, options=options, record=record)
    epochs = _epochs(options, record=record)
    training_tokens = examples * counts.training_tokens_per_example * epochs
    training, training_hours = pricing.training_run(
        prices, model=tuned_model, options=options, training_tokens=training_tokens, record=record
    )
    hosting_per_hour, instances = pricing.hosting(
        prices, model=tuned_model, options=options, record=record
    )
    scale = effort.scale_of(constraints)
    prompt_hours, tuning_hours, rate = _engineering(
        options, scale=scale, tuned_before=bool(constraints.fine_tuned_already), record=record
    )
    retrain_every = _retraining(constraints, options=options, record=record)
    available, retired = pricing.retired(record.prices, model=tuned_model.id)
    running = check_lineup(
        prices,
        prompting=prompting_model,
        tuned=tuned_model,
        today=options.today or prices.data_date,
        horizon=options.horizon_months,
        record=record,
    )
    if available and not running:
        available = False
        retired = f"{tuned_model.title} is shut down ({tuned_model.shutdown})"

    inputs = Inputs(
        horizon=options.horizon_months,
        monthly_requests=Decimal(volume),
        growth=growth_pct / HUNDRED,
        prompt_tokens=Decimal(counts.prompting_input),
        fine_tuned_prompt_tokens=Decimal(counts.fine_tuned_input),
        output_tokens=Decimal(counts.output),
        input_price=input_price,
        output_price=output_price,
        fine_tuned_input_price=tuned_input,
        fine_tuned_output_price=tuned_output,
        engineering=prompt_hours * rate,
        labels_to_make=Decimal(labels_to_make),
        label_cost=label_cost,
        data_engineering=tuning_hours * rate,
        training=training,
        hosting=hosting_per_hour * HOURS_PER_MONTH * instances,
        retrain_every=retrain_every,
        retraining_extra=effort.retraining_extra(
            examples=examples, label_cost=label_cost, rate=rate, scale=scale, record=record
        ),
    )
    effort.check_budget(constraints, inputs, record=record)
    _warn_capacity(inputs, model=tuned_model, instances=instances, record=record)
    return Resolved(
        inputs=inputs,
        profile=profile,
        fine_tuning_available=available,
        retired_note=retired,
        tokens=counts,
        volume_known=volume_known,
        growth_pct=growth_pct,
        engineering_hours=prompt_hours,
        fine_tuning_engineering_hours=tuning_hours,
        engineering_rate=rate,
        training_examples=examples,
        training_tokens=training_tokens,
        epochs=epochs,
        training_hours=training_hours,
        serving_instances=instances,
        record=record,
    )


def _profile(
    constraints: Constraints, *, options: CostOptions, prices: PriceTable, record: Record
) -> Profile:
    tuned = _fine_tune_model(options, prices=prices)
    if options.model is not None or tuned is not None:
        # Unknown names set as options are errors (UnknownModelError).
        base = prices.resolve(options.model) if options.model is not None else None
        profile = base or prices.resolve(None)
        if tuned is not None:
            profile = prices.pair(prompting=profile.prompting_model, fine_tuning=tuned)
        record.give("model", profile.id, source=InputSource.OPTION)
        return profile
    if constraints.model is not None:
        try:
            profile = prices.resolve(constraints.model)
        except UnknownModelError:
            # A model named in prose is not worth failing the answer over: price the
            # default and say so. A model set as an option is an error (above).
            profile = prices.resolve(None)
            record.warn(
                f"The description names {constraints.model!r}, which is not in the price "
                f"table: priced with {profile.title} instead. Set --model to one of: "
                f"{', '.join(prices.names())}."
            )
            return profile
        record.give("model", profile.id, source=InputSource.DESCRIPTION)
        return profile
    profile = prices.resolve(None)
    record.assume("price profile", profile.id, why=profile.why)
    return profile


def _fine_tune_model(options: CostOptions, *, prices: PriceTable) -> str | None:
    if options.fine_tune_model is None:
        return None
    model = prices.find_model(options.fine_tune_model)
    if model is None or not prices.fine_tunes(model.id):
        known = tuple(m for m in sorted(prices.models) if prices.fine_tunes(m))
        raise UnknownModelError(options.fine_tune_model, known=known)
    return model.id


def _volume(constraints: Constraints, *, options: CostOptions, record: Record) -> tuple[int, bool]:
    """Requests in month 1, and whether the person gave the figure."""
    if options.monthly_requests is not None:
        volume, source = options.monthly_requests, InputSource.OPTION
    elif constraints.monthly_requests is not None:
        volume, source = constraints.monthly_requests, InputSource.DESCRIPTION
    else:
        volume = int(DEFAULTS.monthly_requests.value)
        record.default("monthly requests", f"{volume:,}", default=DEFAULTS.monthly_requests)
        return volume, False
    if volume < 0:
        raise bad_input("monthly requests", volume, f"{volume:,} is negative")
    if volume > MAX_MONTHLY_REQUESTS:
        raise bad_input(
            "monthly requests",
            volume,
            f"{volume:,} a month is beyond any real workload (the limit is "
            f"{MAX_MONTHLY_REQUESTS:,}); check the figure and its unit",
        )
    record.give("monthly requests", f"{volume:,}", source=source)
    return volume, True


def _growth(constraints: Constraints, *, options: CostOptions, record: Record) -> Decimal:
    if options.volume_growth_pct is not None:
        growth, source = options.volume_growth_pct, InputSource.OPTION
    elif constraints.volume_growth_pct is not None:
        growth, source = constraints.volume_growth_pct, InputSource.DESCRIPTION
    else:
        return DEFAULTS.volume_growth_pct.value
    if not -HUNDRED < growth <= MAX_GROWTH_PCT:
        raise bad_input(
            "volume growth",
            growth,
            f"{growth}% a month is outside what the model accepts (above -100%, at most "
            f"{MAX_GROWTH_PCT}%)",
        )
    record.give("volume growth per month", f"{growth.normalize():f}%", source=source)
    return growth


def _check_peak(volume: int, *, growth_pct: Decimal, horizon: int) -> None:
    """Compounded growth can reach volumes no workload has (and no Decimal context holds):
    refuse them with the figures that produced them."""
    if growth_pct <= 0 or volume == 0:
        return
    factor = 1 + growth_pct / HUNDRED
    # Compare in logarithms so the check itself cannot overflow.
    if (factor.ln() * (horizon - 1) + Decimal(volume).ln()) > Decimal(MAX_MONTHLY_REQUESTS).ln():
        raise bad_input(
            "volume growth",
            growth_pct,
            f"{growth_pct.normalize():f}% a month for {horizon} months takes {volume:,} "
            f"requests a month past {MAX_MONTHLY_REQUESTS:,}; check the growth rate or "
            "shorten the horizon",
        )


def _labels(
    constraints: Constraints, *, options: CostOptions, record: Record
) -> tuple[int, int, Decimal]:
    """Training examples, labels still to make, and the cost of one label."""
    if options.training_examples is not None:
        needed = options.training_examples
        if needed < 1:
            raise bad_input("training examples", needed, f"{needed:,} is not a positive count")
        record.give("training examples", f"{needed:,}", source=InputSource.OPTION)
    else:
        needed = int(DEFAULTS.training_examples.value)
        record.default(
            "training examples needed", f"{needed:,}", default=DEFAULTS.training_examples
        )
    have = constraints.labeled_examples
    if have is None and constraints.fine_tuned_already:
        record.assume(
            "labeled examples on hand",
            f"{needed:,}",
            why="The team has fine-tuned a model already, so the set it trained on is on "
            "hand; no labels are made from scratch.",
            cites=("hidden-cost.data-preparation",),
        )
        have = needed
    elif have is None:
        record.assume(
            "labeled examples on hand",
            "0",
            why="The description does not mention labeled data, so every training example "
            "is labeled from scratch.",
            cites=("hidden-cost.data-preparation",),
        )
        have = 0
    else:
        record.give("labeled examples on hand", f"{have:,}", source=InputSource.DESCRIPTION)
    to_make = max(0, needed - have)
    if options.label_cost_per_item is not None:
        cost = options.label_cost_per_item
        if cost < 0:
            raise bad_input("label cost per item", cost, f"{cost} is negative")
        record.give("label cost per item", format_usd(cost), source=InputSource.OPTION)
    else:
        default = (
            DEFAULTS.label_cost_expert
            if constraints.domain in EXPERT_DOMAINS
            else DEFAULTS.label_cost_general
        )
        cost = default.value
        if to_make:
            record.default("label cost per item", format_usd(cost), default=default)
    # Training uses every label there is, made or already on hand, up to a sample of a
    # large set (unless the person set the training set's size).
    used = max(needed, have)
    cap = int(DEFAULTS.training_examples_cap.value)
    if options.training_examples is None and used > cap:
        record.default("training examples used", f"{cap:,}", default=DEFAULTS.training_examples_cap)
        used = cap
    return used, to_make, cost


def _epochs(options: CostOptions, *, record: Record) -> int:
    if options.epochs is None:
        record.default("epochs", str(int(DEFAULTS.epochs.value)), default=DEFAULTS.epochs)
        return int(DEFAULTS.epochs.value)
    if not 1 <= options.epochs <= MAX_EPOCHS:
        raise bad_input("epochs", options.epochs, f"{options.epochs} is outside 1-{MAX_EPOCHS}")
    record.give("epochs", str(options.epochs), source=InputSource.OPTION)
    return options.epochs


def _effort(
    name: str, given: Decimal | None, *, default: Decimal, why: str, record: Record
) -> Decimal:
    if given is None:
        record.assume(
            name, f"{default.normalize():f}", why=why, cites=("hidden-cost.prompt-evaluation-time",)
        )
        return default
    if given < 0:
        raise bad_input(name, given, f"{given} is negative")
    record.give(name, f"{given.normalize():f}", source=InputSource.OPTION)
    return given


def _engineering(
    options: CostOptions, *, scale: effort.Scale, tuned_before: bool, record: Record
) -> tuple[Decimal, Decimal, Decimal]:
    """Prompt-engineering hours, fine-tuning engineering hours, and the hourly rate, the
    hours sized to the project's scale. A team that has trained a model already has its
    data prepared and its pipeline running: its next model costs a retraining's work."""
    prompt_default, tuning_default, evaluation = effort.HOURS[scale]
    prompting = _effort(
        "prompt-engineering hours",
        options.prompt_engineering_hours,
        default=prompt_default,
        why=effort.WHY[scale],
        record=record,
    )
    tuning = _effort(
        "fine-tuning engineering hours",
        options.fine_tuning_engineering_hours,
        default=evaluation if tuned_before else tuning_default,
        why=effort.TUNED_BEFORE_WHY if tuned_before else effort.WHY[scale],
        record=record,
    )
    rate = options.engineering_rate_per_hour
    if rate is None:
        rate = DEFAULTS.engineering_rate_per_hour.value
        record.default(
            "engineering rate per hour",
            format_usd(rate),
            default=DEFAULTS.engineering_rate_per_hour,
        )
    elif rate < 0:
        raise bad_input("engineering rate", rate, f"{rate} is negative")
    else:
        record.give("engineering rate per hour", format_usd(rate), source=InputSource.OPTION)
    return prompting, tuning, rate


def _retraining(constraints: Constraints, *, options: CostOptions, record: Record) -> int:
    every = options.retrain_every_months
    if every is not None:
        if every < 1:
            raise bad_input("retraining interval", every, f"{every} months is not positive")
        record.give("retrain every (months)", str(every), source=InputSource.OPTION)
        return every
    change = constraints.requirements_change
    default = DEFAULTS.retrain_every_months if change is None else RETRAIN_BY_CHANGE[change]
    record.default("retrain every (months)", str(int(default.value)), default=default)
    return int(default.value)


def _warn_capacity(inputs: Inputs, *, model: ModelInfo, instances: int, record: Record) -> None:
    """Warn when the peak volume exceeds what the self-hosted instances serve."""
    if model.serving_tokens_per_hour is None:
        return
    peak = inputs.monthly_requests
    if inputs.growth > 0:
        peak *= (1 + inputs.growth) ** (inputs.horizon - 1)
    per_hour = peak * (inputs.fine_tuned_prompt_tokens + inputs.output_tokens) / HOURS_PER_MONTH
    capacity = model.serving_tokens_per_hour * instances
    if per_hour > capacity:
        record.warn(
            f"At its peak the fine-tuned model must process about {int(per_hour):,} tokens "
            f"an hour, more than the {capacity:,} that {instances} instance(s) of "
            f"{model.title} serve: hosting is understated."
        )
