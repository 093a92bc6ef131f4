"""Follow-ups in a thread: what a reply asks, and one model of the answer per kind.

``Advisor.follow_up`` reads a reply with these helpers and answers it with the same
engine as the first answer.
"""

from __future__ import annotations

import dataclasses
from typing import Literal, TypeAlias

from assistant.answer import Answer, Citation, Reason
from assistant.constraints import Constraints
from assistant.costs.report import CostReport
from assistant.decisions import DecisionIntent
from assistant.parsing import parse
from assistant.reply_reading import Alternative
from assistant.rules.conditions import display
from assistant.vocabulary import Approach, FollowUpKind


def reply_delta(text: str) -> Constraints:
    """What a thread reply states about the project. A reply is read like a description,
    less what only a whole description supports: "general" inferred because no field is
    named ("what's the best sourdough recipe?" changes no field)."""
    delta = parse(text)
    if delta.fell_back("domain"):
        delta = dataclasses.replace(delta, domain=None)
    return delta


@dataclasses.dataclass(frozen=True, kw_only=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None


@dataclasses.dataclass(kw_only=True)
class _Reply:
    """``answer`` is the thread's answer after the message: re-run for a change, the
    previous one otherwise."""

    answer: Answer


@dataclasses.dataclass(kw_only=True)
class ChangeReply(_Reply):
    """A reply that states new values: what changed, and what that did to the answer.
    ``relative`` keeps how relative changes were said ("x2", "+20%"); ``unresolved``
    names those the project has no value to apply to (so nothing changed for them)."""

    kind: Literal[FollowUpKind.CHANGE] = FollowUpKind.CHANGE
    previous_approach: Approach
    changes: list[FieldChange] = dataclasses.field(default_factory=list)
    # The rule ids that fired or stopped firing.
    flipped: list[str] = dataclasses.field(default_factory=list)
    relative: dict[str, str] = dataclasses.field(default_factory=dict)
    unresolved: list[str] = dataclasses.field(default_factory=list)
    previous_costs: CostReport | None = None  # the costs before the change, to show what moved
    # The fields the reply gave a value for, changed or not: none means Advisor read the
    # reply as about the project but found no fact it weighs in it.
    stated: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(kw_only=True)
class WhyReply(_Reply):
    """The reasons for and against the approach asked about."""

    kind: Literal[FollowUpKind.WHY] = FollowUpKind.WHY
    about: Approach
    for_reasons: list[Reason] = dataclasses.field(default_factory=list)
    against_reasons: list[Reason] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(kw_only=True)
class CostReply(_Reply):
    """A question about money: the answer's cost report says it. A question that supposes
    other values ("what would it cost at 5,000 a month?") has them in ``supposed`` and the
    costs at them in ``supposed_costs``; ``answer`` stays the thread's, unchanged."""

    kind: Literal[FollowUpKind.COST] = FollowUpKind.COST
    supposed: list[FieldChange] = dataclasses.field(default_factory=list)
    supposed_costs: CostReport | None = None


@dataclasses.dataclass(kw_only=True)
class GuidanceReply(_Reply):
    """What the guidance says; no ``passages``: the guidance does not cover it."""

    kind: Literal[FollowUpKind.GUIDANCE] = FollowUpKind.GUIDANCE
    passages: list[Citation] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(kw_only=True)
class HelpReply(_Reply):
    """A question about Advisor itself: how to ask."""

    kind: Literal[FollowUpKind.HELP] = FollowUpKind.HELP


@dataclasses.dataclass(kw_only=True)
class DecisionReply(_Reply):
    """The team said what it chose; recording it is the caller's (it holds the store)."""

    kind: Literal[FollowUpKind.DECISION] = FollowUpKind.DECISION
    decision: DecisionIntent


@dataclasses.dataclass(kw_only=True)
class SummaryReply(_Reply):
    """The answer in a few lines, for someone who was not in the thread."""

    kind: Literal[FollowUpKind.SUMMARY] = FollowUpKind.SUMMARY


@dataclasses.dataclass(kw_only=True)
class ConfidenceReply(_Reply):
    """How sure the answer is and what would change it: the score margin over the
    runner-up, the unknown facts that could change it, and the cost swings."""

    kind: Literal[FollowUpKind.CONFIDENCE] = FollowUpKind.CONFIDENCE
    deciding_questions: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(kw_only=True)
class AlternativeReply(_Reply):
    """An option other than the three approaches (RAG, LoRA, another model ...): what the
    guidance says about it; no ``passages``: it does not cover it. The project is unchanged."""

    kind: Literal[FollowUpKind.ALTERNATIVE] = FollowUpKind.ALTERNATIVE
    about: Alternative
    passages: list[Citation] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(kw_only=True)
class AckReply(_Reply):
    """Thanks, agreement, an emoji: nothing to answer."""

    kind: Literal[FollowUpKind.ACK] = FollowUpKind.ACK


@dataclasses.dataclass(kw_only=True)
class OffTopicReply(_Reply):
    """Talk that is not about the project or Advisor."""

    kind: Literal[FollowUpKind.OFF_TOPIC] = FollowUpKind.OFF_TOPIC


#: The reply to one message in a thread, one model per kind.
FollowUp: TypeAlias = (
    ChangeReply
    | WhyReply
    | CostReply
    | GuidanceReply
    | HelpReply
    | DecisionReply
    | SummaryReply
    | ConfidenceReply
    | AlternativeReply
    | AckReply
    | OffTopicReply
)


# --- understanding a reply ------------------------------------------------------------


def flipped(before: Answer, after: Answer) -> list[str]:
    """The rules that fired in one answer and not the other, by id."""
    fired_before = {r.rule for r in [*before.reasons, *before.counter_reasons]}
    fired_after = {r.rule for r in [*after.reasons, *after.counter_reasons]}
    return sorted(fired_before ^ fired_after)


def field_changes(before: Constraints, after: Constraints) -> list[FieldChange]:
    """Each value that differs between ``before`` and ``after``, both sides as shown."""
    return [
        FieldChange(
            field=name, before=shown(getattr(before, name)), after=shown(getattr(after, name))
        )
        for name in after.changed_fields(before)
    ]


def shown(value: object) -> str | None:
    """A constraint value as a change lists it."""
    if value is None:
        return None
    return display(value)
