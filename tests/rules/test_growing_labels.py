"""Labels that grow with the work: a hundred or more a month make a training set within a
year, so the plan to fine-tune later holds; a handful a month never do."""

from __future__ import annotations

from assistant import Advisor, Approach


def _fired(answer: object) -> set[str]:
    return {r.rule for r in [*answer.reasons, *answer.counter_reasons]}  # type: ignore[attr-defined]


def test_a_hundred_and_fifty_corrected_drafts_a_month_are_a_plan(advisor: Advisor) -> None:
    answer = advisor.ask(
        "Draft obituaries from family notes, about 150 a month. Editors correct every draft "
        "and we keep each corrected version; the house style has to stay consistent."
    )
    assert {"labels-growing", "future-fine-tuning-need"} <= _fired(answer)
    assert answer.recommendation.approach is Approach.PROMPT_THEN_FINE_TUNE


def test_two_edited_summaries_a_month_never_make_a_training_set(advisor: Advisor) -> None:
    answer = advisor.ask(
        "A parish newsletter needs a short summary of the monthly council meeting, about 2 a "
        "month; the clerk will keep each edited summary and consistency matters."
    )
    assert not {"labels-growing", "future-fine-tuning-need"} & _fired(answer)
