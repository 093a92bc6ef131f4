"""Follow-ups in a thread: what a reply asks, and the answer grounded in the same engine."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer, Approach, Citation, Reason
from assistant.constraints import Constraints
from assistant.parsing import parse
from assistant.rules.conditions import display

if TYPE_CHECKING:
    from assistant.advisor import Advisor


class FollowUpKind(StrEnum):
    CHANGE = "change"  # "what if the budget were $500?" -> re-run with the new values
    WHY = "why"  # "why not fine-tuning?" -> reasons on both sides
    COST = "cost"  # "what does it cost per month?" -> the cost breakdown
    GUIDANCE = "guidance"  # "what are the risks of overfitting?" -> passages
    HELP = "help"  # anything else


class FieldChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    before: str | None
    after: str | None


class FollowUp(BaseModel):
    """The reply to one message in a thread.

    ``answer`` is the thread's answer after this message (re-run for a change, the
    previous one otherwise); ``changes`` and ``flipped`` say what a change did;
    ``passages`` hold what a guidance question found (empty: the guidance does not
    cover it).
    """

    model_config = ConfigDict(extra="forbid")

    kind: FollowUpKind
    answer: Answer
    previous_approach: str | None = None
    changes: list[FieldChange] = Field(default_factory=list)
    flipped: list[str] = Field(default_factory=list)  # rule ids that fired / stopped firing
    about: str | None = None  # for WHY: the approach asked about ("fine-tuning")
    for_reasons: list[Reason] = Field(default_factory=list)
    against_reasons: list[Reason] = Field(default_factory=list)
    passages: list[Citation] = Field(default_factory=list)


# --- understanding a reply ------------------------------------------------------------

_WHY = re.compile(r"\b(why|how come|reasons?|explain|justify|rationale)\b", re.IGNORECASE)
_COST = re.compile(
    r"\b(cost|costs|price|prices|pricing|expensive|cheap|cheaper|spend|pay|pays|"
    r"break[- ]?even|per month|monthly|money|roi|dollars?|budget breakdown)\b",
    re.IGNORECASE,
)
_ABOUT: tuple[tuple[re.Pattern[str], Approach], ...] = (
    (re.compile(r"\b(later|hybrid|both|then fine)", re.IGNORECASE), Approach.PROMPT_THEN_FINE_TUNE),
    (re.compile(r"fine[- ]?tun|train", re.IGNORECASE), Approach.FINE_TUNING),
    (re.compile(r"prompt", re.IGNORECASE), Approach.PROMPTING),
)


def classify(text: str, *, changes_values: bool) -> FollowUpKind:
    """What kind of reply ``text`` is. A reply that states new values is a change even when
    phrased as a question ("what if the budget were $500?")."""
    if changes_values:
        return FollowUpKind.CHANGE
    if _WHY.search(text):
        return FollowUpKind.WHY
    if _COST.search(text):
        return FollowUpKind.COST
    return FollowUpKind.GUIDANCE


def answer_follow_up(
    advisor: Advisor,
    text: str,
    *,
    previous: Constraints,
    kind: FollowUpKind | None = None,
    delta: Constraints | None = None,
) -> FollowUp:
    """The reply to ``text``. ``kind`` and ``delta`` let a caller that placed the reply
    some other way (an operator's chat model, say) choose the kind and add values; values
    the text itself states still win over ``delta``."""
    stated = parse(text)
    if delta is not None:
        # ``delta`` fills what the text does not state; the notes of both stay.
        notes = [*delta.issues, *stated.issues]
        stated = delta.merged(stated).model_copy(update={"issues": notes})
    updated = previous.merged(stated)
    changed = updated.changed_fields(previous)
    if kind is None:
        kind = classify(text, changes_values=bool(changed))
    before = advisor.recommend(previous)
    if kind is FollowUpKind.CHANGE:
        after = advisor.recommend(updated, text=text)
        return FollowUp(
            kind=kind,
            answer=after,
            previous_approach=before.recommendation.approach.value,
            changes=[
                FieldChange(
                    field=name,
                    before=_shown(getattr(previous, name)),
                    after=_shown(getattr(updated, name)),
                )
                for name in changed
            ],
            flipped=_flipped(before, after),
        )
    if kind is FollowUpKind.WHY:
        about = _about(text, default=before.recommendation.approach)
        fired = [*before.reasons, *before.counter_reasons]
        return FollowUp(
            kind=kind,
            answer=before,
            about=about.value,
            for_reasons=[r for r in fired if r.approach is about],
            against_reasons=[r for r in fired if r.approach is not about],
        )
    if kind is FollowUpKind.COST:
        return FollowUp(kind=kind, answer=before)
    passages = _search(advisor, text)
    if not passages and not _looks_like_question(text):
        return FollowUp(kind=FollowUpKind.HELP, answer=before)
    return FollowUp(kind=FollowUpKind.GUIDANCE, answer=before, passages=passages)


def _about(text: str, *, default: Approach) -> Approach:
    for pattern, approach in _ABOUT:
        if pattern.search(text):
            return approach
    return default


def _flipped(before: Answer, after: Answer) -> list[str]:
    fired_before = {r.rule for r in [*before.reasons, *before.counter_reasons]}
    fired_after = {r.rule for r in [*after.reasons, *after.counter_reasons]}
    return sorted(fired_before ^ fired_after)


def _search(advisor: Advisor, text: str) -> list[Citation]:
    # The retriever is only needed for guidance questions: import it here, off the
    # `advisor ask` path.
    from assistant.retrieval import search_guidance

    guidance = advisor.knowledge.guidance
    found = search_guidance(guidance, text, limit=3)
    return [
        Citation(
            number=number,
            id=passage.id,
            source=guidance.documents[passage.document].title,
            section=passage.section,
            text=passage.text,
        )
        for number, (passage, _score) in enumerate(found, start=1)
    ]


def _looks_like_question(text: str) -> bool:
    return text.rstrip().endswith("?") or bool(
        re.match(r"\s*(what|how|when|which|who|where|is|are|does|do|can|should|tell)\b", text, re.I)
    )


def _shown(value: object) -> str | None:
    if value is None:
        return None
    return display(value)
