"""Reading a decision from a thread reply: a table of phrasings, deciding and not."""

from __future__ import annotations

from datetime import date

import pytest

from assistant import Approach, read_decision

TODAY = date(2026, 1, 31)
P, F, H = Approach.PROMPTING, Approach.FINE_TUNING, Approach.PROMPT_THEN_FINE_TUNE

DECIDING: list[tuple[str, Approach]] = [
    ("we'll go with prompting", P),
    ("We will go with prompting.", P),
    ("ok, we'll go with fine-tuning", F),
    ("Okay we’ll go with fine-tuning", F),
    ("decided: fine-tune, because the brand voice matters", F),
    ("Decision: prompting", P),
    ("Final decision - fine-tuning", F),
    ("let's do prompt first then fine-tune", H),
    ("let's start with prompting, then fine-tune once we have the data", H),
    ("we're going with prompt-then-fine-tune", H),
    ("Let's go with prompting now and fine-tuning later", H),
    ("we decided to fine-tune", F),
    ("We've decided on prompting for now", P),
    ("we chose fine-tuning", F),
    ("we picked prompting", P),
    ("going with few-shot prompting", P),
    ("let's fine-tune", F),
    ("Let's use prompting", P),
    ("agreed: prompting", P),
    ("we'll fine-tune it", F),
    ("We are going to fine-tune.", F),
    ("So, we'll stick with prompting", P),
    ("Thanks! We'll go with prompting.", P),
    ("great analysis. let's go with finetuning", F),
    ("we settled on prompt engineering", P),
    ("we opted for fine tuning - accuracy matters most", F),
    ("Alright team, let's do fine-tuning", F),
    ("We're going with fine-tuning", F),
    ("the team decided on prompting", P),
    ("Decision made: prompt-then-fine-tune", H),
    ("we'll prompt for now", P),
    ("Let's go prompt first, fine-tune later", H),
    ("Final call: fine-tuning, since accuracy is critical", F),
    ("We have decided to go with prompting for v1", P),
    ("we agreed on fine-tuning", F),
    ("consensus: prompting", P),
    ("we'll go with prompting because fine-tuning is too costly", P),
    ("let's prompt first and fine-tune once we have 5k labels", H),
    ("Proceeding with fine-tuning; procurement has the numbers.", F),
    ("we're moving forward with the prompt route", P),
    ("going ahead with prompt then fine-tune", H),
    ("fine-tune ✅ decided", F),
    ("prompting 👍 let's do it", P),
    ("let's ship the prompt version and collect every reviewer edit for the fine-tune", H),
    ("going with prompting; we'll keep the outputs as training data for later", H),
]

NOT_DECIDING: list[str] = [
    "should we go with prompting?",
    "Should we go with prompting",
    "what if we go with fine-tuning?",
    "we won't fine-tune",
    "we will not go with prompting",
    "let's not fine-tune",
    "we decided not to fine-tune",
    "we don't want to fine-tune",
    "if we go with fine-tuning, what does it cost?",
    "maybe we'll go with prompting",
    "we could go with prompting",
    "we might fine-tune later",
    "would you go with prompting?",
    "why not fine-tuning",
    "how about prompting",
    "we're thinking about fine-tuning",
    "what does prompting cost per month?",
    "we have 10k labeled examples",
    "what if the budget is $500?",
    "prompting or fine-tuning?",
    "we decided to wait",
    "let's discuss tomorrow",
    "is fine-tuning worth it",
    "we'll go with prompting or fine-tuning, not sure yet",
    "we no longer go with fine-tuning",
    "let's rule out fine-tuning",
    "I don't think we'll go with prompting",
    "we haven't decided on fine-tuning yet",
    "Did we decide to fine-tune?",
    "nobody wants to fine-tune",
    "we'll never fine-tune",
    "if budget allows we'll fine-tune",
    "We'll decide between prompting and fine-tuning next week",
    "let's compare prompting and fine-tuning",
    "we used prompting last year",
    "we will go with prompting unless legal objects",
    "we'll go with fine-tuning if we get 5k labels",
    "should we proceed with fine-tuning?",
    "we cannot proceed with fine-tuning until legal signs off",
    "is prompting 👍 or 👎 for this?",
    "",
]


@pytest.mark.parametrize(("text", "approach"), DECIDING)
def test_a_reply_that_decides_names_its_approach(text: str, approach: Approach) -> None:
    intent = read_decision(text, today=TODAY)
    assert intent is not None, text
    assert intent.approach is approach


@pytest.mark.parametrize("text", NOT_DECIDING)
def test_questions_hedges_and_negations_do_not_decide(text: str) -> None:
    assert read_decision(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("decided: fine-tune, because the brand voice matters", "the brand voice matters"),
        ("we'll go with prompting since the budget is tight.", "the budget is tight"),
        ("we opted for fine tuning - accuracy matters most", "accuracy matters most"),
        ("we'll go with prompting", ""),
    ],
)
def test_the_reason_given_becomes_the_note(text: str, note: str) -> None:
    intent = read_decision(text, today=TODAY)
    assert intent is not None
    assert intent.note == note


@pytest.mark.parametrize(
    ("text", "revisit_on", "approach"),
    [
        ("revisit in 3 months", date(2026, 4, 30), None),
        ("Let's revisit this in two weeks", date(2026, 2, 14), None),
        ("we'll go with prompting, revisit in 1 month", date(2026, 2, 28), P),
        ("decided: fine-tuning. Review it next quarter.", date(2026, 4, 30), F),
        ("revisit on 2026-06-01", date(2026, 6, 1), None),
        ("revisit in a year", date(2027, 1, 31), None),
    ],
)
def test_a_revisit_date_is_read_relative_to_today(
    text: str, revisit_on: date, approach: Approach | None
) -> None:
    intent = read_decision(text, today=TODAY)
    assert intent is not None
    assert intent.revisit_on == revisit_on
    assert intent.approach is approach


def test_the_same_text_reads_the_same_every_time() -> None:
    text = "decided: fine-tune, because the brand voice matters. revisit in 3 months"
    assert read_decision(text, today=TODAY) == read_decision(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("+1 fine-tuning. closing this out", Approach.FINE_TUNING),
        ("Prompting with the glossary in it. Shipping next week.", Approach.PROMPTING),
        ("yup prompting, nobody has time to label", Approach.PROMPTING),
        ("prompting only, final answer", Approach.PROMPTING),
        ("we're going straight to fine-tuning, the volume is there", Approach.FINE_TUNING),
        (
            "don't overthink it - we'll do prompts first, tune later once reviewers rate drafts",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
        ("Going with phase 1 prompting, phase 2 tuning.", Approach.PROMPT_THEN_FINE_TUNE),
        (
            "Decidido: vamos com prompting por enquanto e fine-tuning depois.",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
        ("Wir machen es wie empfohlen: Prompting.", Approach.PROMPTING),
    ],
)
def test_more_ways_a_team_settles(text: str, approach: Approach) -> None:
    intent = read_decision(text, today=date(2026, 1, 5))
    assert intent is not None and intent.approach is approach


@pytest.mark.parametrize(
    "text", ["we'll do what it says", "as recommended, let's go", "ok, we'll follow your advice"]
)
def test_following_the_advice_is_a_decision_for_the_recommended_approach(text: str) -> None:
    intent = read_decision(text, today=date(2026, 1, 5))
    assert intent is not None and intent.approach is None and intent.as_recommended


@pytest.mark.parametrize(
    "text",
    [
        "prompting? closing this out",
        "fine-tuning, maybe. done for today",
        "should we do what it says?",
        "not prompting. go",
    ],
)
def test_a_settling_word_does_not_decide_a_question_a_hedge_or_a_negation(text: str) -> None:
    intent = read_decision(text, today=date(2026, 1, 5))
    assert intent is None or (intent.approach is None and not intent.as_recommended)


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("Wir machen Prompting, Start am Montag.", Approach.PROMPTING),
        ("Signed off: fine-tuning for the claims router.", Approach.FINE_TUNING),
        ("budget's gone, so it's prompting only for this year", Approach.PROMPTING),
        ("prompting is off the table, the volume is too high", Approach.FINE_TUNING),
        ("we'll skip prompting altogether and fine-tune", Approach.FINE_TUNING),
        ("+1 for prompting, I'll tell the team", Approach.PROMPTING),
        ("a fine-tuned 3B model it is", Approach.FINE_TUNING),
        (
            "agree with the two-phase plan - prompts now, tune in the autumn",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
        (
            "Vamos con prompting ahora y fine-tuning después del verano.",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
    ],
)
def test_sign_offs_and_plans_of_record(text: str, approach: Approach) -> None:
    intent = read_decision(text, today=date(2026, 1, 5))
    assert intent is not None and intent.approach is approach


@pytest.mark.parametrize(
    "text",
    [
        "another bot telling us to just prompt it, great",
        "prompting only if legal agrees",
        "is fine-tuning off the table?",
    ],
)
def test_sarcasm_conditions_and_questions_do_not_decide(text: str) -> None:
    intent = read_decision(text, today=date(2026, 1, 5))
    assert intent is None or intent.approach is None


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        # A plan laid out, then its second step committed to in the same clause.
        ("Prompting first, then once the archive is cleaned up we fine-tune.", H),
        # The fine-tuned model named as "a tuned model", and the German verb.
        ("We'll begin with prompts and move to a tuned model once the corrections pile up.", H),
        ("Wir fangen mit Prompts an, später feintunen wir.", H),
        # A plan to start prompting and revisit once the data is in.
        ("We'll start with prompting and revisit next year when we have the labels.", H),
        # Finished deliberating, then the plan.
        ("Done discussing. Phase 1 prompting, phase 2 tuning once the data is there.", H),
        # A refused commitment gives way to the one that follows it.
        ("We're not doing the fine-tune after all, we'll stick with prompting.", P),
        # A two-step plan named only to be refused.
        ("Leadership signed off on fine-tuning straight away, it doesn't want two phases.", F),
        # A contrast keeps the steps apart: the first was tried, the second is chosen.
        ("We tried prompt-first last quarter, but we'll fine-tune now.", F),
    ],
)
def test_plans_refusals_and_tuned_models(text: str, approach: Approach) -> None:
    intent = read_decision(text, today=TODAY)
    assert intent is not None and intent.approach is approach, text


@pytest.mark.parametrize(
    "text",
    [
        "👌 we'll follow it, cheers",
        "Machen wir so wie vorgeschlagen.",
        "On fait comme proposé, merci.",
        "Lo hacemos como propuesto.",
        "Facciamo come suggerito, grazie!",
    ],
)
def test_following_it_in_more_words_and_languages(text: str) -> None:
    intent = read_decision(text, today=TODAY)
    assert intent is not None and intent.as_recommended and intent.approach is None


@pytest.mark.parametrize(
    "text",
    ["we'll follow this thread closely", "let's follow up on Monday about the budget"],
)
def test_following_a_thread_is_no_decision(text: str) -> None:
    assert read_decision(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("sounds good, fine-tuning for the pilot", F),
        ("eh fine, prompting. ill tell the partners", P),
        ("ok so prompt first with the templates, then ft once the edits pile up. works for me", H),
        ("consensus in standup: few-shot for now", P),
        ("going to prompt for Q1 and circle back on FT in Q2", H),
        ("PM signed off: prompt first, then fine-tune when we have 5k labels", H),
        ("team voted for fine-tuning", F),
        ("I'm going to greenlight the fine-tune", F),
        ("the call is prompting", P),
        ("ok makes sense, prompt first then", H),
        ("perfect, fine-tuning then. we have the 8k claims anyway", F),
        ("that settles it, fine-tuning", F),
        ("i'll kick off the fine-tune on monday", F),
        ("go for prompting", P),
        ("alright team, prompting for now - we revisit only if Q4 drafts still get bounced", P),
        ("we go fine-tune, is decided in the loc meeting today. thanks for help", F),
        ("Formally: the working group approves the fine-tuning route, pending review.", F),
        ("k prompting. will circle back if consultants complain", P),
        ("Fine-tune is the call. Starting with the phishing alerts.", F),
        ("Vamos con la opción de dos pasos: primero prompts, y el ajuste fino después.", H),
    ],
)
def test_assent_settles_an_approach_said_plainly(text: str, approach: Approach) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None and decision.approach is approach


def test_going_with_that_follows_the_answer() -> None:
    decision = read_decision("thanks, we'll go with that", today=TODAY)
    assert decision is not None and decision.as_recommended


@pytest.mark.parametrize(
    "text",
    [
        "we'll go with that vendor",
        "agreed, prompting is cheaper but is it enough?",
        "go for it",
        "i'll kick off the meeting",
        "makes sense, fine-tuning sounds expensive though",
        "what is the call here?",
        "I voted for the other option in the poll",
        "fine-tuning sounds expensive. ill tell the partners",
        "prompt first then fine-tune sounds slow. works for me to discuss tomorrow",
        "prompting for the mvp? or fine-tuning?",
        "cool, thanks!",
        "we will revisit this next week",
        "is prompting the call?",
        "fine-tuning - if the budget allows",
    ],
)
def test_assent_or_commitment_to_something_else_decides_no_approach(text: str) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is None or (decision.approach is None and not decision.as_recommended)


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("ok piloting prompting from tomorrow", P),
        ("alright, fine-tuning starts next sprint 🚀", F),
        ("great, prompt plus a glossary for now", P),
        ("cool - we go for fine-tuning then", F),
        ("okay: few-shot prompt this sprint, fine-tune in Q2 once labels land", H),
        ("ok prompting with a style guide, signed off at the weekly", P),
    ],
)
def test_an_approach_taken_on_after_assent_is_a_decision(text: str, approach: Approach) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None and decision.approach is approach


@pytest.mark.parametrize(
    "text",
    [
        "ok prompting costs more than I thought",
        "ok so we tried prompting last year and it flopped",
        "alright, fine-tuning gave us 71% in the bake-off",
        "great, fine-tuning needs how many labels?",
        "ok what about prompting instead",
        "cool, prompting is probably enough",
        "ok but fine-tuning would take too long",
    ],
)
def test_assent_then_a_remark_about_an_approach_is_no_decision(text: str) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is None or decision.approach is None


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("Bon, on fait le prompting pour la V1, c'est décidé", P),
        ("Besluit: we gaan voor fine-tuning", F),
        ("Decidimos usar fine-tuning para el piloto", F),
        ("Vamos em frente com fine-tuning", F),
        ("Abbiamo deciso di fare prompting", P),
        ("we went ahead with prompting and shipped it on Monday", P),
        ("plan: prompts for the summer release, fine-tune for the winter one", H),
    ],
)
def test_decisions_in_other_languages_and_done_already(text: str, approach: Approach) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None and decision.approach is approach


@pytest.mark.parametrize(
    "text", ["on fait quoi avec le fine-tuning ?", "we went with the vendor's proposal last year"]
)
def test_a_question_or_another_choice_is_no_decision(text: str) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is None or decision.approach is None


@pytest.mark.parametrize(
    "text",
    [
        "ok, prompting for launch, fine-tune as soon as the labels are cleaned",
        "Decidido: empezamos con prompts y hacemos el fine-tuning en la temporada alta.",
    ],
)
def test_a_plan_with_its_second_step_is_prompt_then_fine_tune(text: str) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None and decision.approach is H


@pytest.mark.parametrize(
    ("text", "approach"),
    [("going w prompting obv", P), ("sticking w/ fine-tuning then", F)],
)
def test_w_for_with_in_a_decision(text: str, approach: Approach) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None and decision.approach is approach


def test_going_west_is_no_decision() -> None:
    assert read_decision("going west next week for the offsite", today=TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "ok: prompting for the pilot, and if the tone still wobbles we fine-tune after launch",
        "alright, prompts for Q1 and unless accuracy is there by March we fine-tune in Q2",
    ],
)
def test_the_condition_of_a_plans_second_step_is_the_plans(text: str) -> None:
    decision = read_decision(text, today=TODAY)
    assert decision is not None
    assert decision.approach is Approach.PROMPT_THEN_FINE_TUNE


def test_a_hedge_before_the_plan_still_decides_nothing() -> None:
    assert read_decision("ok, maybe prompting first and fine-tune later", today=TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "we prompted claude for a week and the lore mistakes were constant",
        "I fine-tuned a small model last year and it drifted",
    ],
)
def test_a_trial_told_in_the_past_is_no_decision(text: str) -> None:
    assert read_decision(text, today=TODAY) is None


def test_do_opening_a_portuguese_sentence_is_no_question() -> None:
    decision = read_decision("Do lado do Porto, está decidido: vamos com fine-tuning.", today=TODAY)
    assert decision is not None and decision.approach is Approach.FINE_TUNING
