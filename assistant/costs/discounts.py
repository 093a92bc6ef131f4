"""Cheaper ways to pay for the same tokens: cached input and the Batch API.

- **Cached input.** The fixed part of a prompt (instructions and examples, the part that
  fine-tuning removes) is the same on every request; providers that cache prompt prefixes
  bill it at the cached-input price once it is long enough to cache and requests come
  often enough to keep the cache warm.
- **Batch.** When latency does not matter (or ``--batch``), requests go through the
  provider's Batch API at its Batch prices (results within 24 hours); a fine-tuned model
  with Batch prices gets them too.

A price the person set is never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.constraints import Constraints
from assistant.costs.options import CostOptions
from assistant.costs.prices import ModelInfo, PriceItem, PriceTable
from assistant.costs.pricing import used
from assistant.costs.provenance import Record
from assistant.costs.report import TokenCounts

#: Below this many requests a month (about one every four minutes) a provider's prompt
#: cache (kept for minutes) is mostly cold: no cached-input price is assumed.
CACHE_MIN_MONTHLY_REQUESTS = 10_000
#: Fewest prompt tokens cached when the model data does not say (OpenAI's 1,024).
CACHE_MIN_TOKENS = 1_024


@dataclass(frozen=True)
class Rates:
    """Per-token prices after discounts, and how many prompt tokens are read from cache."""

    input: Decimal
    output: Decimal
    fine_tuned_input: Decimal
    fine_tuned_output: Decimal
    cached_tokens: int
    batch: bool


def wants_batch(constraints: Constraints, options: CostOptions) -> bool:
    if options.batch is not None:
        return options.batch
    return constraints.latency_sensitive is False


def apply(
    prices: PriceTable,
    *,
    prompting: ModelInfo,
    tuned: ModelInfo,
    rates: Rates,
    counts: TokenCounts,
    monthly_requests: int,
    batch: bool,
    options: CostOptions,
    record: Record,
) -> Rates:
    """``rates`` (the standard prices) with the discounts that apply."""
    if batch:
        return _batch(
            prices, prompting=prompting, tuned=tuned, rates=rates, options=options, record=record
        )
    return _cached(
        prices,
        model=prompting,
        rates=rates,
        counts=counts,
        monthly_requests=monthly_requests,
        options=options,
        record=record,
    )


def _batch(
    prices: PriceTable,
    *,
    prompting: ModelInfo,
    tuned: ModelInfo,
    rates: Rates,
    options: CostOptions,
    record: Record,
) -> Rates:
    batch_in = prices.row(prompting.id, PriceItem.BATCH_INPUT)
    batch_out = prices.row(prompting.id, PriceItem.BATCH_OUTPUT)
    if batch_in is None or batch_out is None:
        record.warn(
            f"{prompting.title} has no Batch price in the table: prompting is priced at its "
            "standard rates."
        )
        return rates
    new_in, new_out = rates.input, rates.output
    if options.input_price_per_1m is None:
        new_in = _use(batch_in.key, prices, record, replaces=f"{prompting.id}/input")
    if options.output_price_per_1m is None:
        new_out = _use(batch_out.key, prices, record, replaces=f"{prompting.id}/output")
    tuned_in, tuned_out = rates.fine_tuned_input, rates.fine_tuned_output
    tuned_rows = (
        prices.row(tuned.id, PriceItem.FINE_TUNED_BATCH_INPUT),
        prices.row(tuned.id, PriceItem.FINE_TUNED_BATCH_OUTPUT),
    )
    if tuned_rows[0] is not None and options.fine_tuned_input_price_per_1m is None:
        tuned_in = _use(tuned_rows[0].key, prices, record, replaces=f"{tuned.id}/fine_tuned_input")
    if tuned_rows[1] is not None and options.fine_tuned_output_price_per_1m is None:
        tuned_out = _use(
            tuned_rows[1].key, prices, record, replaces=f"{tuned.id}/fine_tuned_output"
        )
    record.assume(
        "Batch API",
        "prompting" + (" and the fine-tuned model" if tuned_rows[0] is not None else ""),
        why="Latency does not matter here, so requests can go through the provider's "
        "Batch API (results within 24 hours) at its Batch prices.",
    )
    return Rates(new_in, new_out, tuned_in, tuned_out, cached_tokens=0, batch=True)


def _cached(
    prices: PriceTable,
    *,
    model: ModelInfo,
    rates: Rates,
    counts: TokenCounts,
    monthly_requests: int,
    options: CostOptions,
    record: Record,
) -> Rates:
    row = prices.row(model.id, PriceItem.CACHED_INPUT)
    fixed = counts.prompting_input - counts.fine_tuned_input
    least = model.cache_min_tokens or CACHE_MIN_TOKENS
    if (
        row is None
        or options.input_price_per_1m is not None
        or fixed < least
        or monthly_requests < CACHE_MIN_MONTHLY_REQUESTS
        or counts.prompting_input == 0
    ):
        return rates
    cached_price = _use(row.key, prices, record)
    total = Decimal(counts.prompting_input)
    blended = (fixed * cached_price + (total - fixed) * rates.input) / total
    record.assume(
        "cached prompt tokens per request",
        f"{fixed:,} of {counts.prompting_input:,}",
        why=f"The fixed part of the prompt (instructions and examples) repeats on every "
        f"request; at {monthly_requests:,} requests a month {model.provider}'s prompt cache "
        f"stays warm, so it is billed at the cached-input price "
        f"(${row.price.normalize():f}/1M tokens).",
    )
    return Rates(
        blended,
        rates.output,
        rates.fine_tuned_input,
        rates.fine_tuned_output,
        cached_tokens=fixed,
        batch=False,
    )


def _use(key: str, prices: PriceTable, record: Record, *, replaces: str | None = None) -> Decimal:
    row = prices.rows[key]
    if replaces is not None:  # the standard row is no longer what is paid
        record.prices[:] = [price for price in record.prices if price.row != replaces]
    record.prices.append(used(row))
    return row.per_token
