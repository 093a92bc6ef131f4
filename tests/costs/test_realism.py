"""Costs sized to the project: the models it names, the documents it handles, its budget and
volume, today's lineup (shutdowns, price age), cached input, Batch and honest wording."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.constraints import Constraints, Domain, Task
from assistant.costs import CostOptions, PriceItem, PriceTable, TokenCounter, estimate
from assistant.costs.lineup import add_months, month_of
from assistant.costs.prices import load_price_table
from assistant.errors import UnknownModelError
from assistant.parsing import parse
from assistant.paths import knowledge_dir

TODAY = date(2026, 12, 3)


def _rows(report: object) -> set[str]:
    return {price.row for price in report.prices}  # type: ignore[attr-defined]


def test_months_are_counted_from_the_day_given() -> None:
    assert add_months(date(2026, 12, 3), 24) == date(2028, 12, 3)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 3), -6) == date(2026, 6, 3)
    assert month_of(date(2027, 1, 14), start=TODAY) == 2
    assert month_of(date(2026, 12, 3), start=TODAY) == 1


def test_a_model_shutting_down_inside_the_horizon_is_named_with_its_successor(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    options = CostOptions(model="gpt-4.1-mini", today=TODAY)
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    warning = next(w for w in report.warnings if "GPT-4.1 mini" in w)
    assert "2027-01-14" in warning and "month 2 of this 24-month" in warning
    assert "GPT-6 Luna (gpt-6-luna)" in warning
    assert report.profile.fine_tuning_available is True


def test_the_day_is_passed_in_not_read_from_a_clock(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    later = CostOptions(model="gpt-4.1-mini", today=date(2027, 2, 1))
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=later)
    assert report.profile.fine_tuning_available is False
    assert any("was shut down on 2027-01-14" in w for w in report.warnings)
    # Without a day, the table's newest `checked` date is "today": still before the shutdown.
    undated = estimate(
        Constraints(), prices=shipped, tokens=tokens, options=CostOptions(model="gpt-4.1-mini")
    )
    assert undated.profile.fine_tuning_available is True


def test_an_old_price_row_is_flagged(tmp_path: Path, tokens: TokenCounter) -> None:
    ours = tmp_path / "ours.yaml"
    ours.write_text(
        "rows:\n  - {model: gpt-6-sol, item: input, price: '2', unit: per_1m_tokens,"
        " source: our contract, checked: 2026-01-15}\n",
        encoding="utf-8",
    )
    table = load_price_table(knowledge_dir() / "prices.yaml", overrides=ours)
    report = estimate(Constraints(), prices=table, tokens=tokens, options=CostOptions(today=TODAY))
    assert any("gpt-6-sol/input was checked on 2026-01-15" in w for w in report.warnings)


def test_the_default_pairing_is_explained_and_uses_only_recent_rows(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(
        Constraints(), prices=shipped, tokens=tokens, options=CostOptions(today=TODAY)
    )
    assert report.profile.prompting_model != report.profile.fine_tuning_model
    assert "open-weight" in report.profile.why
    assert all(p.checked is not None and p.checked >= date(2026, 6, 3) for p in report.prices)
    assert not report.warnings


@pytest.mark.parametrize(
    ("text", "prompted"),
    [
        ("We want GPT-6 Luna to answer support chats.", "gpt-6-luna"),
        ("Our drafts come from Claude Sonnet 5.5 today.", "claude-sonnet-5-5"),
        ("Gemini 3.8 Flash summarises our calls.", "gemini-3.8-flash"),
        ("We tried Mistral Medium 3.5 for tagging.", "mistral-medium-3.5"),
    ],
)
def test_a_model_named_in_the_description_is_the_one_priced(
    text: str, prompted: str, shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(parse(text), prices=shipped, tokens=tokens, options=CostOptions(today=TODAY))
    assert report.profile.prompting_model == prompted
    assert f"{prompted}/input" in _rows(report)


def test_an_open_weight_model_named_to_fine_tune_is_the_fine_tuned_one(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = parse("We could fine-tune Qwen3.5 9B on our tickets.")
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert report.profile.fine_tuning_model == "qwen3.5-9b"
    assert report.profile.prompting_model == shipped.resolve(None).prompting_model


def test_an_unknown_model_name_is_said(shipped: PriceTable, tokens: TokenCounter) -> None:
    report = estimate(
        Constraints(model="gpt-7-nova"), prices=shipped, tokens=tokens, options=CostOptions()
    )
    assert any("'gpt-7-nova'" in w and "not in the price table" in w for w in report.warnings)


def test_fine_tune_model_option(shipped: PriceTable, tokens: TokenCounter) -> None:
    options = CostOptions(model="claude-haiku-5-5", fine_tune_model="GPT-4o mini", today=TODAY)
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=options)
    assert (report.profile.prompting_model, report.profile.fine_tuning_model) == (
        "claude-haiku-5-5",
        "gpt-4o-mini",
    )
    with pytest.raises(UnknownModelError):
        estimate(
            Constraints(),
            prices=shipped,
            tokens=tokens,
            options=CostOptions(fine_tune_model="claude-haiku-5-5"),  # not fine-tunable
        )


def test_a_long_document_is_priced_at_its_stated_size(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = parse("Legal team reviewing 14-page contracts, about 2,000 a month.")
    assert constraints.document_tokens == 9_333  # 14 pages x 500 words x 4/3
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert report.tokens.document == 9_333
    assert report.tokens.source.value == "document"
    assert report.tokens.prompting_input > 9_333
    assert report.tokens.fine_tuned_input > 9_333  # fine-tuning never removes the document
    notes = parse("Clinical coding of discharge notes, each about 9,000 tokens.")
    assert notes.document_tokens == 9_000


def test_a_tiny_budget_is_named_when_an_up_front_cost_exceeds_it(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = parse(
        "A hobby Discord bot for my friends, budget $50, about 300 messages a month."
    )
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert report.prompting.engineering_hours < 40  # a small project is hours, not a week
    for one_off in (report.prompting.one_off, report.fine_tuning.one_off):
        if one_off > 50:
            assert any("$50" in w and "budget" in w for w in report.warnings)


def test_effort_follows_the_project(shipped: PriceTable, tokens: TokenCounter) -> None:
    def hours(constraints: Constraints) -> Decimal:
        report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
        return Decimal(report.prompting.engineering_hours)

    small = hours(Constraints(budget_usd=Decimal(200)))
    standard = hours(Constraints(monthly_requests=50_000))
    regulated = hours(Constraints(domain=Domain.HEALTHCARE, compliance=True))
    assert small < standard < regulated


def test_a_team_that_has_fine_tuned_is_not_charged_the_first_models_preparation(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    first = Constraints(monthly_requests=20_000, budget_usd=Decimal(8_000))
    again = dataclasses.replace(first, fine_tuned_already=True)
    options = CostOptions()
    fresh = estimate(first, prices=shipped, tokens=tokens, options=options)
    tuned = estimate(again, prices=shipped, tokens=tokens, options=options)
    # Its training set is on hand and its pipeline runs: no labels to make, and a
    # retraining's engineering instead of the first model's weeks of preparation.
    assert tuned.fine_tuning.data_preparation < fresh.fine_tuning.data_preparation / 4
    assert tuned.fine_tuning.engineering_hours < fresh.fine_tuning.engineering_hours
    on_hand = next(a for a in tuned.assumptions if a.name == "labeled examples on hand")
    assert "trained on is on hand" in on_hand.why
    assert not any("Fine-tuning's up-front cost" in w for w in tuned.warnings)
    # Labels the team states it has are still the ones counted.
    stated = dataclasses.replace(again, labeled_examples=200)
    partial = estimate(stated, prices=shipped, tokens=tokens, options=options)
    assert partial.fine_tuning.data_preparation > tuned.fine_tuning.data_preparation


def test_a_huge_labeled_set_is_sampled_not_trained_and_relabeled_whole(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    huge = Constraints(labeled_examples=1_100_000, monthly_requests=180_000)
    report = estimate(huge, prices=shipped, tokens=tokens, options=CostOptions())
    assert report.fine_tuning.training_examples == 20_000
    assert any(a.name == "training examples used" for a in report.assumptions)
    # Each retraining relabels a share of the set trained on, not of every label held.
    assert report.fine_tuning.retraining_cost < 20_000
    # A training set size the person gives is priced as given.
    whole = estimate(
        huge, prices=shipped, tokens=tokens, options=CostOptions(training_examples=1_100_000)
    )
    assert whole.fine_tuning.training_examples == 1_100_000


def test_retraining_includes_labels_and_evaluation(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    report = estimate(Constraints(), prices=shipped, tokens=tokens, options=CostOptions())
    assert report.fine_tuning.retraining_cost > report.fine_tuning.training
    assert any(a.name == "each retraining beyond compute" for a in report.assumptions)


def test_a_long_fixed_prompt_at_volume_is_priced_with_cached_input(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    options = CostOptions(prompt_tokens=3_000, monthly_requests=500_000)
    report = estimate(Constraints(task=Task.CHAT), prices=shipped, tokens=tokens, options=options)
    cached = report.tokens.prompting_input_cached
    assert cached == report.tokens.prompting_input - report.tokens.fine_tuned_input > 1_000
    assert f"{report.profile.prompting_model}/cached_input" in _rows(report)
    cheap = report.price(PriceItem.CACHED_INPUT)
    full = report.price(PriceItem.INPUT)
    assert cheap is not None and full is not None and cheap.price < full.price
    rare = estimate(
        Constraints(task=Task.CHAT),
        prices=shipped,
        tokens=tokens,
        options=dataclasses.replace(options, monthly_requests=500),
    )
    assert rare.tokens.prompting_input_cached == 0  # a cache that goes cold is not assumed


def test_batch_prices_when_latency_does_not_matter(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = parse(
        "Overnight batch job tagging 50,000 emails a month; latency doesn't matter."
    )
    assert constraints.latency_sensitive is False
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    model = report.profile.prompting_model
    assert {f"{model}/batch_input", f"{model}/batch_output"} <= _rows(report)
    assert f"{model}/input" not in _rows(report)


def test_no_negative_saving_and_extrapolations_say_what_they_assume(
    hand_table: PriceTable, tokens: TokenCounter
) -> None:
    # A tuned request dearer than a prompted one today, volume growing 20% a month.
    options = CostOptions(
        model="hand-model",
        monthly_requests=1_000,
        volume_growth_pct=Decimal(20),
        prompt_tokens=1_000,
        fine_tuned_prompt_tokens=1_200,
        output_tokens=100,
    )
    report = estimate(Constraints(), prices=hand_table, tokens=tokens, options=options)
    reason = report.break_even_reason or ""
    assert "-$" not in reason
    assert "saving of" not in reason


def test_a_monthly_budget_is_named_when_a_month_costs_more(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = Constraints(monthly_budget_usd=Decimal(20), monthly_requests=500_000)
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert report.prompting.monthly > 20
    assert any("$20.00 monthly budget" in w for w in report.warnings)


def test_an_unknown_model_in_prose_is_named_in_full(
    shipped: PriceTable, tokens: TokenCounter
) -> None:
    constraints = parse("We want to use GPT-6 Nova for marketing copy, 10,000 posts a month.")
    assert constraints.model == "gpt-6-nova"
    report = estimate(constraints, prices=shipped, tokens=tokens, options=CostOptions())
    assert any("'gpt-6-nova'" in w for w in report.warnings)
