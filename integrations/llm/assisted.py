"""``AssistedAdvisor``: the same Advisor, with an operator's chat model helping it read
loose descriptions, place odd thread replies and, optionally, word the summary.

The model never decides: it proposes values that must be grounded in the person's text,
picks among the existing reply kinds, and rewordings must keep every fact. The rules make
the recommendation either way, and every model call has a hard deadline after which the
deterministic answer stands.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from langchain_core.language_models import BaseChatModel

import integrations.llm.messages as messages
from assistant import (
    Advisor,
    Answer,
    Constraints,
    CostOptions,
    FollowUp,
    FollowUpKind,
    InputIssue,
    Provenance,
)
from integrations.llm.phrasing import rephrase_with_model
from integrations.llm.reading import read_with_model
from integrations.llm.routing import route_with_model

#: The field of the ``InputIssue`` that marks model-supplied values.
MODEL_ISSUE_FIELD = "chat_model"
# The core's "found nothing in this text" note; moot once the model read something.
_NOTHING_FOUND_FIELD = "text"


class AssistedAdvisor(Advisor):
    """An ``Advisor`` whose reading, reply routing and (optionally) wording a chat model
    may help with. ``ask`` and ``follow_up`` keep their signatures and their guarantees."""

    def __init__(
        self, advisor: Advisor, *, model: BaseChatModel, timeout: float, rephrase: bool
    ) -> None:
        super().__init__(advisor.knowledge, cost_options=advisor.cost_options)
        self.model = model
        self.timeout = timeout
        self.rephrase = rephrase

    def ask(
        self,
        text: str,
        *,
        given: Constraints | None = None,
        cost_options: CostOptions | None = None,
        today: date | None = None,
    ) -> Answer:
        answer = super().ask(text, given=given, cost_options=cost_options, today=today)
        values = read_with_model(
            self.model, answer.text, constraints=answer.constraints, timeout=self.timeout
        )
        if values:
            constraints = with_model_values(answer.constraints, values)
            answer = self.recommend(constraints, text=answer.text, cost_options=cost_options)
        return self._worded(answer)

    def follow_up(
        self,
        text: str,
        *,
        previous: Constraints,
        kind: FollowUpKind | None = None,
        delta: Constraints | None = None,
        today: date | None = None,
    ) -> FollowUp:
        result = super().follow_up(text, previous=previous, kind=kind, delta=delta, today=today)
        # Only what the rules could not place at all goes to the chat model.
        if kind is None and result.kind is FollowUpKind.OFF_TOPIC:
            routed = route_with_model(self.model, text, timeout=self.timeout)
            if routed is not None:
                routed_kind, values = routed
                change = with_model_values(Constraints(), values) if values else None
                result = super().follow_up(text, previous=previous, kind=routed_kind, delta=change)
        return dataclasses.replace(result, answer=self._worded(result.answer))

    def _worded(self, answer: Answer) -> Answer:
        if not self.rephrase:
            return answer
        summary = answer.recommendation.summary
        worded = rephrase_with_model(self.model, summary, timeout=self.timeout)
        if worded is None:
            return answer
        recommendation = dataclasses.replace(answer.recommendation, summary=worded)
        return dataclasses.replace(answer, recommendation=recommendation)


def with_model_values(constraints: Constraints, values: dict[str, Any]) -> Constraints:
    """``constraints`` with the model's accepted ``values`` filled in, each marked: inferred,
    its evidence saying the chat model read it, and a note listing them."""
    shown = [f"{name} = {_shown(value)}" for name, value in values.items()]
    issues = [i for i in constraints.issues if i.field != _NOTHING_FOUND_FIELD]
    note = InputIssue(
        field=MODEL_ISSUE_FIELD,
        message=messages.model_values_note(shown),
        values=tuple(values),
    )
    delta = Constraints(
        **values,
        provenance={name: Provenance.INFERRED for name in values},
        evidence={name: messages.READ_BY_MODEL for name in values},
        issues=[*issues, note],
    )
    return constraints.merged(delta)


def _shown(value: Any) -> str:
    return str(getattr(value, "value", value))
