"""What a person reads (summary lines, the full text) and sees (the chart)."""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal

import pytest

from assistant.constraints import Constraints, Task
from assistant.costs import CostOptions, PriceTable, TokenCounter, estimate
from assistant.costs.money import format_usd, parse_usd
from assistant.errors import CostError, CostInputError, CurrencyError
from assistant.render import cost_chart_png, cost_report_text, cost_summary_lines

from .test_estimate import HAS_400_LABELS, PROFILE_E

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_summary_of_a_break_even(hand_table: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    lines = cost_summary_lines(report)
    assert 2 <= len(lines) <= 5
    assert lines[0] == "Prompting: $1,200/month after a $2,000 setup."
    assert lines[1] == (
        "Fine-tuning: $3,603 up front (data preparation $3,600, training $3.00), "
        "then $800/month, retrained every 6 months."
    )
    assert lines[2] == "Break-even in month 5 of 12; fine-tuning is 13.4% cheaper over 12 months."
    assert "Hand-priced model" in lines[-1]
    assert "checked 2025-01-01" in lines[-1]


def test_summary_of_never(hand_table: PriceTable, tokens: TokenCounter) -> None:
    options = dataclasses.replace(PROFILE_E, monthly_requests=600, horizon_months=24)
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=options)
    lines = cost_summary_lines(report)
    assert 2 <= len(lines) <= 5
    assert lines[2].startswith(
        "Fine-tuning never pays off within 24 months at 600 requests/month: "
    )
    # 480,417 requests/month, said to the two figures the inputs justify
    assert any("from about 480,000 requests/month" in line for line in lines)
    for line in lines:
        assert "*" not in line and "<" not in line  # no markup


def test_full_text_names_prices_tokens_and_assumptions(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(
        Constraints(task=Task.CHAT),
        prices=shipped,
        tokens=tokens,
        options=CostOptions(model="gpt-4.1-mini"),
    )
    text = cost_report_text(report)
    assert "gpt-4.1-mini/input: $0.40/1M tokens" in text
    assert "checked 2026-10-26" in text
    assert "o200k_base, exact" in text
    assert "monthly requests: 10,000" in text  # an assumption, with its reason
    assert "What moves the break-even most" in text


def test_money_formatting() -> None:
    assert format_usd(Decimal("18500.4")) == "$18,500"
    assert format_usd(Decimal("1240")) == "$1,240"
    assert format_usd(Decimal("3.456")) == "$3.46"
    assert format_usd(Decimal("-2500")) == "-$2,500"


@pytest.mark.parametrize(
    ("text", "value"),
    [("0.40", "0.40"), ("$0.40", "0.40"), ("0.40 USD", "0.40"), ("US$1,250.5", "1250.5")],
)
def test_prices_in_dollars_are_read(text: str, value: str) -> None:
    assert parse_usd(text, field="price") == Decimal(value)


@pytest.mark.parametrize(
    ("text", "currency"), [("€0.40", "EUR"), ("0.40 GBP", "GBP"), ("¥50", "JPY")]
)
def test_prices_in_another_currency_are_refused(text: str, currency: str) -> None:
    with pytest.raises(CurrencyError) as caught:
        parse_usd(text, field="price")
    assert caught.value.currency == currency
    assert "Advisor prices in USD" in str(caught.value)


def test_a_price_that_is_not_a_number() -> None:
    with pytest.raises(CostInputError, match="not an amount in US dollars"):
        parse_usd("cheap", field="input price")


def test_chart_is_png_bytes(hand_table: PriceTable, tokens: TokenCounter) -> None:
    pytest.importorskip("matplotlib")
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    data = cost_chart_png(report)
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 10_000  # a drawn chart, not an empty canvas


def test_chart_without_matplotlib_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, hand_table: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # what an absent package looks like
    with pytest.raises(CostError, match=r"pip install 'advisor\[charts\]'"):
        cost_chart_png(report)
