"""Routing assist: a thread reply the rule-based classifier could not place goes to the
chat model, which may only pick one of the existing reply kinds (with grounded values for a
change)."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant import FollowUpKind
from integrations.llm.calls import UsageLogger, call_with_deadline
from integrations.llm.facts import ProjectFacts, accepted_values

_INSTRUCTIONS = (
    "A person replied in the thread of a recommendation on prompting versus fine-tuning an "
    "LLM. Say which kind of reply it is: 'change' (it states new project facts; give them in "
    "`changes`), 'why' (asks for the reasons), 'cost' (asks about money), 'guidance' (asks "
    "what the guidance says on a topic), or 'help' (none of these). Only fill `changes` "
    "with facts the reply itself states."
)


#: The kinds the chat model may place a reply in; the rest are read from the text alone.
_ROUTED = frozenset(
    {FollowUpKind.CHANGE, FollowUpKind.WHY, FollowUpKind.COST, FollowUpKind.GUIDANCE}
)


class ReplyRoute(BaseModel):
    """The kind of a thread reply, and for a change the facts it states."""

    kind: FollowUpKind = Field(description="one of change, why, cost, guidance, help")
    changes: ProjectFacts | None = Field(
        default=None, description="for 'change' only: the new facts the reply states"
    )


def route_with_model(
    model: BaseChatModel, reply: str, *, timeout: float
) -> tuple[FollowUpKind, dict[str, Any]] | None:
    """The kind ``model`` chose for ``reply`` and, for a change, its grounded values; or
    ``None`` when it fails, times out, picks no usable kind, or a change states nothing the
    reply says."""
    proposed = call_with_deadline(lambda: _ask(model, reply), timeout=timeout, purpose="routing")
    if not proposed:
        return None
    try:
        kind = FollowUpKind(str(proposed.get("kind")))
    except ValueError:
        return None
    if kind not in _ROUTED:
        return None
    if kind is not FollowUpKind.CHANGE:
        return kind, {}
    changes = proposed.get("changes")
    values = accepted_values(changes, text=reply) if isinstance(changes, dict) else {}
    return (kind, values) if values else None


def _ask(model: BaseChatModel, reply: str) -> dict[str, Any]:
    structured = model.with_structured_output(ROUTE_SCHEMA)
    answer = structured.invoke(
        [SystemMessage(_INSTRUCTIONS), HumanMessage(reply)],
        config={"callbacks": [UsageLogger("routing")]},
    )
    return dict(answer) if isinstance(answer, dict) else {}


ROUTE_SCHEMA: dict[str, Any] = ReplyRoute.model_json_schema()
