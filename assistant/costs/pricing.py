"""Picking the prices an estimate uses: the table's rows, or the person's own.

Every price used is recorded (row, source, checked date) so the report can name it; a
price the person set replaces the row and says which row it replaced.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.costs.money import ZERO, format_price, format_usd
from assistant.costs.options import DEFAULTS, CostOptions
from assistant.costs.prices import ModelInfo, PriceItem, PriceRow, PriceTable, PriceUnit
from assistant.costs.provenance import Record, bad_input
from assistant.costs.report import InputSource, PriceUsed
from assistant.errors import CostInputError

MILLION = Decimal(10**6)
_UNIT_TEXT = {
    PriceUnit.PER_1K_TOKENS: "/1K tokens",
    PriceUnit.PER_1M_TOKENS: "/1M tokens",
    PriceUnit.PER_HOUR: "/hour",
}
_FINE_TUNING_ITEMS = frozenset(
    {
        PriceItem.FINE_TUNED_INPUT,
        PriceItem.FINE_TUNED_OUTPUT,
        PriceItem.TRAINING,
        PriceItem.TRAINING_HOUR,
    }
)


def token_price(
    prices: PriceTable,
    *,
    model: str,
    item: PriceItem,
    person: Decimal | None,
    record: Record,
) -> Decimal:
    """The price of one token of ``item``: the person's own (given per 1M) or the row's."""
    row = _row(prices, model=model, item=item)
    if person is None:
        record.prices.append(_used(row))
        return row.per_token
    name = f"{item.value.replace('_', ' ')} price"
    _non_negative(name, person)
    record.prices.append(_replaced(row, price=person, unit=PriceUnit.PER_1M_TOKENS))
    record.give(name, f"${person.normalize():f}/1M tokens", source=InputSource.OPTION)
    return person / MILLION


def training_run(
    prices: PriceTable,
    *,
    model: ModelInfo,
    options: CostOptions,
    training_tokens: int,
    record: Record,
) -> tuple[Decimal, Decimal | None]:
    """One training run's cost, and its billed hours when training is priced by the hour."""
    per_token = prices.row(model.id, PriceItem.TRAINING)
    hourly = prices.row(model.id, PriceItem.TRAINING_HOUR)
    person = options.training_price_per_1m
    if person is not None:
        _non_negative("training price", person)
        replaced = per_token or hourly
        if replaced is not None:
            record.prices.append(_replaced(replaced, price=person, unit=PriceUnit.PER_1M_TOKENS))
        record.give(
            "training price", f"${person.normalize():f}/1M tokens", source=InputSource.OPTION
        )
        return training_tokens * person / MILLION, None
    if per_token is not None:
        record.prices.append(_used(per_token))
        return training_tokens * per_token.per_token, None
    if hourly is None or model.training_tokens_per_hour is None:  # refused at load
        raise CostInputError(f"no training price for {model.id}", field="training", value=model.id)
    record.prices.append(_used(hourly))
    floor = model.min_training_hours or ZERO
    record.assume(
        "training throughput",
        f"{model.training_tokens_per_hour:,} tokens per hour"
        + (f", at least {floor.normalize():f} hours a run" if floor else ""),
        why=f"How fast {model.title} trains: turns training tokens into billed hours."
        + (" The floor covers setup and evaluation runs." if floor else ""),
        cites=("hidden-cost.compute",),
    )
    hours = max(Decimal(training_tokens) / model.training_tokens_per_hour, floor)
    return hours * hourly.price, hours


def hosting(
    prices: PriceTable, *, model: ModelInfo, options: CostOptions, record: Record
) -> tuple[Decimal, int]:
    """Hosting per hour of one serving instance, and how many instances serve."""
    row = prices.row(model.id, PriceItem.HOSTING_HOUR)
    instances = 1
    if row is not None and row.price > 0 and model.serving_tokens_per_hour is not None:
        instances = int(DEFAULTS.serving_instances.value)
        record.default("serving instances", str(instances), default=DEFAULTS.serving_instances)
    person = options.hosting_per_hour
    if person is not None:
        _non_negative("hosting per hour", person)
        if row is not None:
            record.prices.append(_replaced(row, price=person, unit=PriceUnit.PER_HOUR))
        record.give("hosting per hour", format_usd(person), source=InputSource.OPTION)
        return person, instances
    if row is None:
        return ZERO, instances
    record.prices.append(_used(row))
    return row.price, instances


def retired(used: list[PriceUsed], *, model: str) -> tuple[bool, str | None]:
    """Whether fine-tuning ``model`` is still offered, and a note when it is not."""
    for row in used:
        if row.item in _FINE_TUNING_ITEMS and not row.available:
            when = f" (retired {row.retired.isoformat()})" if row.retired else ""
            return False, f"fine-tuning {model} is no longer offered{when}"
    return True, None


def describe_row(row: PriceRow) -> str:
    """ "$0.40/1M tokens (OpenAI API pricing, 2025-06-01)"."""
    return (
        f"${format_price(row.price)}{_UNIT_TEXT[row.unit]} "
        f"({row.source}, {row.checked.isoformat()})"
    )


def _row(prices: PriceTable, *, model: str, item: PriceItem) -> PriceRow:
    row = prices.row(model, item)
    if row is None:  # refused at load: every profile prices these items
        raise CostInputError(f"no {item.value} price for {model}", field=item.value, value=model)
    return row


def _non_negative(name: str, price: Decimal) -> None:
    if price < 0:
        raise bad_input(name, price, f"{price} is negative")


def used(row: PriceRow) -> PriceUsed:
    """``row`` as the report names it."""
    return _used(row)


def _used(row: PriceRow) -> PriceUsed:
    return PriceUsed(
        row=row.key,
        item=row.item,
        price=row.price,
        unit=row.unit,
        source=row.source,
        checked=row.checked,
        available=row.available,
        retired=row.retired,
        note=row.note,
        cites=row.cites,
    )


def _replaced(row: PriceRow, *, price: Decimal, unit: PriceUnit) -> PriceUsed:
    return PriceUsed(
        row=row.key,
        item=row.item,
        price=price,
        unit=unit,
        source="set by you",
        checked=None,
        available=row.available,
        retired=row.retired,
        set_by_person=True,
        note=f"Replaces the table's {describe_row(row)}.",
    )
