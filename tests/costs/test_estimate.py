"""``estimate`` end to end: hand-worked reports, defaults shown as assumptions, bad input.

Profile E (the hand-priced model: input $1, output $2, fine-tuned input $2, fine-tuned
output $4, training $5 per 1M tokens, no hosting), every input set by option:
    1,000,000 requests/month; 1,000 prompt tokens, 200 fine-tuned, 100 output
    prompting    per request 1,000 x $1/1M + 100 x $2/1M = $0.0012 -> $1,200/month
                 one-off 20 h x $100 = $2,000; 12 months: 2,000 + 14,400 = $16,400
    fine-tuning  labels: 1,000 examples wanted, 400 on hand -> 600 x $1 = $600
                 engineering 30 h x $100 = $3,000
                 training 1,000 examples x (200 + 100) tokens x 2 epochs = 600,000 tokens
                          x $5/1M = $3
                 one-off 600 + 3,000 + 3 = $3,603
                 per request 200 x $2/1M + 100 x $4/1M = $0.0008 -> $800/month
                 retrained every 6 months -> month 7 adds $3 of compute, 200 fresh
                 labels (20% of 1,000) x $1 and 8 h of evaluation x $100 = $1,003
                 12 months: 3,603 + 9,600 + 1,003 = $14,206
    break-even   2,000 + 1,200 m >= 3,603 + 800 m -> m >= 4.0075 -> month 5
                 (month 4: 6,800 vs 6,803; month 5: 8,000 vs 7,603; month 7:
                 10,400 vs 10,206 with the retraining)
    volume       (3,603 + 1,003 - 2,000) / (12 x 0.0004) = 542,916.67 -> 542,917 requests
    savings      16,400 - 14,206 = $2,194 = 13.4% of 16,400
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.constraints import Change, Constraints, Domain, Task
from assistant.costs import CostOptions, PriceTable, TokenCounter, estimate
from assistant.costs.report import InputSource, TokenSource
from assistant.errors import CostError, CostInputError, UnknownModelError
from assistant.records import json_data

PROFILE_E = CostOptions(
    model="hand-model",
    horizon_months=12,
    monthly_requests=1_000_000,
    prompt_tokens=1_000,
    fine_tuned_prompt_tokens=200,
    output_tokens=100,
    training_examples=1_000,
    label_cost_per_item=Decimal(1),
    epochs=2,
    prompt_engineering_hours=Decimal(20),
    fine_tuning_engineering_hours=Decimal(30),
    engineering_rate_per_hour=Decimal(100),
    retrain_every_months=6,
)
HAS_400_LABELS = Constraints(task=Task.CLASSIFICATION, labeled_examples=400, budget_usd=3_000)


def test_profile_e_by_hand(hand_table: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    assert report.prompting.per_request == Decimal("0.0012")
    assert report.prompting.one_off == Decimal("2000.00")
    assert report.prompting.monthly == Decimal("1200.00")
    assert report.prompting.total == Decimal("16400.00")
    tuning = report.fine_tuning
    assert (tuning.labels_to_make, tuning.labeling) == (600, Decimal("600.00"))
    assert tuning.engineering == Decimal("3000.00")
    assert tuning.data_preparation == Decimal("3600.00")
    assert tuning.training_tokens == 600_000
    assert tuning.training == Decimal("3.00")
    assert tuning.one_off == Decimal("3603.00")
    assert tuning.monthly == tuning.inference == Decimal("800.00")
    assert tuning.hosting == Decimal("0.00")
    assert tuning.retrain_months == (7,)
    assert tuning.retraining_cost == Decimal("1003.00")
    assert tuning.total == Decimal("14206.00")
    assert report.break_even_month == 5
    assert report.break_even_reason is None
    assert report.break_even_monthly_requests == 542_917
    assert report.series.prompting[4] == Decimal("6800.00")
    assert report.series.fine_tuning[4] == Decimal("6803.00")
    assert report.cheaper == "fine-tuning"
    assert report.savings == Decimal("2194.00")
    assert report.savings_pct == Decimal("13.4")


def test_facts_have_the_agreed_keys(hand_table: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    assert dataclasses.asdict(report.facts()) == {
        "break_even_month": 5,
        "fine_tuning_pays_off": True,
        "prompting_monthly_usd": Decimal("1200.00"),
        "fine_tuning_monthly_usd": Decimal("800.00"),
        "fine_tuning_one_off_usd": Decimal("3603.00"),
        "fine_tuning_one_off_exceeds_budget": True,  # $3,603 against $3,000
        "prompt_tokens_per_request": 1_000,
        "volume_known": True,
    }
    no_budget = dataclasses.replace(HAS_400_LABELS, budget_usd=None)
    facts = estimate(no_budget, prices=hand_table, tokens=tokens, options=PROFILE_E).facts()
    assert facts.fine_tuning_one_off_exceeds_budget is None


def test_json_shows_numbers_rounded_to_cents(hand_table: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=PROFILE_E)
    data = json_data(report)
    assert data["currency"] == "USD"
    assert data["horizon_months"] == 12
    assert data["prompting"] == {
        **data["prompting"],
        "one_off": 2000.0,
        "monthly": 1200.0,
        "total": 16400.0,
    }
    assert data["fine_tuning"]["one_off"] == 3603.0
    assert data["fine_tuning"]["data_preparation"] == 3600.0
    assert data["series"]["prompting"][:3] == [2000.0, 3200.0, 4400.0]
    assert len(data["series"]["fine_tuning"]) == 13
    assert data["break_even_month"] == 5
    rows = {row["row"]: row for row in data["prices"]}
    assert rows["hand-model/input"]["price"] == 1
    assert rows["hand-model/input"]["source"] == "test sheet"
    assert rows["hand-model/input"]["checked"] == "2025-01-01"
    assert {"input", "low", "high", "break_even_low", "break_even_high", "flips_at"} <= set(
        data["sensitivity"][0]
    )
    json.dumps(data)  # everything is plain JSON


def test_same_input_same_bytes(shipped: PriceTable, tokens: TokenCounter) -> None:
    constraints = Constraints(task=Task.SUMMARIZATION, monthly_requests=80_000)
    first = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    second = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert json.dumps(json_data(first)) == json.dumps(json_data(second))


def test_defaults_are_listed_as_assumptions(shipped: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=CostOptions())
    names = {a.name for a in report.assumptions}
    assert {
        "price profile",
        "monthly requests",
        "task (sizes the prompt)",
        "few-shot examples",
        "output tokens per request",
        "training examples needed",
        "labeled examples on hand",
        "label cost per item",
        "epochs",
        "prompt tokens per request",
        "prompt-engineering hours",
        "fine-tuning engineering hours",
        "engineering rate per hour",
        "retrain every (months)",
    } <= names
    assert all(a.why for a in report.assumptions)
    assert report.volume_known is False
    assert report.monthly_requests == 10_000
    assert report.profile.id == shipped.default_profile == "hosted-lora"
    assert report.tokens.source is TokenSource.TEMPLATE
    assert report.tokens.task == "chat"
    # GPT-6's tokenizer is not published: o200k_base counts are estimates.
    assert report.tokens.exact is False
    assert report.horizon_months == 24
    assert report.facts().volume_known is False


def test_stated_figures_are_given_not_assumed(shipped: PriceTable, tokens: TokenCounter) -> None:
    constraints = Constraints(task=Task.CHAT, monthly_requests=50_000, labeled_examples=3_000)
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    given = {g.name: g for g in report.given}
    assert given["monthly requests"].source is InputSource.DESCRIPTION
    assert given["monthly requests"].value == "50,000"
    names = {a.name for a in report.assumptions}
    assert "monthly requests" not in names
    assert "label cost per item" not in names  # 3,000 labels on hand, 1,000 needed
    assert report.fine_tuning.labels_to_make == 0
    assert report.fine_tuning.labeling == 0
    assert report.fine_tuning.training_examples == 3_000  # trains on every label there is
    assert report.volume_known is True


def test_labels_gap_and_expert_label_cost(shipped: PriceTable, tokens: TokenCounter) -> None:
    constraints = Constraints(domain=Domain.LEGAL, task=Task.DOCUMENT_REVIEW, labeled_examples=250)
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    # 1,000 wanted - 250 on hand = 750 to label at the specialist rate of $3.00
    assert report.fine_tuning.labels_to_make == 750
    assert report.fine_tuning.labeling == Decimal("2250.00")


def test_requirements_change_sets_the_retraining_interval(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    frequent = Constraints(requirements_change=Change.FREQUENT)
    stable = Constraints(requirements_change=Change.STABLE)
    options = CostOptions()
    assert estimate(
        frequent, prices=shipped, tokens=tokens, options=options
    ).fine_tuning.retrain_months == (
        4,
        7,
        10,
        13,
        16,
        19,
        22,
    )
    assert estimate(
        stable, prices=shipped, tokens=tokens, options=options
    ).fine_tuning.retrain_months == (13,)


def test_never_breaks_even_with_its_reason(hand_table: PriceTable, tokens: TokenCounter) -> None:
    # 10,000 requests: saving 10,000 x 0.0004 = $4 a month against $1,603 extra
    options = dataclasses.replace(PROFILE_E, monthly_requests=10_000, horizon_months=24)
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=options)
    assert report.break_even_month is None
    assert report.break_even_reason is not None
    assert "$4.00" in report.break_even_reason
    assert "within 24 months" in report.break_even_reason
    assert report.facts().fine_tuning_pays_off is False
    assert report.cheaper == "prompting"
    # fixed extra 1,603 + 3 retrainings of $1,003 (months 7, 13, 19) = 4,612; / (24 x 0.0004)
    assert report.break_even_monthly_requests == 480_417  # 480,416.67 rounded up


def test_never_when_a_tuned_request_costs_more(
    hand_table: PriceTable, tokens: TokenCounter
) -> None:
    options = dataclasses.replace(PROFILE_E, fine_tuned_input_price_per_1m=Decimal(6))
    report = estimate(HAS_400_LABELS, prices=hand_table, tokens=tokens, options=options)
    assert report.break_even_month is None
    assert report.break_even_reason is not None
    assert "never catches up" in report.break_even_reason
    assert report.break_even_monthly_requests is None
    assert report.break_even_monthly_requests_reason is not None
    used = {p.row: p for p in report.prices}["hand-model/fine_tuned_input"]
    assert used.set_by_person and used.price == 6 and used.checked is None


def test_growth_from_the_description(hand_table: PriceTable, tokens: TokenCounter) -> None:
    grown = dataclasses.replace(HAS_400_LABELS, volume_growth_pct=Decimal(10))
    options = dataclasses.replace(PROFILE_E, horizon_months=3)
    report = estimate(grown, prices=hand_table, tokens=tokens, options=options)
    assert report.series.monthly_requests == (1_000_000, 1_100_000, 1_210_000)
    # 2,000 + 3,310,000 x 0.0012
    assert report.prompting.total == Decimal("5972.00")
    assert report.volume_growth_pct == 10


def test_documents_profile_cites_its_passages(shipped: PriceTable, tokens: TokenCounter) -> None:
    options = CostOptions(
        model="documents",
        monthly_requests=10_000,
        prompt_tokens=1_000,
        output_tokens=500,
        fine_tuned_prompt_tokens=300,
    )
    report = estimate(Constraints(task=Task.CHAT), prices=shipped, tokens=tokens, options=options)
    # prompting: 10,000 x (1,000 x $0.06/1K + 500 x $0.12/1K) = 10,000 x $0.12 = $1,200
    assert report.prompting.monthly == Decimal("1200.00")
    # training: 1,000 examples x 800 tokens x 3 epochs = 2.4M tokens at 1M tokens an hour
    # = 2.4 h, billed at least 8 h x $100 = $800
    assert report.fine_tuning.training_hours == 8
    assert report.fine_tuning.training == Decimal("800.00")
    cited = {c for p in report.prices for c in p.cites}
    assert {"strategy.api-token-price", "strategy.instance-hour-cost"} <= cited
    assert report.tokens.exact is False  # the documents name no tokenizer


def test_self_hosted_profile_pays_for_the_gpu(shipped: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(
        Constraints(task=Task.CHAT, monthly_requests=100_000),
        prices=shipped,
        tokens=tokens,
        options=CostOptions(model="self-hosted-8b"),
    )
    # $1.79 an hour x 730 hours, one GPU
    assert report.fine_tuning.hosting == Decimal("1306.70")
    assert report.fine_tuning.inference == 0
    assert report.fine_tuning.serving_instances == 1
    assert report.tokens.fine_tuned_exact is False  # Llama's tokenizer is not shipped


def test_self_hosted_capacity_warning(shipped: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(
        Constraints(task=Task.CHAT, monthly_requests=500_000_000),
        prices=shipped,
        tokens=tokens,
        options=CostOptions(model="self-hosted-8b", sensitivity=False),
    )
    assert any("hosting is understated" in w for w in report.warnings)


def test_a_retired_offering_never_pays_off(shipped: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(
        Constraints(task=Task.CHAT, monthly_requests=5_000_000),
        prices=shipped,
        tokens=tokens,
        options=CostOptions(model="davinci"),
    )
    assert report.profile.fine_tuning_available is False
    assert report.break_even_month is None
    assert report.break_even_reason is not None
    assert "no longer offered" in report.break_even_reason
    assert "2024-01-04" in report.break_even_reason
    assert report.facts().fine_tuning_pays_off is False
    assert report.sensitivity == ()


def test_unknown_model_option(shipped: PriceTable, tokens: TokenCounter) -> None:
    with pytest.raises(UnknownModelError) as caught:
        estimate(Constraints(), prices=shipped, tokens=tokens, options=CostOptions(model="gpt-9"))
    assert "gpt-9" in str(caught.value)
    assert "gpt-4.1-mini" in str(caught.value)  # the known ones are listed


def test_model_names_are_matched_loosely(shipped: PriceTable, tokens: TokenCounter) -> None:
    options = CostOptions(model="GPT-4o Mini")
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    assert report.profile.id == "gpt-4o-mini"


def test_unknown_model_in_the_text_is_priced_with_the_default(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(
        Constraints(model="claude-3-haiku"), prices=shipped, tokens=tokens, options=CostOptions()
    )
    assert report.profile.id == shipped.default_profile
    assert any("'claude-3-haiku'" in w and "not in the price table" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("options", "field", "words"),
    [
        (CostOptions(monthly_requests=-5), "monthly requests", "negative"),
        (CostOptions(monthly_requests=50_000_000_000), "monthly requests", "beyond any real"),
        (CostOptions(volume_growth_pct=Decimal(500)), "volume growth", "500%"),
        (CostOptions(horizon_months=0), "horizon", "outside"),
        (CostOptions(horizon_months=600), "horizon", "outside"),
        (CostOptions(prompt_tokens=-1), "prompt tokens", "negative"),
        (CostOptions(input_price_per_1m=Decimal(-1)), "input price", "negative"),
        (CostOptions(epochs=0), "epochs", "outside"),
        (CostOptions(label_cost_per_item=Decimal("-0.5")), "label cost per item", "negative"),
        (CostOptions(retrain_every_months=0), "retraining interval", "not positive"),
    ],
)
def test_bad_figures_get_a_clear_message(
    shipped: PriceTable, tokens: TokenCounter, options: CostOptions, field: str, words: str
) -> None:
    with pytest.raises(CostInputError) as caught:
        estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert words in str(caught.value)


def test_a_100000_token_pasted_prompt(shipped: PriceTable, tokens: TokenCounter) -> None:
    pasted = "lorem " * 100_000
    counted = tokens.count(pasted, encoding=shipped.models["gpt-4.1-mini"].encoding)
    assert 100_000 <= counted <= 100_010  # " lorem" is one token in o200k_base
    options = CostOptions(prompt_text=pasted, sensitivity=False)
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    # one user message: 3 per message + 1 for the role + the text + 3 priming the reply
    assert report.tokens.prompting_input == counted + 7
    assert report.tokens.source is TokenSource.PASTED
    assert any(f"{counted + 7:,} tokens per request" in w for w in report.warnings)
    # a model whose context window cannot hold it is refused with a sentence
    with pytest.raises(CostInputError) as caught:
        estimate(
            Constraints(),
            prices=shipped,
            tokens=tokens,
            options=dataclasses.replace(options, model="davinci"),
        )
    assert "context window" in str(caught.value)


def test_stated_prompt_scales_the_fine_tuned_prompt(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(
        Constraints(task=Task.CLASSIFICATION, prompt_tokens=1_500),
        prices=shipped,
        tokens=tokens,
        options=CostOptions(),
    )
    # the classification template sends 284 tokens prompted, 49 fine-tuned (o200k_base):
    # 1,500 x 49 / 284 = 258.8 -> 259
    assert report.tokens.prompting_input == 1_500
    assert report.tokens.fine_tuned_input == 259
    assert report.tokens.source is TokenSource.STATED
    assert report.tokens.exact is False
    assert any(a.name == "fine-tuned prompt tokens per request" for a in report.assumptions)


@settings(max_examples=150, deadline=None)
@given(
    model=st.sampled_from([None, "gpt-4.1-mini", "documents", "self-hosted-8b", "davinci", "x"]),
    monthly_requests=st.one_of(st.none(), st.integers(-(10**12), 10**12)),
    prompt_tokens=st.one_of(st.none(), st.integers(-10, 2_000_000)),
    output_tokens=st.one_of(st.none(), st.integers(-10, 100_000)),
    horizon=st.integers(-5, 200),
    growth=st.one_of(st.none(), st.decimals(-200, 300, places=2)),
    price=st.one_of(st.none(), st.decimals(-1, 1_000, places=4)),
    retrain=st.one_of(st.none(), st.integers(-2, 100)),
)
def test_any_figures_give_a_report_or_a_cost_error(
    shipped: PriceTable,
    tokens: TokenCounter,
    model: str | None,
    monthly_requests: int | None,
    prompt_tokens: int | None,
    output_tokens: int | None,
    horizon: int,
    growth: Decimal | None,
    price: Decimal | None,
    retrain: int | None,
) -> None:
    options = CostOptions(
        model=model,
        monthly_requests=monthly_requests,
        prompt_tokens=prompt_tokens,
        output_tokens=output_tokens,
        horizon_months=horizon,
        volume_growth_pct=growth,
        input_price_per_1m=price,
        retrain_every_months=retrain,
    )
    try:
        report = estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    except CostError as exc:
        assert str(exc)  # a sentence, not a traceback
        return
    assert len(report.series.prompting) == report.horizon_months + 1
    assert (report.break_even_month is None) == (report.break_even_reason is not None)
    json.dumps(json_data(report))
