"""The shipped price data: generated rows match the pinned libraries, the lineup is current,
and every row the default pairing uses is recent."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from assistant.costs import PriceItem, PriceTable
from assistant.costs.lineup import FRESH_MONTHS, add_months
from assistant.paths import knowledge_dir

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_prices.py"


def _generator() -> ModuleType:
    for name in ("genai_prices", "litellm"):
        if importlib.util.find_spec(name) is None:
            pytest.skip(f"{name} (a development dependency: pip install -e '.[test]') is absent")
    spec = importlib.util.spec_from_file_location("generate_prices", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generated_rows_match_the_pinned_libraries() -> None:
    generator = _generator()
    generator.check_versions()
    shipped = (knowledge_dir() / "prices_generated.yaml").read_text(encoding="utf-8")
    assert generator.render() == shipped, "rerun python scripts/generate_prices.py"


def test_generated_rows_carry_the_data_date_and_their_library(shipped: PriceTable) -> None:
    generated = [
        row
        for row in shipped.rows.values()
        if "genai-prices" in row.source or "LiteLLM" in row.source
    ]
    assert len(generated) > 50
    assert {row.checked for row in generated} == {date(2026, 10, 26)}


def test_hosted_lora_inference_is_the_base_models_price(shipped: PriceTable) -> None:
    for base, tuned in (
        (PriceItem.INPUT, PriceItem.FINE_TUNED_INPUT),
        (PriceItem.OUTPUT, PriceItem.FINE_TUNED_OUTPUT),
    ):
        generated, hand = shipped.row("qwen3.5-9b", base), shipped.row("qwen3.5-9b", tuned)
        assert generated is not None and hand is not None
        assert generated.price == hand.price


def test_current_models_of_four_providers_and_an_open_weight_one(shipped: PriceTable) -> None:
    start = date(2026, 12, 3)
    end = add_months(start, 24)
    current = [
        model
        for model in shipped.models.values()
        if shipped.prompts(model.id) and (model.shutdown is None or model.shutdown >= end)
    ]
    assert {"OpenAI", "Anthropic", "Google", "Mistral"} <= {m.provider for m in current}
    open_weight = [m for m in shipped.models.values() if m.open_weight]
    assert any(shipped.fine_tunes(m.id) for m in open_weight)


def test_every_row_of_the_profiles_is_recent(shipped: PriceTable) -> None:
    today = date(2026, 12, 3)
    oldest = add_months(today, -FRESH_MONTHS)
    for profile in shipped.profiles.values():
        if profile.kind.value == "documents":
            continue
        for model in {profile.prompting_model, profile.fine_tuning_model}:
            for row in shipped.rows.values():
                if row.model == model:
                    assert row.checked >= oldest, row.key


def test_the_retiring_family_names_its_successor(shipped: PriceTable) -> None:
    mini = shipped.models["gpt-4.1-mini"]
    assert mini.shutdown == date(2027, 1, 14)
    assert mini.successor == "gpt-6-luna"
    nano = shipped.row("gpt-4.1-nano", PriceItem.FINE_TUNED_INPUT)
    assert nano is not None and nano.available is False


def test_an_included_file_may_not_repeat_a_row(tmp_path: Path) -> None:
    from assistant.costs import load_price_table
    from assistant.errors import KnowledgeError

    row = (
        "  - {model: m, item: input, price: '1', unit: per_1m_tokens, source: sheet,"
        " checked: 2026-11-01}\n"
    )
    model = "models:\n  - {id: m, provider: P, title: M, encoding: o200k_base,"
    model += " tokens_exact: false, context_window: 1000}\n"
    (tmp_path / "more.yaml").write_text("rows:\n" + row, encoding="utf-8")
    main = tmp_path / "main.yaml"
    main.write_text("include: [more.yaml]\n" + model + "rows:\n" + row, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_price_table(main)
    assert "more.yaml" in str(caught.value) and "m/input" in str(caught.value)
