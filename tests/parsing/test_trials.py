"""A fine-tuning trial the team already ran, and what it showed against prompting."""

from __future__ import annotations

import pytest

from assistant.constraints import TrialOutcome
from assistant.parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned a 7B model on our returns emails and it beats GPT-4o with our best "
        "prompt by a wide margin.",
        "Results on the test split - zero-shot: 64%; few-shot: 71%; fine-tuned: 90%.",
        "Our LoRA run gave a 12-point improvement over the prompted baseline.",
        "After fine-tuning, the router stopped mixing up billing and refunds.",
        "- base model: 0.52\n- prompt with examples: 0.70\n- fine-tuned small model: 0.93",
    ],
)
def test_a_tuned_model_that_won_its_comparison(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.BETTER


@pytest.mark.parametrize(
    "text",
    [
        "We tried a LoRA on the support macros; it came out marginally better than prompting "
        "and nobody noticed the difference.",
        "Spent three weeks fine-tuning. The result was basically useless on new layouts.",
        "Zero-shot: 0.88, fine-tuned: 0.89, so the fine-tune was not worth it.",
        "Fine-tuned the summariser; the edge disappeared once inputs got longer.",
    ],
)
def test_a_tuned_model_that_gained_little_or_failed(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.NO_BETTER


@pytest.mark.parametrize(
    "text",
    [
        # Hopes, plans and questions are not outcomes.
        "The fine-tuned model was meant to beat the baseline.",
        "Would a fine-tuned model outperform our prompt?",
        "We want to know whether fine-tuning improves things a lot for us.",
        # An outcome with no fine-tune named near it.
        "Our prompt beats the old rules engine. The price list vanished from the site.",
        # Nothing tried at all.
        "We have 20k labeled tickets and a month; should we fine-tune?",
    ],
)
def test_no_trial_outcome_without_a_reported_fine_tune(text: str) -> None:
    assert parse(text).fine_tuning_trial is None


def test_a_failed_fine_tune_is_not_a_prompting_shortfall() -> None:
    text = "I tried a fine-tune with each rule as a completion and an empty prompt - didn't work."
    constraints = parse(text)
    assert constraints.prompting_fell_short is None
    assert constraints.fine_tuning_trial is TrialOutcome.NO_BETTER


def test_not_good_enough_is_a_shortfall_not_a_low_bar() -> None:
    constraints = parse("We tried prompting GPT-4 and the replies just aren't good enough.")
    assert constraints.accuracy_critical is not False
    assert constraints.prompting_fell_short is True
    assert parse("Honestly, good enough is fine for these drafts.").accuracy_critical is False


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to fine-tune StarCoder on our private repos for autocomplete.",
        "Could we train a small model on all of our past articles?",
        "Plan is to tune Llama on the company's support email archive.",
    ],
)
def test_a_corpus_of_our_own_to_tune_on(text: str) -> None:
    assert parse(text).unlabeled_data is True


def test_compute_already_paid_is_not_a_budget() -> None:
    assert parse("The whole run took about $7 of GPU time on a rented card.").budget_usd is None
    assert parse("Our budget is $5k for compute.").budget_usd == 5000


@pytest.mark.parametrize(
    "text",
    [
        "Pilot with a few-shot prompt: 61% of routes right. We need at least 92%.",
        "Baseline using GPT-4o gave 70% (target 95%).",
        "Prompting nails the facts but sounds nothing like our editors, and they hate it.",
    ],
)
def test_a_prompted_trial_that_fell_short_in_ticket_shorthand(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_a_prompted_poc_is_the_trial_not_an_exploratory_project() -> None:
    constraints = parse("POC with a zero-shot prompt: 55% correct. Target: 90%. 80k labeled rows.")
    assert constraints.exploratory is None
    assert parse("This is a POC for the sales team.").exploratory is True


def test_work_for_one_occasion_is_not_worth_training_for() -> None:
    assert parse("It's a one-off campaign for the spring sale.").exploratory is True


def test_scores_given_in_sentences_are_compared() -> None:
    text = "Our prompt got 71% of invoices right. After a week the fine-tuned model was at 94%."
    assert parse(text).fine_tuning_trial is TrialOutcome.BETTER
    # A percentage that is a change, not a score, compares nothing.
    assert (
        parse(
            "The fine-tune cut latency by 40%; the prompt is right 85% of the time."
        ).fine_tuning_trial
        is None
    )


def test_a_format_followed_is_not_regulatory_compliance() -> None:
    assert parse("JSON format compliance went from 80% to 97%.").compliance is None
    assert parse("## Compliance\n\n## Notes").compliance is None
    assert parse("Compliance signs off on every reply.").compliance is True


@pytest.mark.parametrize(
    ("text", "fell_short"),
    [
        ("prompting with the full rulebook gets 55% of cases right", True),
        ("we tried prompting, it gets 65% which is fine for a first pass", None),
        ("we tried prompting and got 88% accuracy", None),
    ],
)
def test_a_low_score_with_no_target(text: str, fell_short: bool | None) -> None:
    assert parse(text).prompting_fell_short is fell_short


def test_pairs_named_before_prompting_in_the_next_breath_are_data() -> None:
    text = "we have ~4k question/answer pairs from agents, prompting with the manual gets 58%"
    assert parse(text).labeled_examples == 4000


def test_a_count_to_wait_for_is_not_in_hand() -> None:
    text = "once we have 5k rated answers we want to fine-tune"
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned Mistral 7B on 4k tickets; after fine-tuning, accuracy went from 64% to 88%.",
        "Our LoRA adapter ended up beating the prompted GPT-4o baseline on every slice.",
        "We fine-tuned a small model and it runs 3x faster than GPT-4 with the same quality.",
    ],
)
def test_wins_said_as_a_rise_a_beating_or_a_speed_up(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.BETTER


def test_a_hoped_speed_up_or_a_prompt_s_rise_is_no_trial() -> None:
    assert parse("We hope fine-tuning will be 2x faster than GPT-4.").fine_tuning_trial is None
    assert parse("Prompt accuracy went from 62% to 70% with examples.").fine_tuning_trial is None


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned a 3B model on our archive; it came out worse than the untouched base model.",
        "Fine-tuning, the hard way: two failed attempts on our OCR'd letters.",
        "I fine-tuned Mistral on 150 FAQ pairs and the outputs are really poor.",
    ],
)
def test_a_tune_worse_than_the_plain_model_or_failed_attempts(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.NO_BETTER


@pytest.mark.parametrize(
    "text",
    [
        "I fine-tuned Qwen 2.5 on 1,800 tagged invoices and now it refuses to output JSON.",
        "Our data scientist trained a small BERT classifier on the routing history last month.",
        "Why does my fine-tuned model ignore the system prompt?",
        "We switched to a fine-tuned Llama last quarter and latency halved.",
        "We trained it on 900 question-answer pairs from the wiki.",
        "Yesterday I ran a quick QLoRA fine-tune of Phi-3 with 400 rows.",
        "We're halfway through fine-tuning Gemma on our claim notes.",
        "Last month I made a fine-tune of Llama 3 8B for the report format.",
        "Three failed training runs later we finally had a clean dataset.",
    ],
)
def test_a_model_the_team_already_tuned(text: str) -> None:
    assert parse(text).fine_tuned_already is True


@pytest.mark.parametrize(
    "text",
    [
        "Should we fine-tune a model on our 3,000 tickets?",
        "If we fine-tuned a model, would it learn our tone?",
        "We have not fine-tuned anything yet.",
        "We trained our agents on the new refund policy.",
        "Plan: fine-tune a 7B model once the labels are in.",
        "We're thinking about fine-tuning Gemma on our claim notes.",
        "If I did a LoRA fine-tune, would it keep the base model's knowledge?",
        "We built a fine-tuning dataset of 600 rows but never ran it.",
        "Our first fine-tuning run is scheduled for May.",
    ],
)
def test_a_tuned_model_only_planned_asked_or_denied(text: str) -> None:
    assert parse(text).fine_tuned_already is None


def test_tuned_models_that_lost_accuracy_gained_nothing() -> None:
    text = (
        "We used three separate models, each fine-tuned on quiz data. Model 1: Accuracy 0.0. "
        "The drop in accuracy for both fine-tuned models compared with the baseline is no surprise."
    )
    parsed = parse(text)
    assert parsed.fine_tuned_already is True
    assert parsed.fine_tuning_trial is TrialOutcome.NO_BETTER


def test_no_drop_in_quality_is_no_loss() -> None:
    text = "A fine-tuned GPT-4o-mini now takes over from GPT-4.1 with no drop in quality."
    assert parse(text).fine_tuning_trial is not TrialOutcome.NO_BETTER


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned a small model; it reached 90.6% accuracy, 12.8 points above GPT-5.2.",
        "We fine-tuned Llama on the pairs and got a 9.2pp gain over GPT-4o in production.",
    ],
)
def test_a_tuned_model_points_ahead_of_the_frontier_won(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.BETTER


def test_a_team_that_fine_tuned_its_own_and_distilbert() -> None:
    assert parse("So we fine-tuned our own, then benchmarked it.").fine_tuned_already is True
    assert parse("We fine-tuned DistilBERT on our labelled data.").fine_tuned_already is True


def test_a_model_taken_and_trained_is_tuned_already() -> None:
    text = "We took a generic open-weight model, trained it on one person's writing."
    assert parse(text).fine_tuned_already is True


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned a small open model on GPT-4's outputs and got answers on par with GPT-4 "
        "at a fraction of the cost.",
        "After fine-tuning Mistral 7B on our tickets, replies came out near-identical to the big "
        "model's at about a 30th of the price.",
        "Our LoRA on Llama 3 8B now runs with 6x lower latency than the hosted model.",
        "The fine-tuned checkpoint lands well ahead of the prompt-engineered baseline.",
    ],
)
def test_a_tune_as_good_for_much_less_is_a_win(text: str) -> None:
    assert parse(text).fine_tuning_trial is TrialOutcome.BETTER


def test_a_tune_merely_planned_at_lower_cost_is_no_outcome() -> None:
    text = "If we fine-tune a small model, could it be on par with GPT-4 at a lower cost?"
    assert parse(text).fine_tuning_trial is None


@pytest.mark.parametrize(
    "text",
    [
        "Choosing between few-shot prompting and fine-tuning, I went with fine-tuning.",
        "Our fine-tuned model (claims-7b) is now the production default.",
        "Training: LoRA r=8, 3 epochs, 40 minutes on one GPU.",
    ],
)
def test_a_write_up_of_the_teams_own_run_is_tuning_done(text: str) -> None:
    assert parse(text).fine_tuned_already is True


def test_a_supposed_choice_of_fine_tuning_is_not_done() -> None:
    assert parse("If we went with fine-tuning, would it pay off?").fine_tuned_already is not True
