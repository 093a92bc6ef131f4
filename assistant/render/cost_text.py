"""A cost report as plain text in full: the summary, then what every figure rests on."""

from __future__ import annotations

from decimal import Decimal

from assistant.costs.money import format_price, format_usd
from assistant.costs.report import CostReport, PriceUsed, Sensitivity
from assistant.render.cost_summary import cost_summary_lines

_UNITS = {"per_1k_tokens": "/1K tokens", "per_1m_tokens": "/1M tokens", "per_hour": "/hour"}
#: Sensitivity rows shown in text (the JSON has them all).
SENSITIVITY_ROWS = 4


def cost_report_text(report: CostReport) -> str:
    """The summary lines, the two breakdowns, prices, tokens, sensitivity and assumptions."""
    tokens = report.tokens
    counted = "exact" if tokens.exact else "estimate"
    lines = [*cost_summary_lines(report), ""]
    lines += [
        "Prompting",
        f"  {report.prompting.basis}",
        f"  total over {report.horizon_months} months: {format_usd(report.prompting.total)}",
        "Fine-tuning",
        f"  {report.fine_tuning.basis}",
        f"  total over {report.horizon_months} months: {format_usd(report.fine_tuning.total)}",
        "",
        f"Tokens per request ({tokens.encoding.value}, {counted}; from the {tokens.source.value}"
        f", task {tokens.task}):",
        f"  prompting {tokens.prompting_input:,} with {tokens.few_shot_k} examples "
        f"({tokens.prompting_input_without_examples:,} without), fine-tuned "
        f"{tokens.fine_tuned_input:,}, output {tokens.output:,}",
        "",
        "Prices:",
        *(f"  {_price(row)}" for row in report.prices),
    ]
    if report.sensitivity:
        lines += ["", "What moves the break-even most (each input -50%/+50% alone):"]
        lines += [f"  {swing_line(s)}" for s in report.sensitivity[:SENSITIVITY_ROWS]]
    if report.assumptions:
        lines += ["", "Assumed (not in the description):"]
        lines += [f"  {a.name}: {a.value} - {a.why}" for a in report.assumptions]
    if report.warnings:
        lines += ["", "Warnings:", *(f"  {w}" for w in report.warnings)]
    return "\n".join(lines) + "\n"


def _price(row: PriceUsed) -> str:
    checked = row.checked.isoformat() if row.checked else "set by you"
    state = "" if row.available else " - no longer offered"
    return (
        f"{row.row}: ${format_price(row.price)}{_UNITS[row.unit.value]} "
        f"({row.source}; checked {checked}){state}"
    )


def swing_line(item: Sensitivity) -> str:
    """One sensitivity row as a sentence: each end of the swing and where the choice flips."""

    def month(value: int | None) -> str:
        return "never" if value is None else f"month {value}"

    flip = (
        f"; the cheaper option changes at {_value(item.flips_at, item.unit)}"
        if item.flips_at is not None
        else ""
    )
    return (
        f"{item.input}: {_value(item.low, item.unit)} -> {month(item.break_even_low)}, "
        f"{_value(item.high, item.unit)} -> {month(item.break_even_high)}{flip}"
    )


def _value(value: Decimal, unit: str) -> str:
    if unit == "USD":
        return format_usd(value)
    if unit.startswith("USD per"):
        return f"${format_price(value)}{unit.removeprefix('USD')}"
    return f"{value.normalize():,f} {unit}"
