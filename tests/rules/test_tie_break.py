"""A tie-break is not a reason: an answer that no rule supports says nothing it cannot back,
and cites what the tie-break rests on."""

from __future__ import annotations

from assistant import Advisor, Approach


def test_an_answer_no_rule_supports_cites_the_tie_break_and_gives_no_reason(
    advisor: Advisor,
) -> None:
    answer = advisor.ask("Internal tool to draft meeting agendas from a short brief.")
    assert answer.recommendation.approach is Approach.PROMPTING
    assert answer.reasons == []
    cited = [c.id for c in answer.citations]
    for passage in advisor.knowledge.book.tie_break_cites:
        assert passage in cited


def test_no_rule_fires_on_every_answer(advisor: Advisor) -> None:
    texts = [
        "Bank: 50k labeled disputes, strict accuracy, $80k, six months.",
        "Weekend hobby bot that writes limericks.",
        "Clinic triage notes, 200 labeled, more coming every week, accuracy is critical.",
    ]
    fired = [{r.rule for r in [*a.reasons, *a.counter_reasons]} for a in map(advisor.ask, texts)]
    assert set.intersection(*fired) == set()


def test_prompting_tied_with_a_plan_rules_argued_for_goes_to_the_plan() -> None:
    from assistant.decide import winner

    tied = {Approach.PROMPTING: 3, Approach.PROMPT_THEN_FINE_TUNE: 3, Approach.FINE_TUNING: 0}
    assert winner(tied) is Approach.PROMPT_THEN_FINE_TUNE
    # Nothing argued for the plan: the cheaper, more reversible choice keeps the tie.
    level = {Approach.PROMPTING: 0, Approach.PROMPT_THEN_FINE_TUNE: 0, Approach.FINE_TUNING: 0}
    assert winner(level) is Approach.PROMPTING
    # The plan still yields to a higher score, and a tie with fine-tuning is unchanged.
    assert winner({**tied, Approach.PROMPTING: 4}) is Approach.PROMPTING
    both = {Approach.PROMPTING: 1, Approach.PROMPT_THEN_FINE_TUNE: 3, Approach.FINE_TUNING: 3}
    assert winner(both) is Approach.PROMPT_THEN_FINE_TUNE


def test_a_one_off_has_no_later_for_growing_labels(advisor: Advisor) -> None:
    answer = advisor.ask(
        "Quick experiment for the board offsite: captions for 40 photos, reviewers will "
        "correct every draft. The wording changes per event."
    )
    fired = {r.rule for r in [*answer.reasons, *answer.counter_reasons]}
    assert "labels-growing" not in fired
    assert answer.recommendation.approach is Approach.PROMPTING


def test_a_prompt_that_already_works_keeps_prompting_even_in_a_regulated_field(
    advisor: Advisor,
) -> None:
    answer = advisor.ask(
        "Small accounting practice. We've been testing a prompt with four sample client "
        "letters for a few weeks and the partners say the letters look good; they edit lightly."
    )
    fired = {r.rule for r in answer.reasons}
    assert "prompting-works" in fired
    assert answer.recommendation.approach is Approach.PROMPTING


def test_a_fine_tune_that_already_won_is_not_waiting_for_more_labels(advisor: Advisor) -> None:
    answer = advisor.ask(
        "Clinic coding team: we fine-tuned a small model on our 400 coded notes and it beat "
        "GPT-4o with few-shot prompting by 12 points. Everything is HIPAA-regulated."
    )
    fired = {r.rule for r in [*answer.reasons, *answer.counter_reasons]}
    assert "fine-tuning-trial-won" in fired
    assert "high-stakes-scarce-labels" not in fired
    assert "regulated-field-scarce-labels" not in fired


def test_a_plan_point_from_a_fine_tuning_rule_does_not_win_the_tie() -> None:
    from assistant.decide import winner

    # A regulated field gives fine-tuning 2 and the plan 1: no rule argued for the plan.
    tied = {Approach.PROMPTING: 1, Approach.PROMPT_THEN_FINE_TUNE: 1, Approach.FINE_TUNING: 0}
    assert winner(tied, plan_argued=False) is Approach.PROMPTING
    assert winner(tied, plan_argued=True) is Approach.PROMPT_THEN_FINE_TUNE


def test_quiz_questions_for_a_regulated_course_without_a_plan_stay_prompting(
    advisor: Advisor,
) -> None:
    answer = advisor.ask(
        "Training team: draft practice questions from our anti-money-laundering course "
        "slides, about eight per module. Trainers check every question. Nobody here codes."
    )
    assert answer.recommendation.approach is Approach.PROMPTING
