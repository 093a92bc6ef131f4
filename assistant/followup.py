"""Follow-ups in a thread: what a reply asks, and the answer grounded in the same engine."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer, Citation, Reason


class FollowUpKind(StrEnum):
    CHANGE = "change"  # "what if the budget were $500?" -> re-run with the new values
    WHY = "why"  # "why not fine-tuning?" -> reasons on both sides
    COST = "cost"  # "what does it cost per month?" -> the cost breakdown
    GUIDANCE = "guidance"  # "what are the risks of overfitting?" -> passages
    HELP = "help"  # anything else


class Change(BaseModel):
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
    changes: list[Change] = Field(default_factory=list)
    flipped: list[str] = Field(default_factory=list)  # rule ids that fired / stopped firing
    about: str | None = None  # for WHY: the approach asked about ("fine-tuning")
    for_reasons: list[Reason] = Field(default_factory=list)
    against_reasons: list[Reason] = Field(default_factory=list)
    passages: list[Citation] = Field(default_factory=list)
