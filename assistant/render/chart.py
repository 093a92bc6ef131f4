"""The two cumulative-cost curves as a PNG, with the break-even marked.

matplotlib is an optional extra (``pip install 'advisor[charts]'``): it is imported only
here, only when a chart is asked for, with the non-interactive Agg backend.
"""

from __future__ import annotations

import io

from assistant.costs.money import format_usd
from assistant.costs.report import CostReport
from assistant.errors import CostError

PROMPTING_COLOUR = "#1f77b4"
FINE_TUNING_COLOUR = "#d62728"


def cost_chart_png(report: CostReport) -> bytes:
    """The chart of ``report`` as PNG bytes (the caller writes or uploads them).

    Raises ``CostError`` when matplotlib is not installed.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
        from matplotlib.ticker import FuncFormatter, MaxNLocator
    except ImportError as exc:
        raise CostError(
            "charts need matplotlib: install it with pip install 'advisor[charts]'"
        ) from exc

    months = list(range(report.horizon_months + 1))
    prompting = [float(v) for v in report.series.prompting]
    tuning = [float(v) for v in report.series.fine_tuning]
    figure, axes = pyplot.subplots(figsize=(8, 4.5), dpi=120)
    try:
        axes.plot(months, prompting, color=PROMPTING_COLOUR, linewidth=2.2, label="Prompting")
        axes.plot(
            months,
            tuning,
            color=FINE_TUNING_COLOUR,
            linewidth=2.2,
            label="Fine-tuning"
            + ("" if report.profile.fine_tuning_available else " (no longer offered)"),
        )
        month = report.break_even_month
        if month is not None:
            axes.axvline(month, color="#555555", linestyle="--", linewidth=1)
            axes.annotate(
                f"break-even: month {month}\n{format_usd(report.series.fine_tuning[month])}",
                xy=(month, float(report.series.fine_tuning[month])),
                xytext=(16, 30),
                textcoords="offset points",
                fontsize=9,
                bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#bbbbbb"},
                arrowprops={"arrowstyle": "->", "color": "#555555"},
            )
            axes.plot([month], [float(report.series.fine_tuning[month])], "o", color="#333333")
        axes.set_title(_title(report), fontsize=11)
        axes.set_xlabel("Month")
        axes.set_ylabel("Cumulative cost (USD)")
        axes.set_xlim(0, report.horizon_months)
        axes.set_ylim(bottom=0)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"${value:,.0f}"))
        axes.grid(True, alpha=0.3)
        axes.legend(loc="upper left", framealpha=0.95, edgecolor="#dddddd")
        figure.text(0.01, 0.01, _footnote(report), fontsize=7, color="#555555")
        figure.tight_layout(rect=(0, 0.04, 1, 1))
        png = io.BytesIO()
        figure.savefig(png, format="png")
    finally:
        pyplot.close(figure)
    return png.getvalue()


def _title(report: CostReport) -> str:
    if report.break_even_month is None:
        verdict = f"fine-tuning does not pay off within {report.horizon_months} months"
    elif report.break_even_month == 0:
        verdict = "fine-tuning is cheaper from the start"
    else:
        verdict = f"fine-tuning breaks even in month {report.break_even_month}"
    return f"Prompting vs fine-tuning: {verdict}"


def _footnote(report: CostReport) -> str:
    checked = sorted({p.checked.isoformat() for p in report.prices if p.checked is not None})
    return (
        f"{report.profile.title}; {report.monthly_requests:,} requests/month"
        + ("" if report.volume_known else " (assumed)")
        + (
            f", growing {report.volume_growth_pct.normalize():f}%/month"
            if report.volume_growth_pct
            else ""
        )
        + f"; prices checked {', '.join(checked) or 'n/a'}"
    )
