"""The one entry point every edge calls: text in, a cited ``Answer`` out.

    advisor = Advisor.load()
    answer = advisor.ask("Legal team, 15k annotated NDAs, $40,000, 3 months")
    answer.recommendation.approach   # Approach.FINE_TUNING

``Advisor`` holds what is loaded once (guidance, rules, prices, the tokenizer) and is
otherwise stateless: the same text gives the same answer, byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant import decide, followup, messages
from assistant.answer import Answer
from assistant.constraints import CONSTRAINT_FIELDS, Constraints, InputIssue
from assistant.costs import CostOptions, CostReport, TokenCounter, estimate
from assistant.errors import CostError, EmptyInputError, InputTooLargeError
from assistant.followup import FollowUp, FollowUpKind
from assistant.knowledge import Knowledge, load_knowledge
from assistant.parsing import parse

#: Descriptions longer than this are refused with a clear message (a Slack message holds
#: up to 40,000 characters; no project description needs more than half of that).
MAX_INPUT_CHARS = 20_000


def check_text(text: str) -> str:
    """``text`` stripped, or an ``InputError`` when it is empty or too long."""
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(size=len(text), limit=MAX_INPUT_CHARS)
    stripped = text.strip()
    if not stripped:
        raise EmptyInputError()
    return stripped


class Advisor:
    """Answers project descriptions and follow-ups from one loaded knowledge file."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        tokens: TokenCounter | None = None,
        cost_options: CostOptions | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.tokens = tokens or TokenCounter(knowledge.directory / "encodings")
        self.cost_options = cost_options or CostOptions()

    @classmethod
    def load(
        cls,
        *,
        knowledge_dir: Path | None = None,
        price_file: Path | None = None,
        cost_options: CostOptions | None = None,
    ) -> Advisor:
        return cls(load_knowledge(knowledge_dir, price_file=price_file), cost_options=cost_options)

    def ask(self, text: str, *, cost_options: CostOptions | None = None) -> Answer:
        """The recommendation for a described project.

        Raises ``EmptyInputError`` or ``InputTooLargeError`` for text it cannot read.
        """
        cleaned = check_text(text)
        constraints = parse(cleaned)
        if not any(constraints.known(name) for name in CONSTRAINT_FIELDS):
            nothing = InputIssue(field="text", message=messages.NOTHING_UNDERSTOOD)
            constraints = constraints.model_copy(update={"issues": [*constraints.issues, nothing]})
        return self.recommend(constraints, text=cleaned, cost_options=cost_options)

    def recommend(
        self,
        constraints: Constraints,
        *,
        text: str = "",
        cost_options: CostOptions | None = None,
    ) -> Answer:
        """The recommendation for structured constraints (a parsed text, a modal, a thread)."""
        costs, cost_issue = self._costs(constraints, cost_options or self.cost_options)
        facts = self.facts(constraints, costs)
        recommendation, reasons, counter, citations, missing = decide.decide(
            constraints=constraints,
            facts=facts,
            book=self.knowledge.book,
            guidance=self.knowledge.guidance,
        )
        issues = list(constraints.issues)
        if cost_issue is not None:
            issues.append(cost_issue)
        return Answer(
            text=text,
            constraints=constraints,
            recommendation=recommendation,
            reasons=reasons,
            counter_reasons=counter,
            citations=citations,
            costs=costs,
            missing=missing,
            issues=issues,
        )

    def follow_up(
        self,
        text: str,
        *,
        previous: Constraints,
        kind: FollowUpKind | None = None,
        delta: Constraints | None = None,
    ) -> FollowUp:
        """The reply to a message in the thread of an earlier answer about ``previous``.

        ``kind`` forces what the reply is taken as, and ``delta`` adds values to it (both
        for callers that placed the reply some other way); by default the text decides.
        """
        cleaned = check_text(text)
        return followup.answer_follow_up(self, cleaned, previous=previous, kind=kind, delta=delta)

    def facts(self, constraints: Constraints, costs: CostReport | None) -> dict[str, Any]:
        """What the rules read: the constraint values and the cost engine's facts."""
        facts: dict[str, Any] = constraints.values()
        if costs is not None:
            facts.update(costs.facts())
        return facts

    def _costs(
        self, constraints: Constraints, options: CostOptions
    ) -> tuple[CostReport | None, InputIssue | None]:
        try:
            report = estimate(
                constraints, prices=self.knowledge.prices, tokens=self.tokens, options=options
            )
        except CostError as exc:
            return None, InputIssue(field="costs", message=f"Costs not computed: {exc}.")
        return report, None
