"""A team that has trained a model already: few labels argue for a bigger training set, not
for starting over with prompts, unless its own trial showed the tune gained nothing."""

from __future__ import annotations

from assistant import Advisor, Approach


def _fired(answer: object) -> set[str]:
    return {r.rule for r in [*answer.reasons, *answer.counter_reasons]}  # type: ignore[attr-defined]


def test_few_labels_do_not_argue_against_a_tune_the_team_already_runs(advisor: Advisor) -> None:
    answer = advisor.ask(
        "We fine-tuned Qwen on 240 graded answers for our exam-feedback tool and it writes in "
        "the rubric's structure; how do we make it better?"
    )
    assert "few-labels" not in _fired(answer)
    assert "fine-tuned-already" in _fired(answer)
    assert answer.recommendation.approach is Approach.FINE_TUNING


def test_few_labels_still_argue_for_prompting_before_any_tune(advisor: Advisor) -> None:
    answer = advisor.ask("We have 240 graded answers for an exam-feedback tool.")
    assert "few-labels" in _fired(answer)


def test_a_tune_with_poor_results_is_weighed_as_a_trial_that_gained_nothing(
    advisor: Advisor,
) -> None:
    answer = advisor.ask(
        "I fine-tuned on about 120 examples about our new product line and the results are "
        "really poor. What does it take?"
    )
    fired = _fired(answer)
    assert "fine-tuning-trial-no-gain" in fired
    assert "fine-tuned-already" not in fired
    assert answer.recommendation.approach is Approach.PROMPTING
