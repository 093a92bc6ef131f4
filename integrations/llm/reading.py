"""Reading assist: a chat model proposes the project facts the rule-based parser left
missing; only valid values grounded in the text are kept, and the parser's own values
always win."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant import Constraints
from integrations.llm.calls import UsageLogger, call_with_deadline
from integrations.llm.facts import ASSISTED_FIELDS, ProjectFacts, accepted_values

FACTS_SCHEMA: dict[str, Any] = ProjectFacts.model_json_schema()

_INSTRUCTIONS = (
    "You read a short description of an LLM project and fill in the ProjectFacts it states. "
    "Only fill a field when the description states it in its own words; leave it null "
    "otherwise. Never estimate, never guess, never add a figure that is not in the text."
)


def unread_fields(constraints: Constraints) -> list[str]:
    """The important constraints the parser left missing or could not settle."""
    unsettled = {issue.field for issue in constraints.issues}
    return [name for name in ASSISTED_FIELDS if _open(constraints, name) or name in unsettled]


def _open(constraints: Constraints, name: str) -> bool:
    """Missing, or only the parser's fallback reading, which a model may improve on."""
    return not constraints.known(name) or constraints.fell_back(name)


def read_with_model(
    model: BaseChatModel, text: str, *, constraints: Constraints, timeout: float
) -> dict[str, Any]:
    """Values for constraints the parser did not give, proposed by ``model`` and kept only
    when grounded in ``text`` and valid (empty on any failure or timeout)."""
    wanted = unread_fields(constraints)
    if not wanted:
        return {}
    proposed = call_with_deadline(lambda: _ask(model, text), timeout=timeout, purpose="reading")
    if not proposed:
        return {}
    accepted = accepted_values(proposed, text=text)
    # The parser's value wins wherever it has one.
    return {n: v for n, v in accepted.items() if n in wanted and _open(constraints, n)}


def _ask(model: BaseChatModel, text: str) -> dict[str, Any]:
    # A JSON schema rather than the class: the reply comes back unvalidated, so each value
    # is judged on its own (one bad field does not sink the others).
    structured = model.with_structured_output(FACTS_SCHEMA)
    reply = structured.invoke(
        [SystemMessage(_INSTRUCTIONS), HumanMessage(text)],
        config={"callbacks": [UsageLogger("reading")]},
    )
    return dict(reply) if isinstance(reply, dict) else {}
