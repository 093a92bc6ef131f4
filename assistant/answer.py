"""What Advisor answers: the recommendation with its reasons, citations, costs and gaps.

An ``Answer`` is the one value every edge renders (terminal text, the JSON contract,
Slack blocks). It carries everything needed to explain itself, so no renderer has to go
back to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.constraints import Constraints, InputIssue

# Imported at run time: ``json_data`` reads the annotations of ``Answer.costs``.
from assistant.costs.report import CostReport
from assistant.vocabulary import Approach, Confidence, Technique

#: How many reasons on each side every rendering shows first (terminal, Slack); their
#: sources are numbered first, so the numbers a reader meets go up from 1.
SHOWN_REASONS = 3


@dataclass(frozen=True, kw_only=True)
class Citation:
    """One guidance passage an answer rests on, numbered in order of first use."""

    number: int
    id: str
    source: str  # the document's title
    section: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Reason:
    """A rule that fired, with the values that made it fire."""

    rule: str
    approach: Approach  # the approach this reason supports most
    weight: int
    summary: str
    matched: dict[str, str]  # constraint or cost fact -> the value that satisfied it
    citations: tuple[str, ...]  # guidance ids
    technique: Technique | None = None


@dataclass(frozen=True, kw_only=True)
class MissingConstraint:
    """A constraint the text did not give, why it matters, and how to ask for it."""

    name: str
    why: str
    question: str
    options: tuple[tuple[str, str], ...] = ()  # (label, value text to re-run with)
    could_change_answer: bool = False


@dataclass(frozen=True, kw_only=True)
class Recommendation:
    approach: Approach
    technique: Technique
    later_technique: Technique | None = None  # for prompt-then-fine-tune: what comes next
    confidence: Confidence
    summary: str
    scores: dict[Approach, int]
    switch_trigger: str | None = None  # for prompt-then-fine-tune: when to switch
    next_steps: tuple[str, ...] = ()
    # How far ahead the approach is: its score less the best other approach's.
    margin: int = 0
    runner_up: Approach | None = None
    # When the margin is small: the missing fact that could settle it, as a question.
    settled_by: str | None = None


@dataclass(kw_only=True)
class Answer:
    """The whole answer to one description (or one follow-up)."""

    text: str
    constraints: Constraints
    recommendation: Recommendation
    reasons: list[Reason]  # fired rules supporting the chosen approach, strongest first
    counter_reasons: list[Reason] = field(default_factory=list)  # fired rules for others
    citations: list[Citation]
    costs: CostReport | None = None
    missing: list[MissingConstraint] = field(default_factory=list)
    issues: list[InputIssue] = field(default_factory=list)

    def citation_number(self, passage_id: str) -> int | None:
        for citation in self.citations:
            if citation.id == passage_id:
                return citation.number
        return None
