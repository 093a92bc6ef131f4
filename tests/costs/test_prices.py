"""The price table: the shipped rows, validation with file and row in every message,
and an operator's own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.costs import PriceItem, PriceTable, load_price_table
from assistant.costs.prices import ProfileKind
from assistant.errors import KnowledgeError
from assistant.guidance import load_guidance
from assistant.paths import knowledge_dir
from assistant.records import field_types

PRICES = knowledge_dir() / "prices.yaml"
GUIDANCE = knowledge_dir() / "guidance.yaml"
#: The passages the brief names for the documents' figures.
DOCUMENT_PASSAGES = {
    "strategy.api-token-price",
    "strategy.instance-hour-cost",
    "strategy.gpt3-fine-tuning-hourly",
    "hidden-cost.data-preparation",
    "hidden-cost.compute",
    "mastering.retraining",
    "mastering.scales-with-use",
    "mastering.cost-table-initial",
    "mastering.cost-table-operational",
}
ROW = (
    "{model: gpt-4.1-mini, item: input, price: '0.50', unit: per_1m_tokens, "
    "source: {source}, checked: 2026-01-01}"
)


def _file(tmp_path: Path, text: str, name: str = "ours.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_row_is_dated_and_sourced(shipped: PriceTable) -> None:
    assert shipped.default_profile == "hosted-lora"
    for row in shipped.rows.values():
        assert row.source and row.checked.year >= 2023
        assert row.currency == "USD"
    kinds = {profile.kind for profile in shipped.profiles.values()}
    assert kinds == {ProfileKind.LIST_PRICE, ProfileKind.DOCUMENTS}


def test_documents_profile_gives_the_documents_figures(shipped: PriceTable) -> None:
    api = shipped.row("documents", PriceItem.INPUT)
    hourly = shipped.row("documents", PriceItem.TRAINING_HOUR)
    assert api is not None and hourly is not None
    assert (api.low, api.high) == (api.price, 2 * api.price)  # $0.06-$0.12 per 1K tokens
    assert str(api.price) == "0.06"
    assert (hourly.low, hourly.high, hourly.price) == (50, 200, 100)
    assert "strategy.gpt3-fine-tuning-hourly" in hourly.cites


def test_retired_offering_is_marked_unavailable(shipped: PriceTable) -> None:
    training = shipped.row("davinci", PriceItem.TRAINING)
    assert training is not None
    assert training.available is False
    assert training.retired is not None and training.retired.isoformat() == "2024-01-04"
    current = shipped.row("gpt-4.1-mini", PriceItem.TRAINING)
    assert current is not None and current.available


def test_shipped_citations_point_at_guidance(shipped: PriceTable) -> None:
    cited = {c for row in shipped.rows.values() for c in row.cites}
    assert cited <= DOCUMENT_PASSAGES
    if not GUIDANCE.is_file():
        pytest.skip("knowledge/guidance.yaml is not there yet")
    ids = frozenset(load_guidance(GUIDANCE).passages)
    load_price_table(PRICES, guidance_ids=ids)  # raises if a citation points nowhere
    assert ids >= DOCUMENT_PASSAGES


def test_citation_to_nowhere_names_file_and_row() -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_price_table(PRICES, guidance_ids=frozenset({"strategy.api-token-price"}))
    assert caught.value.file == "prices.yaml"
    assert caught.value.entry == "rows[documents/hosting_hour]"
    assert "cites unknown guidance passage" in str(caught.value)


def test_overrides_replace_and_add_rows(tmp_path: Path) -> None:
    ours = _file(
        tmp_path,
        "rows:\n  - " + ROW.replace("{source}", "our contract") + "\n"
        "default_profile: gpt-4o-mini\n",
    )
    table = load_price_table(PRICES, overrides=ours)
    row = table.row("gpt-4.1-mini", PriceItem.INPUT)
    assert row is not None
    assert str(row.price) == "0.50"
    assert row.source == "our contract"
    assert table.default_profile == "gpt-4o-mini"
    assert table.resolve(None).id == "gpt-4o-mini"


@pytest.mark.parametrize(
    ("text", "entry", "words"),
    [
        # no source
        (
            "rows:\n  - {model: gpt-4.1-mini, item: input, price: '0.5', unit: per_1m_tokens,"
            " checked: 2026-01-01}\n",
            "rows[gpt-4.1-mini/input].source",
            "Field required",
        ),
        # no date
        (
            "rows:\n  - {model: gpt-4.1-mini, item: input, price: '0.5', unit: per_1m_tokens,"
            " source: ours}\n",
            "rows[gpt-4.1-mini/input].checked",
            "Field required",
        ),
        # another currency
        (
            "rows:\n  - {model: gpt-4.1-mini, item: input, price: '0.5', unit: per_1m_tokens,"
            " source: ours, checked: 2026-01-01, currency: EUR}\n",
            "rows[gpt-4.1-mini/input].currency",
            "Advisor prices in USD",
        ),
        # a typo in a field name
        (
            "rows:\n  - {model: gpt-4.1-mini, item: input, price: '0.5', prise: '0.5',"
            " unit: per_1m_tokens, source: ours, checked: 2026-01-01}\n",
            "rows[gpt-4.1-mini/input]",
            "Unexpected keyword argument",
        ),
        # a negative price
        (
            "rows:\n  - " + ROW.replace("'0.50'", "'-1'").replace("{source}", "ours") + "\n",
            "rows[gpt-4.1-mini/input].price",
            "greater than or equal to 0",
        ),
        # an hourly item priced per token
        (
            "rows:\n  - {model: gpt-4.1-mini, item: hosting_hour, price: '1', unit: "
            "per_1m_tokens, source: ours, checked: 2026-01-01}\n",
            "rows[gpt-4.1-mini/hosting_hour]",
            "does not fit item",
        ),
        # a row for a model the table does not know
        (
            "rows:\n  - "
            + ROW.replace("gpt-4.1-mini", "mystery").replace("{source}", "xyz")
            + "\n",
            "rows[mystery/input]",
            "unknown model 'mystery'",
        ),
    ],
)
def test_invalid_override_names_file_and_row(
    tmp_path: Path, text: str, entry: str, words: str
) -> None:
    ours = _file(tmp_path, text)
    with pytest.raises(KnowledgeError) as caught:
        load_price_table(PRICES, overrides=ours)
    message = str(caught.value)
    assert message.startswith("ours.yaml: ")
    assert entry in message
    assert words in message


def test_file_level_currency_is_refused(tmp_path: Path) -> None:
    ours = _file(tmp_path, "currency: EUR\n")
    with pytest.raises(KnowledgeError, match=r"ours.yaml: currency 'EUR' is not supported"):
        load_price_table(PRICES, overrides=ours)


def test_profile_missing_prices_is_refused(tmp_path: Path) -> None:
    ours = _file(
        tmp_path,
        "models:\n  - {id: bare, provider: X, title: Bare, encoding: o200k_base, "
        "tokens_exact: false, context_window: 1000}\n"
        "profiles:\n  - {id: bare-profile, title: Bare, kind: list_price, prompting_model: bare,"
        " fine_tuning_model: bare, why: a profile without any price rows}\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_price_table(PRICES, overrides=ours)
    assert caught.value.file == "ours.yaml"
    assert caught.value.entry == "profiles[bare-profile]"


def test_duplicate_rows_in_one_file(tmp_path: Path) -> None:
    row = ROW.replace("{source}", "ours")
    ours = _file(tmp_path, f"rows:\n  - {row}\n  - {row}\n")
    with pytest.raises(KnowledgeError, match="two rows price the same model and item"):
        load_price_table(PRICES, overrides=ours)


def test_missing_override_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="file not found"):
        load_price_table(PRICES, overrides=tmp_path / "absent.yaml")


def test_a_profile_in_a_report_has_every_field_of_the_price_files_profile() -> None:
    from assistant.costs.prices import Profile
    from assistant.costs.report import ProfileUsed

    assert set(field_types(ProfileUsed)) == {*field_types(Profile), "fine_tuning_available"}
