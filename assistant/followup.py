"""Follow-ups in a thread: what a reply asks, and one model of the answer per kind.

``Advisor.follow_up`` reads a reply with these helpers and answers it with the same
engine as the first answer.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer, Citation, Reason
from assistant.constraints import Constraints
from assistant.parsing import parse
from assistant.rules.conditions import display
from assistant.vocabulary import Approach


def reply_delta(text: str) -> Constraints:
    """What a thread reply states about the project. A reply is read like a description,
    less what only a whole description supports: "general" inferred because no field is
    named ("what's the best sourdough recipe?" changes no field)."""
    delta = parse(text)
    if delta.fell_back("domain"):
        delta = delta.model_copy(update={"domain": None})
    return delta


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


class _Reply(BaseModel):
    """``answer`` is the thread's answer after the message: re-run for a change, the
    previous one otherwise."""

    model_config = ConfigDict(extra="forbid")

    answer: Answer


class ChangeReply(_Reply):
    """A reply that states new values: what changed, and what that did to the answer."""

    kind: Literal[FollowUpKind.CHANGE] = FollowUpKind.CHANGE
    previous_approach: Approach
    changes: list[FieldChange] = Field(default_factory=list)
    flipped: list[str] = Field(default_factory=list)  # rule ids that fired / stopped firing


class WhyReply(_Reply):
    """The reasons for and against the approach asked about."""

    kind: Literal[FollowUpKind.WHY] = FollowUpKind.WHY
    about: Approach
    for_reasons: list[Reason] = Field(default_factory=list)
    against_reasons: list[Reason] = Field(default_factory=list)


class CostReply(_Reply):
    """A question about money: the answer's cost report says it."""

    kind: Literal[FollowUpKind.COST] = FollowUpKind.COST


class GuidanceReply(_Reply):
    """What the guidance says; no ``passages``: the guidance does not cover it."""

    kind: Literal[FollowUpKind.GUIDANCE] = FollowUpKind.GUIDANCE
    passages: list[Citation] = Field(default_factory=list)


class HelpReply(_Reply):
    """A message that is none of the above: how to ask."""

    kind: Literal[FollowUpKind.HELP] = FollowUpKind.HELP


#: The reply to one message in a thread, one model per kind.
FollowUp: TypeAlias = ChangeReply | WhyReply | CostReply | GuidanceReply | HelpReply


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


def about(text: str, *, default: Approach) -> Approach:
    """The approach a "why" reply asks about; ``default`` when it names none."""
    for pattern, approach in _ABOUT:
        if pattern.search(text):
            return approach
    return default


def flipped(before: Answer, after: Answer) -> list[str]:
    """The rules that fired in one answer and not the other, by id."""
    fired_before = {r.rule for r in [*before.reasons, *before.counter_reasons]}
    fired_after = {r.rule for r in [*after.reasons, *after.counter_reasons]}
    return sorted(fired_before ^ fired_after)


def looks_like_question(text: str) -> bool:
    """Whether ``text`` asks something (else a reply nothing answers gets the help)."""
    return text.rstrip().endswith("?") or bool(
        re.match(r"\s*(what|how|when|which|who|where|is|are|does|do|can|should|tell)\b", text, re.I)
    )


def shown(value: object) -> str | None:
    """A constraint value as a change lists it."""
    if value is None:
        return None
    return display(value)
