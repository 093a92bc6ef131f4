"""Fixtures for the cost engine's tests: the shipped table, a hand-priced table, and a
network that refuses every connection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.costs import PriceTable, TokenCounter, load_price_table
from assistant.paths import knowledge_dir

from .netblock import blocked_network

PRICES = knowledge_dir() / "prices.yaml"


def _row(item: str, price: str, unit: str = "per_1m_tokens") -> str:
    return (
        f"  - {{model: hand-model, item: {item}, price: {price!r}, unit: {unit}, "
        "source: test sheet, checked: 2025-01-01}"
    )


#: A model with round prices, so every figure can be worked out by hand.
HAND_PRICED = "\n".join(
    [
        "models:",
        "  - {id: hand-model, provider: Test, title: Hand-priced model,",
        "     encoding: o200k_base, tokens_exact: true, context_window: 128000}",
        "rows:",
        _row("input", "1.00"),
        _row("output", "2.00"),
        _row("fine_tuned_input", "2.00"),
        _row("fine_tuned_output", "4.00"),
        _row("training", "5.00"),
        _row("hosting_hour", "0", unit="per_hour"),
    ]
)


@pytest.fixture(scope="session")
def shipped() -> PriceTable:
    return load_price_table(PRICES)


@pytest.fixture(scope="session")
def hand_table(tmp_path_factory: pytest.TempPathFactory) -> PriceTable:
    path = tmp_path_factory.mktemp("prices") / "hand.yaml"
    path.write_text(HAND_PRICED, encoding="utf-8")
    return load_price_table(PRICES, overrides=path)


@pytest.fixture(scope="session")
def tokens() -> TokenCounter:
    return TokenCounter()


@pytest.fixture
def no_network() -> Iterator[None]:
    """Every attempt to resolve a name or open a connection fails."""
    with blocked_network():
        yield
