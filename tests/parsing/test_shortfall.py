"""Prompting tried and found wanting, reported in two steps or with figures."""

from __future__ import annotations

import pytest

from assistant.parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Our prompted baseline reaches 74% on the audit set; compliance wants at least 92%.",
        "We tested Claude with a careful prompt. The summaries were mediocre and left out dates.",
        "We piloted GPT with examples in the prompt; it kept inventing SKUs.",
        "A few-shot setup was tried last quarter. Agents rejected most of its drafts.",
        "We evaluated a hosted model with our style guide in the prompt and all the posts "
        "sounded the same.",
        "The prompted classifier gets about 60% right and ops needs 85%.",
    ],
)
def test_a_trial_then_its_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "We tested GPT with a prompt and it reached 97%; we need 90%.",
        "Accuracy must be 95%. We have not tried anything yet.",
        "The old rules engine invented categories; we want an LLM now.",
        "We tried a prompt and the drafts were great.",
    ],
)
def test_no_shortfall_without_a_trial_that_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is not True


@pytest.mark.parametrize(
    "text",
    [
        "We ran a prompted pilot in spring and it flopped.",
        "We tried prompting Claude for a month. The labels were all over the place.",
    ],
)
def test_plain_words_for_a_failed_prompt(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_a_trial_that_sounded_generic_fell_short() -> None:
    text = "we tried the prompt approach for the autumn launch and the posts sounded generic"
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "the prompt version we tried was slow and pricey at our volume",
        "tried prompting: ok-ish, but the tone isn't ours",
        "probamos con un LLM y prompts: muy lento y confunde los códigos",
    ],
)
def test_a_trial_that_was_slow_costly_or_off_voice_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "Prompted summaries miss key findings and our reviewers flag them",
        "even with the field list in the prompt, it drops fields on a third of the forms",
        "We tried a hosted frontier model with a long prompt; dates went missing in most runs",
        "Prompting with three sample reports breaks the section layout about half the time",
        "prompted translations get rejected by QA on about 40% of segments",
        "prompting the large models gave inconsistent results",
    ],
)
def test_trials_and_their_failures_said_plainly(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "we put the field list in the prompt and it works great",
        "prompted summaries are fine for now",
    ],
)
def test_trials_that_worked_did_not_fall_short(text: str) -> None:
    assert parse(text).prompting_fell_short is not True


@pytest.mark.parametrize(
    "text",
    [
        "Prompting the hosted model gives SQL that doesn't even run against our schema.",
        "We tried GPT-4o with the schema in the prompt; the YAML it writes fails to validate.",
        "Our prompts have grown so convoluted that nobody dares to touch them.",
    ],
)
def test_outputs_that_do_not_work_and_prompts_past_managing(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_a_prompt_that_grew_and_works_is_no_shortfall() -> None:
    assert parse("Our prompt has grown over time but works fine.").prompting_fell_short is False


@pytest.mark.parametrize(
    "text",
    [
        "We've been piloting a prompt with three sample letters; the drafts are solid and "
        "the team edits them lightly.",
        "We tested GPT-4o with our rubric in the prompt and it does the job.",
        "We tried Claude with a couple of examples. Output met our quality bar.",
    ],
)
def test_a_trial_that_worked_says_prompting_did_not_fall_short(text: str) -> None:
    assert parse(text).prompting_fell_short is False


def test_a_shortfall_beside_praise_is_still_a_shortfall() -> None:
    text = "We tested Claude with our style guide: drafts were fine, but it invented prices."
    assert parse(text).prompting_fell_short is True


def test_a_prompting_poc_with_a_score_under_its_target_is_a_trial_not_the_project() -> None:
    constraints = parse("Prompting POC: 71% field accuracy on the sample. Target: 95%.")
    assert constraints.prompting_fell_short is True
    assert constraints.exploratory is None


@pytest.mark.parametrize(
    "text",
    [
        "We tried a hosted model with our label list in the prompt: recall 0.61 on 1k emails.",
        "Prompted GPT-4o baseline got 74% on the audit set; target ≥90%.",
        "Prompted LLM pilot reached 80% field accuracy; we need 97%.",
    ],
)
def test_scores_as_fractions_and_targets_with_a_sign(text: str) -> None:
    constraints = parse(text)
    assert constraints.prompting_fell_short is True
    assert constraints.exploratory is None


def test_a_fraction_that_is_accepted_is_no_shortfall() -> None:
    text = "We tried Claude with few-shot; F1 of .93, which is fine."
    assert parse(text).prompting_fell_short is None


def test_prompted_outputs_of_any_kind_sent_back_are_a_shortfall() -> None:
    assert parse("Editors sent back ~40% of the prompted quizzes.").prompting_fell_short is True


def test_a_long_prompt_run_for_weeks_that_kept_failing() -> None:
    text = "We ran a pretty long system prompt with Claude for a month and it kept mangling SKUs."
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "(and yes, we did try prompt engineering with a few worked examples - not enough).",
        "We tried GPT-4o with a long prompt; it wasn't enough.",
        "We tested few-shot prompting and honestly it was not enough.",
    ],
)
def test_not_enough_said_of_a_tried_prompt(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "We tried prompting; there is not enough data to fine-tune yet.",
        "We tried prompting and it was enough for the board demo.",
    ],
)
def test_not_enough_of_something_else_is_no_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is None


@pytest.mark.parametrize(
    "text",
    [
        "Off-the-shelf Claude did fine, but not well enough for the auditors.",
        "We started out with GPT-4o and a few examples. It kind of worked, but the tone wandered.",
        "Once we had played with prompting for a while, the prompts grew more and more elaborate.",
        "We tried prompting first; the prompt grew, then grew again, every week.",
    ],
)
def test_prompting_that_only_half_did_the_job(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_starting_with_prompting_is_a_plan_not_a_trial() -> None:
    assert (
        parse("We will start with prompting and see where it gets us.").prompting_fell_short is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "We tried a prompted version for a month; reviewers accepted ~58% of drafts, the "
        "target is 85%+.",
        "Pilot numbers: the prompt version hit 74% on the audit sample and compliance says it "
        "has to be 95+.",
    ],
)
def test_a_share_accepted_below_a_target_with_a_plus(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "The prompted draft tool got 68% of fields right in the pilot; compliance needs 97%.",
        "we tried few-shot with claude, scores hover at 74%. the ops lead wants 92+ before go-live",
    ],
)
def test_a_missed_target_of_ninety_or_more_says_accuracy_is_critical(text: str) -> None:
    constraints = parse(text)
    assert constraints.prompting_fell_short is True
    assert constraints.accuracy_critical is True


def test_a_missed_modest_target_says_nothing_of_how_critical_accuracy_is() -> None:
    constraints = parse("We tested a prompt on 300 tickets and it hit 61%; we'd like 75%.")
    assert constraints.prompting_fell_short is True
    assert constraints.accuracy_critical is None


def test_a_prompt_that_worked_only_partly_fell_short() -> None:
    text = "We tried Claude with a schema in the prompt. It worked to some extent, not fully."
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "Prompting on its own never produced the layout the auditors wanted.",
        "Our score stalled at 68% however we worded it; I rewrote the prompt thirty times.",
    ],
)
def test_a_prompt_that_never_produced_or_stalled_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_a_general_claim_about_prompting_is_no_shortfall() -> None:
    assert parse("Prompting does not give you hard guarantees.").prompting_fell_short is None
    assert parse("Prompting didn't give us any trouble so far.").prompting_fell_short is None


@pytest.mark.parametrize(
    "text",
    [
        "Reps rewrite what the prompt gives them about half the time.",
        "The prompted bot is ok but sounds generic, and marketing hates it.",
        "Editors fix 40% of the prompted drafts.",
        "We tried GPT with the code list in the prompt; decent on common codes but it fell "
        "apart on the long tail, like 62% overall. We need 95%.",
    ],
)
def test_output_redone_or_falling_apart_is_a_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_fixing_something_else_quickly_is_no_shortfall() -> None:
    text = "We fixed the bug in half an hour after trying GPT-4 with a prompt."
    assert parse(text).prompting_fell_short is not True


def test_a_prompted_result_said_as_it_stands_is_a_trial() -> None:
    text = "50k support tickets with resolution codes. prompting routes maybe 61% right."
    assert parse(text).prompting_fell_short is True


def test_praise_taken_back_is_no_success() -> None:
    text = (
        "We tried prompting a general model with the hierarchy pasted in; it was fine on "
        "common terms but picked sibling terms for rarer events, and its choices changed "
        "from run to run."
    )
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "The phase-1 bot (hosted model with our KB articles pasted into the context) has been "
        "live for 4 months. It invents firmware menu paths that don't exist.",
        "General chat model give plausible but wrong 4th-level digit around 40% of time.",
        "General model drafts with our style guide read like textbook claims and the partners "
        "rewrote nearly everything.",
        "A 2024 proof of concept using instruction-only prompts reached 74%. The threshold is 92%.",
        "In testing, a general model with instructions mis-expanded abbreviations.",
    ],
)
def test_more_ways_a_prompted_model_was_tried_and_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "Prompted extraction tests came in ~80% field-accurate; we need 97%+.",
        "Reviewers flagged prompted drafts for inconsistent terminology.",
    ],
)
def test_a_result_that_came_in_short_or_was_flagged(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "Missing an urgent message is intolerable; the prompt-based pilot missed 4 of 50 urgent "
        "test messages.",
        "Heading syntax is rigid, and general LLMs invent non-authorised headings.",
    ],
)
def test_a_pilot_that_missed_some_or_a_model_that_invents(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_asking_a_prompt_to_invent_names_is_no_shortfall() -> None:
    text = "We tried a prompt to invent product names and it did the job well."
    assert parse(text).prompting_fell_short is not True


@pytest.mark.parametrize(
    "text",
    [
        "We run a support desk with 20k labelled tickets, prompting gave 70% accuracy, we need "
        "95%.",
        "Prompting alone yields about 64% on our eval set; compliance wants 90%.",
        "Prompt-only accuracy is 71% and the bar is 93%.",
        "With prompting we're at 70%, target 95%.",
        "Few-shot tops out at 68% on the intent set and product needs 92%.",
        "Our prompt approach delivers 75% correct routing but ops asked for 95%.",
        "GPT-4 prompting: 66% exact match. Need 90%+.",
    ],
)
def test_a_prompted_score_said_with_any_verb_under_its_bar(text: str) -> None:
    draft = parse(text)
    assert draft.prompting_fell_short is True
    assert draft.accuracy_critical is True  # a bar of 90% or more


@pytest.mark.parametrize(
    "text",
    [
        "Prompting is about 30% cheaper for us at this volume.",
        "Prompting gets 96% which is what we need.",
        "With prompting we're at 94%, target 90%.",
    ],
)
def test_a_prompted_figure_that_is_a_saving_or_meets_its_bar_is_no_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is not True


@pytest.mark.parametrize(
    "text",
    [
        "The risk team rejects most of the prompted summaries for missing caveats.",
        "Our copy desk sent back half of the Claude drafts in March.",
        "Reviewers bounced two thirds of what the prompt returned.",
        "Prompted answers differ from run to run on the same question.",
        "The prompted extraction keeps dropping the invoice date.",
    ],
)
def test_a_prompted_output_turned_back_or_unsteady_is_a_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_rejecting_most_of_the_work_itself_is_no_shortfall() -> None:
    text = "We reject most of the applications we receive, so we want a prompted triage."
    assert parse(text).prompting_fell_short is not True


@pytest.mark.parametrize(
    "text",
    [
        "We tried a long system prompt first, but we couldn't get the answers to follow our "
        "template.",
        "I tried few-shot prompting for a week; it never got the dosage units right.",
        "The first thing I tried was prompt engineering, and rewording the style notes didn't "
        "shift the voice enough.",
    ],
)
def test_a_trial_that_could_not_be_made_to_work_is_a_shortfall(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_not_enough_data_after_a_trial_is_no_shortfall() -> None:
    text = "We tried prompting; we didn't have enough examples for anything else."
    assert parse(text).prompting_fell_short is not True


def test_rewording_a_prompt_that_still_does_not_work_is_a_shortfall() -> None:
    text = "Here is my system prompt. I tried rephrasing it twice and it still doesn't work."
    assert parse(text).prompting_fell_short is True
