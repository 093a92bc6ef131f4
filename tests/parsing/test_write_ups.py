"""Readings that misfired on long posts and write-ups of finished projects, each with new
sentences of our own: a single thing counted as a data set, warning periods taken as
deadlines, the team's own checks taken as an audit, today's scale taken as a need ahead, and
fantasy sports taken as fiction."""

from __future__ import annotations

import pytest

from assistant.constraints import Domain, Level
from assistant.parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "The tuned grader lands within one point of the teachers' marks most of the time.",
        "Their rollout is one of the clearest enterprise examples of agents in production.",
        "We label one ticket sample per queue each morning.",
    ],
)
def test_one_of_anything_is_not_a_data_set(text: str) -> None:
    assert parse(text).labeled_examples is None


def test_a_count_of_records_is_still_read() -> None:
    assert parse("We have 1,500 labelled tickets.").labeled_examples == 1_500


@pytest.mark.parametrize(
    "text",
    [
        "Hosted APIs get retired on a few weeks' notice, which our bank cannot live with.",
        "The vendor can pull a model version on just 30 days notice.",
    ],
)
def test_notice_someone_else_gives_is_not_a_deadline(text: str) -> None:
    assert parse(text).timeline_days is None


def test_a_deadline_beside_a_notice_is_still_read() -> None:
    assert parse("We need it live within 6 weeks.").timeline_days == 42


@pytest.mark.parametrize(
    "text",
    [
        "Ground truth came from outputs we'd audited manually.",
        "I audited a sample of 200 answers by hand before switching models.",
    ],
)
def test_the_team_checking_its_own_outputs_is_not_compliance(text: str) -> None:
    assert parse(text).compliance is None


def test_an_outside_audit_is_compliance() -> None:
    assert parse("Our claim files are audited by the regulator every year.").compliance is True


@pytest.mark.parametrize(
    "text",
    [
        "A two-stage tuning recipe for cheaper, faster entity extraction at scale.",
        "We already serve faster answers at scale than the old rules engine did.",
    ],
)
def test_scale_today_is_no_need_ahead(text: str) -> None:
    assert parse(text).future_need is None


def test_a_need_at_scale_to_come_is_a_need_ahead() -> None:
    assert parse("The per-answer cost must drop once we run it at scale.").future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "We answer player-stat questions for a fantasy football app.",
        "Our fantasy sports site wants SQL generated from plain questions.",
    ],
)
def test_fantasy_sports_are_not_fiction(text: str) -> None:
    assert parse(text).domain is not Domain.CREATIVE


def test_fantasy_novels_are_fiction() -> None:
    assert parse("We draft blurbs for the fantasy novels we publish.").domain is Domain.CREATIVE


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We collected 64k <review comment, patch> pairs from the monorepo.", 64_000),
        ("There are 9,500 <question, approved answer> pairs in the wiki export.", 9_500),
    ],
)
def test_pairs_named_by_a_tuple_in_angle_brackets_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I've got 500 samples per entity type for the crypto queries.", 1_000),
        ("We hold about 80 tagged examples per document class.", 160),
        ("We have 300 labelled emails per category across 12 categories.", 3_600),
    ],
)
def test_a_count_per_class_is_at_least_two_classes_of_it(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


def test_money_a_month_in_words_is_a_rate_not_a_deadline() -> None:
    text = "They were spending roughly a quarter of a million dollars a month on that step."
    assert parse(text).timeline_days is None


@pytest.mark.parametrize(
    "text",
    [
        "We wanted it automated without compromising patient privacy.",
        "The bot has to answer members without ever breaching HIPAA.",
    ],
)
def test_a_negated_harm_protects_what_follows(text: str) -> None:
    assert parse(text).compliance is True


def test_a_plain_negation_still_negates() -> None:
    assert parse("There are no privacy concerns with this data.").compliance is False


@pytest.mark.parametrize(
    "text",
    [
        "We have 14M lines of code but no curated instruction/response pairs.",
        "Our monolith is about 2M lines of COBOL code.",
        "The repo holds 600k LOC of in-house Java.",
    ],
)
def test_lines_of_code_are_a_corpus_not_labels(text: str) -> None:
    parsed = parse(text)
    assert parsed.labeled_examples in (None, 0)
    assert parsed.unlabeled_data is True


@pytest.mark.parametrize(
    "text",
    [
        "Every week we send clients a digest of public regulatory news with short summaries.",
        "We summarise regulatory updates for the partners' newsletter.",
    ],
)
def test_regulation_as_the_topic_of_news_is_not_compliance(text: str) -> None:
    assert parse(text).compliance is None


def test_regulated_work_is_compliance() -> None:
    assert parse("We draft regulatory submissions for a regulated insurer.").compliance is True


@pytest.mark.parametrize(
    "text",
    [
        "Budget got bumped to 90k after the series B.",
        "The budget was raised to 90k.",
    ],
)
def test_a_budget_moved_to_a_bare_figure_is_read(text: str) -> None:
    assert parse(text).budget_usd == 90_000


def test_money_a_company_raised_is_not_its_budget() -> None:
    assert parse("We raised 2M in our seed round.").budget_usd is None


@pytest.mark.parametrize(
    "text",
    [
        "Our only ML engineer handed in her notice yesterday.",
        "The data science hire is on hold until next year.",
        "Since the layoffs nobody in-house knows machine learning.",
    ],
)
def test_the_ml_person_leaving_or_never_hired_is_no_expertise(text: str) -> None:
    assert parse(text).ml_expertise is Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "GMP validation applies to anything that touches batch records.",
        "The FCA's Consumer Duty covers every reply we send.",
        "It has to run on a sovereign cloud.",
        "The new records directive applies to us from March.",
    ],
)
def test_named_regimes_and_rules_said_to_apply_are_compliance(text: str) -> None:
    assert parse(text).compliance is True


@pytest.mark.parametrize(
    "text", ["The usual rules of thumb apply.", "The same logic applies to emails."]
)
def test_rules_of_thumb_and_logic_are_not_compliance(text: str) -> None:
    assert parse(text).compliance is None


@pytest.mark.parametrize(
    "text",
    [
        "We built a bespoke classifier by fine-tuning DeBERTa on our tickets.",
        "The team is serving fine-tuned Mistral models in production today.",
    ],
)
def test_a_model_built_by_tuning_or_serving_tuned_models_is_tuned_already(text: str) -> None:
    assert parse(text).fine_tuned_already is True


@pytest.mark.parametrize(
    "text",
    [
        "We want to build a classifier by fine-tuning DeBERTa.",
        "Is anyone running fine-tuned models in production?",
    ],
)
def test_a_wish_or_a_question_about_tuning_is_not_tuned_already(text: str) -> None:
    assert parse(text).fine_tuned_already is None


@pytest.mark.parametrize(
    "text",
    [
        "I want a chat bot that talks like me.",
        "The goal is to mimic our founder's writing style.",
        "Could it imitate the way of talking of our Discord server?",
    ],
)
def test_a_voice_to_copy_is_a_voice_requirement(text: str) -> None:
    assert parse(text).brand_voice is True


@pytest.mark.parametrize(
    "text",
    [
        "I have ten years of my own blog posts.",
        "We'd train it on our Discord server logs.",
    ],
)
def test_a_body_of_ones_own_writing_is_material_to_train_on(text: str) -> None:
    parsed = parse(text)
    assert parsed.training_data is True or parsed.unlabeled_data is True


def test_a_hire_with_years_behind_them_is_high_expertise_and_no_deadline() -> None:
    parsed = parse("We just hired a senior ML engineer, 8 yrs, has fine-tuned models before.")
    assert parsed.ml_expertise is Level.HIGH
    assert parsed.timeline_days is None


def test_a_tune_said_with_an_emphatic_did_is_done() -> None:
    text = "This wasn't a clever system prompt: I really did fine-tune a model of my own."
    assert parse(text).fine_tuned_already is True


@pytest.mark.parametrize(
    "text",
    [
        "The night before, I'd fed 178,000 of my chat messages into a model.",
        "By March we'd already tagged the whole archive.",
    ],
)
def test_had_shortened_to_d_is_done_not_planned(text: str) -> None:
    assert parse(text).data_growth is not True


def test_would_shortened_to_d_still_plans() -> None:
    assert parse("to fine-tune it I'd need thousands of rated matches").labeled_examples is None
