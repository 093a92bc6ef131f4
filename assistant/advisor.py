"""The one entry point every edge calls: text in, a cited ``Answer`` out.

    advisor = Advisor.load()
    answer = advisor.ask("Legal team, 15k annotated NDAs, $40,000, 3 months")
    answer.recommendation.approach   # Approach.FINE_TUNING

``Advisor`` holds what is loaded once (guidance, rules, prices, templates, the tokenizer)
and is otherwise stateless: the same text gives the same answer, byte for byte.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answer import Answer, Citation
from assistant.constraints import CONSTRAINT_FIELDS, Constraints, InputIssue
from assistant.costs.estimate import estimate
from assistant.costs.options import CostOptions
from assistant.costs.report import CostReport
from assistant.decide import decide
from assistant.errors import CostError, EmptyInputError, InputTooLargeError
from assistant.knowledge import Knowledge, load_knowledge
from assistant.messages import NOTHING_UNDERSTOOD
from assistant.parsing import parse

if TYPE_CHECKING:
    from assistant.explain import Explanation
    from assistant.followup import FollowUp
    from assistant.reply_reading import ReplyReading
    from assistant.startup_cache import CacheStore
    from assistant.vocabulary import FollowUpKind

#: Descriptions longer than this are refused with a clear message (a Slack message holds
#: up to 40,000 characters; no project description needs more than half of that).
MAX_INPUT_CHARS = 20_000
#: The date a decision's relative revisit is read against when the caller gives none; the
#: revisit itself is then dropped, only the chosen approach is kept.
_NO_DAY = date(2000, 1, 1)


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

    def __init__(self, knowledge: Knowledge, *, cost_options: CostOptions | None = None) -> None:
        self.knowledge = knowledge
        self.cost_options = cost_options or CostOptions()

    @classmethod
    def load(
        cls,
        *,
        knowledge_dir: Path | None = None,
        price_file: Path | None = None,
        cost_options: CostOptions | None = None,
        cache: CacheStore | None = None,
    ) -> Advisor:
        """An advisor over ``knowledge_dir`` (the shipped knowledge by default): its
        guidance, rules, prices, prompt templates and encodings; ``price_file`` adds to
        or overrides the price rows. ``cache`` lets a short-lived process reuse an earlier
        load of the same files (``assistant.startup_cache``)."""
        knowledge = load_knowledge(knowledge_dir, price_file=price_file, cache=cache)
        return cls(knowledge, cost_options=cost_options)

    def ask(
        self,
        text: str,
        *,
        given: Constraints | None = None,
        cost_options: CostOptions | None = None,
        today: date | None = None,
    ) -> Answer:
        """The recommendation for a described project.

        ``given`` are constraints the edge already holds (a form's fields): they are laid
        over what the text says, and the text may then be empty. ``today`` is the day a
        deadline said as a date counts from (else the cost options' day, if set); without
        one such a date is reported, not read.

        Raises ``EmptyInputError`` or ``InputTooLargeError`` for text it cannot read.
        """
        if today is None and cost_options is not None:
            today = cost_options.today
        if given is not None:
            cleaned = check_text(text) if text.strip() else ""
            constraints = parse(cleaned, today=today).merged(given) if cleaned else given
            return self.recommend(constraints, text=cleaned, cost_options=cost_options)
        cleaned = check_text(text)
        constraints = parse(cleaned, today=today)
        if not any(constraints.known(name) for name in CONSTRAINT_FIELDS):
            nothing = InputIssue(field="text", message=NOTHING_UNDERSTOOD)
            constraints = dataclasses.replace(constraints, issues=[*constraints.issues, nothing])
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
        decision = decide(
            constraints=constraints,
            facts=self.facts(constraints, costs),
            book=self.knowledge.book,
            guidance=self.knowledge.guidance,
        )
        issues = list(constraints.issues)
        if cost_issue is not None:
            issues.append(cost_issue)
        return Answer(
            text=text,
            constraints=constraints,
            recommendation=decision.recommendation,
            reasons=decision.reasons,
            counter_reasons=decision.counter_reasons,
            citations=decision.citations,
            costs=costs,
            missing=decision.missing,
            issues=issues,
        )

    def cost(
        self,
        text: str = "",
        *,
        given: Constraints | None = None,
        options: CostOptions | None = None,
    ) -> CostReport:
        """Prompting against fine-tuning in dollars for a description (which may be empty)
        with ``given`` laid over it.

        Raises ``InputTooLargeError`` for a description over the size limit and
        ``CostError`` for what cannot be priced.
        """
        constraints = Constraints()
        if text.strip():
            if len(text) > MAX_INPUT_CHARS:
                raise InputTooLargeError(size=len(text), limit=MAX_INPUT_CHARS)
            constraints = parse(text)
        if given is not None:
            constraints = constraints.merged(given)
        return self._estimate(constraints, options or self.cost_options)

    def price_profiles(self) -> list[tuple[str, str]]:
        """``(name, title)`` of every price profile and model a cost can be priced with."""
        prices = self.knowledge.prices
        return [(name, prices.resolve(name).title) for name in prices.names()]

    def model_list(self) -> str:
        """Every model with its provider, uses and shutdown date, then the price profiles."""
        from assistant.render.model_list import models_text

        return models_text(self.knowledge.prices)

    def rule_summaries(self, rule_ids: list[str]) -> dict[str, str]:
        """The summary of each rule named, by id."""
        wanted = set(rule_ids)
        return {rule.id: rule.summary for rule in self.knowledge.book.rules if rule.id in wanted}

    def follow_up(
        self,
        text: str,
        *,
        previous: Constraints,
        kind: FollowUpKind | None = None,
        delta: Constraints | None = None,
        today: date | None = None,
    ) -> FollowUp:
        """The reply to a message in the thread of an earlier answer about ``previous``,
        one model per ``FollowUpKind`` (see ``assistant.reply_reading`` for how a reply is
        read). Only a change re-runs the engine; every other kind answers about the
        previous answer and leaves the project as it was.

        ``kind`` forces what the reply is taken as, and ``delta`` adds values to it (both
        for callers that placed the reply some other way, an operator's chat model, say);
        by default the text decides, and values the text states win over ``delta``.
        ``today`` dates a decision's relative revisit ("revisit in 3 months"); without it
        such a revisit is left out.
        """
        # Thread replies and explanations are off the `advisor ask` path: their modules
        # load when first needed.
        from assistant.followup import ChangeReply, field_changes, flipped
        from assistant.reply_reading import read_reply
        from assistant.vocabulary import FollowUpKind

        cleaned = check_text(text)
        if kind is None and delta is None:
            reading = read_reply(
                cleaned, previous=previous, today=today or _NO_DAY, dated_from=today
            )
        else:
            reading = self._placed(cleaned, previous=previous, kind=kind, delta=delta)
        before = self.recommend(previous)
        if reading.kind is FollowUpKind.CHANGE:
            updated = previous.merged(reading.delta)
            after = self.recommend(updated, text=cleaned)
            return ChangeReply(
                answer=after,
                previous_approach=before.recommendation.approach,
                changes=field_changes(previous, updated),
                flipped=flipped(before, after),
                relative=reading.relative,
                unresolved=reading.unresolved,
                previous_costs=before.costs,
                stated=[n for n, v in reading.delta.values().items() if v is not None],
            )
        return self._answer_question(cleaned, reading, before=before, today=today)

    def _placed(
        self,
        text: str,
        *,
        previous: Constraints,
        kind: FollowUpKind | None,
        delta: Constraints | None,
    ) -> ReplyReading:
        """A reply a caller placed: its values are the text's over ``delta``."""
        from assistant.followup import reply_delta
        from assistant.reply_reading import ReplyReading, named_options
        from assistant.vocabulary import FollowUpKind

        stated = reply_delta(text)
        if delta is not None:
            # ``delta`` fills what the text does not state; the notes of both stay.
            notes = [*delta.issues, *stated.issues]
            stated = dataclasses.replace(delta.merged(stated), issues=notes)
        if kind is None:
            changed = previous.merged(stated).changed_fields(previous)
            kind = FollowUpKind.CHANGE if changed else FollowUpKind.GUIDANCE
        about, alternative = named_options(text)
        return ReplyReading(kind=kind, delta=stated, about=about, alternative=alternative)

    def _answer_question(
        self, text: str, reading: ReplyReading, *, before: Answer, today: date | None
    ) -> FollowUp:
        """Every kind but a change: about ``before``, the thread's answer as it stands."""
        from assistant.followup import (
            AckReply,
            AlternativeReply,
            ConfidenceReply,
            CostReply,
            DecisionReply,
            GuidanceReply,
            HelpReply,
            OffTopicReply,
            SummaryReply,
            WhyReply,
            field_changes,
        )
        from assistant.vocabulary import FollowUpKind

        kind = reading.kind
        if kind is FollowUpKind.DECISION and reading.decision is not None:
            decision = reading.decision
            if decision.as_recommended and decision.approach is None:
                decision = decision.model_copy(update={"approach": before.recommendation.approach})
            if today is None:
                decision = decision.model_copy(update={"revisit_on": None})
            return DecisionReply(answer=before, decision=decision)
        if kind is FollowUpKind.WHY:
            asked = reading.about or before.recommendation.approach
            fired = [*before.reasons, *before.counter_reasons]
            return WhyReply(
                answer=before,
                about=asked,
                for_reasons=[r for r in fired if r.approach is asked],
                against_reasons=[r for r in fired if r.approach is not asked],
            )
        if kind is FollowUpKind.COST:
            supposed = before.constraints.merged(reading.delta)
            changes = field_changes(before.constraints, supposed)
            if not changes:
                return CostReply(answer=before)
            return CostReply(
                answer=before,
                supposed=changes,
                supposed_costs=self.recommend(supposed).costs,
            )
        if kind is FollowUpKind.SUMMARY:
            return SummaryReply(answer=before)
        if kind is FollowUpKind.CONFIDENCE:
            deciding = [m.question for m in before.missing if m.could_change_answer]
            return ConfidenceReply(answer=before, deciding_questions=deciding)
        if kind is FollowUpKind.ALTERNATIVE and reading.alternative is not None:
            return AlternativeReply(
                answer=before, about=reading.alternative, passages=self._search(text)
            )
        if kind is FollowUpKind.HELP:
            return HelpReply(answer=before)
        if kind is FollowUpKind.ACK:
            return AckReply(answer=before)
        if kind is FollowUpKind.OFF_TOPIC:
            return OffTopicReply(answer=before)
        return GuidanceReply(answer=before, passages=self._search(text))

    def explain(self, answer: Answer) -> Explanation:
        """Why ``answer`` is what it is: each fact's words and reading, each rule's checks."""
        from assistant.explain import explain

        facts = self.facts(answer.constraints, answer.costs)
        return explain(answer, book=self.knowledge.book, facts=facts)

    def facts(self, constraints: Constraints, costs: CostReport | None) -> dict[str, Any]:
        """What the rules read: the constraint values and the cost engine's facts."""
        facts: dict[str, Any] = constraints.values()
        if costs is not None:
            facts.update(dataclasses.asdict(costs.facts()))
        return facts

    def _estimate(self, constraints: Constraints, options: CostOptions) -> CostReport:
        return estimate(
            constraints,
            prices=self.knowledge.prices,
            tokens=self.knowledge.tokens,
            templates=self.knowledge.templates,
            options=options,
        )

    def _costs(
        self, constraints: Constraints, options: CostOptions
    ) -> tuple[CostReport | None, InputIssue | None]:
        try:
            report = self._estimate(constraints, options)
        except CostError as exc:
            return None, InputIssue(field="costs", message=f"Costs not computed: {exc}.")
        return report, None

    def _search(self, text: str) -> list[Citation]:
        # The retriever is only needed for guidance questions: import it here, off the
        # `advisor ask` path.
        from assistant.retrieval import search_guidance

        guidance = self.knowledge.guidance
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
