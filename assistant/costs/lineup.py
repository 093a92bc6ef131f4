"""What the estimate must say about the models it prices: shutdowns inside the horizon (with
the successor), prices older than six months, and announced price changes.

The day the comparison starts is passed in (``CostOptions.today``, else the price table's
newest ``checked`` date): the core reads no clock.
"""

from __future__ import annotations

from datetime import date

from assistant.costs.prices import ModelInfo, PriceTable
from assistant.costs.provenance import Record

#: A price row checked longer ago than this is flagged.
FRESH_MONTHS = 6


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


def month_of(day: date, *, start: date) -> int:
    """The month of the comparison ``day`` falls in (1 = the first month from ``start``)."""
    months = (day.year - start.year) * 12 + day.month - start.month
    if day.day < start.day:
        months -= 1
    return months + 1


def check_lineup(
    table: PriceTable,
    *,
    prompting: ModelInfo,
    tuned: ModelInfo,
    today: date,
    horizon: int,
    record: Record,
) -> bool:
    """Warn about shutdowns, stale rows and price changes; False when the model to
    fine-tune is already shut down on ``today``."""
    end = add_months(today, horizon)
    available = True
    roles = (
        (("prompted and fine-tuned", prompting),)
        if prompting.id == tuned.id
        else (("prompted", prompting), ("fine-tuned", tuned))
    )
    for role, model in roles:
        if model.shutdown is None:
            continue
        successor = _successor(table, model, end=end)
        if model.shutdown <= today:
            record.warn(
                f"{model.title} ({model.provider}), the {role} model, was shut down on "
                f"{model.shutdown.isoformat()}{successor}: the figures are for comparison only."
            )
            available = available and model.id != tuned.id
        elif model.shutdown < end:
            month = month_of(model.shutdown, start=today)
            record.warn(
                f"{model.title} ({model.provider}), the {role} model, shuts down on "
                f"{model.shutdown.isoformat()}, in month {month} of this {horizon}-month "
                f"comparison{successor}; plan the move (and, for a fine-tuned model, a new "
                "training run)."
            )
    stale_before = add_months(today, -FRESH_MONTHS)
    for used in record.prices:
        row = table.rows.get(used.row)
        if row is None or used.set_by_person:
            continue
        if row.checked < stale_before:
            record.warn(
                f"The price {used.row} was checked on {row.checked.isoformat()}, more than "
                f"{FRESH_MONTHS} months before {today.isoformat()}: re-check {row.source} or "
                "set the price yourself."
            )
        if (
            row.changes_on is not None
            and row.changes_to is not None
            and today < row.changes_on < end
        ):
            record.warn(
                f"The price {used.row} changes from ${row.price.normalize():f} to "
                f"${row.changes_to.normalize():f} per 1M tokens on "
                f"{row.changes_on.isoformat()} (month {month_of(row.changes_on, start=today)}); "
                "the figures use today's price."
            )
    return available


def _successor(table: PriceTable, model: ModelInfo, *, end: date) -> str:
    if model.successor is None:
        current = sorted(
            other.title
            for other in table.models.values()
            if other.provider == model.provider
            and other.id != model.id
            and table.prompts(other.id)
            and (other.shutdown is None or other.shutdown >= end)
        )
        if not current:
            return "; the data names no successor"
        return (
            "; the data names no successor, and the table's current "
            f"{model.provider} models are {', '.join(current)}"
        )
    known = table.models.get(model.successor)
    if known is None:
        return f"; its successor is {model.successor}, which the price table does not list"
    how = (
        "which can be fine-tuned"
        if table.fine_tunes(known.id)
        else "which the price data lists no fine-tuning for"
    )
    return f"; its successor is {known.title} ({known.id}), {how}"
