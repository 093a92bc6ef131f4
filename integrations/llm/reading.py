"""Reading assist: a chat model proposes the project facts the rule-based parser left
missing; only valid values grounded in the text are kept, and the parser's own values
always win."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant import Constraints
from integrations.llm.calls import call_with_deadline, log_usage
from integrations.llm.facts import ASSISTED_FIELDS, ProjectFacts, accepted_values

_INSTRUCTIONS = (
    "You read a short description of an LLM project and fill in the ProjectFacts it states. "
    "Only fill a field when the description states it in its own words; leave it null "
    "otherwise. Never estimate, never guess, never add a figure that is not in the text."
)


def unread_fields(constraints: Constraints) -> list[str]:
    """The important constraints the parser left missing or could not settle."""
    unsettled = {issue.field for issue in constraints.issues}
    return [name for name in ASSISTED_FIELDS if not constraints.known(name) or name in unsettled]


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
    return {n: v for n, v in accepted.items() if n in wanted and not constraints.known(n)}


def _ask(model: BaseChatModel, text: str) -> dict[str, Any]:
    structured = model.with_structured_output(ProjectFacts, include_raw=True)
    reply = structured.invoke([SystemMessage(_INSTRUCTIONS), HumanMessage(text)])
    return structured_values(reply, purpose="reading")


def structured_values(reply: Any, *, purpose: str) -> dict[str, Any]:
    """The fields a structured-output reply proposed, as plain values. The tool call's own
    arguments are read when present, so one bad field does not sink the others."""
    if not isinstance(reply, dict):
        return {}
    raw = reply.get("raw")
    log_usage(raw, purpose=purpose)
    calls = getattr(raw, "tool_calls", None) or []
    if calls and isinstance(calls[0].get("args"), dict):
        return dict(calls[0]["args"])
    parsed = reply.get("parsed")
    if parsed is None:
        return {}
    if isinstance(parsed, dict):
        return parsed
    if hasattr(parsed, "model_dump"):
        dumped: dict[str, Any] = parsed.model_dump(mode="json")
        return dumped
    return {}
