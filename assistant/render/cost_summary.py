"""A cost report in a few plain sentences for a person (no markup: renderers add it).

Prompting: $1,240/month after a $4,000 setup.
Fine-tuning: $18,500 up front (data preparation $12,000, training $6,500), then $620/month.
Break-even in month 14 of 24; fine-tuning is 52% cheaper over 24 months.
Priced with GPT-4.1 mini (checked 2025-06-01); 10,000 requests/month assumed; 351-token
    prompts (counted exactly).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.costs.messages import significant
from assistant.costs.money import format_usd
from assistant.costs.report import CostReport, TokenSource


def cost_summary_lines(report: CostReport) -> list[str]:
    """Two to five short lines: both options' costs, the break-even, what it rests on."""
    prompting, tuning = report.prompting, report.fine_tuning
    lines = [
        f"Prompting: {format_usd(prompting.monthly)}/month after a "
        f"{format_usd(prompting.one_off)} setup.",
        f"Fine-tuning: {format_usd(tuning.one_off)} up front (data preparation "
        f"{format_usd(tuning.data_preparation)}, training {format_usd(tuning.training)}), "
        f"then {format_usd(tuning.monthly)}/month"
        + (
            f", retrained every {tuning.retrain_every_months} months."
            if tuning.retrain_months
            else "."
        ),
        _verdict(report),
    ]
    if report.break_even_month is None and report.break_even_monthly_requests is not None:
        lines.append(
            f"Fine-tuning pays off within {report.horizon_months} months from about "
            f"{significant(Decimal(report.break_even_monthly_requests))} requests/month."
        )
    lines.append(_basis(report))
    return lines


def caveat_lines(report: CostReport) -> list[str]:
    """Why these two models are compared, then every warning (shutdowns, budget, price
    age), each one line."""
    return [f"Compared: {report.profile.why}", *report.warnings]


def _verdict(report: CostReport) -> str:
    horizon = report.horizon_months
    month = report.break_even_month
    if month is None:
        volume = f"{report.monthly_requests:,} requests/month"
        return (
            f"Fine-tuning never pays off within {horizon} months at {volume}: "
            f"{_lower_first(report.break_even_reason or '')}"
        )
    when = "from the start" if month == 0 else f"in month {month} of {horizon}"
    return (
        f"Break-even {when}; fine-tuning is {report.savings_pct.normalize():f}% cheaper "
        f"over {horizon} months."
    )


def _basis(report: CostReport) -> str:
    checked = sorted({p.checked.isoformat() for p in report.prices if p.checked is not None})
    dates = f" (checked {', '.join(checked)})" if checked else ""
    volume = (
        f"{report.monthly_requests:,} requests/month"
        if report.volume_known
        else f"{report.monthly_requests:,} requests/month assumed"
    )
    if report.tokens.source is TokenSource.STATED:
        counted = "your figure"
    else:
        counted = "counted exactly" if report.tokens.exact else "estimated count"
    return (
        f"Priced with {report.profile.title}{dates}; {volume}; "
        f"{report.tokens.prompting_input:,}-token prompts ({counted})."
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
