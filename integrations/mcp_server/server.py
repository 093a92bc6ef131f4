"""``advisor mcp``: Advisor's four tools over the Model Context Protocol, on stdio.

Each tool answers with a short text (for the model to read), the object serialized as JSON
(for clients without structured content) and, as structured content, the same object the
LangChain tools return: ``advise`` gives exactly the ``advisor ask
--json`` object. Deterministic and offline, like the rest of Advisor; no chat model is
involved.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ValidationError

from assistant import Advisor
from integrations.mcp_server.outputs import AdviceOut, CostsOut, FollowUpOut, PassagesOut
from integrations.tools import (
    AdviseInput,
    AdvisorToolbox,
    ConstraintValues,
    CostsInput,
    FollowUpInput,
    SearchInput,
    ToolInputError,
    advice_text,
    costs_text,
    follow_up_text,
    passages_text,
)

_A = TypeVar("_A")
_M = TypeVar("_M", bound=BaseModel)

_INSTRUCTIONS = (
    "Advisor tells a team whether to prompt a model, fine-tune one, or prompt now and "
    "fine-tune later, from a rule engine over curated, cited guidance and a cost model. "
    "Call `advise` with the project's description; quote its approach, reasons and "
    "numbered sources rather than answering from memory."
)
# Every tool only reads Advisor's own files: safe to call again, no side effects.
_READ_ONLY = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)


def build_server(advisor: Advisor | None = None) -> MCPServer:
    """The MCP server with the tools over one ``Advisor``."""
    toolbox = AdvisorToolbox(advisor or Advisor.load())
    server: MCPServer = MCPServer("advisor", instructions=_INSTRUCTIONS)

    def advise(
        description: str,
        constraints: ConstraintValues | None = None,
        today: str | None = None,
    ) -> Annotated[CallToolResult, AdviceOut]:
        """Recommend prompting, fine-tuning, or prompt-then-fine-tune for an LLM project
        described in plain words (task, field, labeled examples, budget, timeline,
        volume). Returns the `advisor ask --json` object: constraints, recommendation,
        reasons with citations, citations, costs, missing. `constraints` sets facts that
        win over the description; `today` (YYYY-MM-DD) is the day a deadline given as a
        date counts from."""
        args = _arguments(
            AdviseInput, description=description, constraints=constraints, today=today
        )
        return _result(toolbox.advise, args, advice_text)

    def follow_up(
        constraints: dict[str, Any], reply: str
    ) -> Annotated[CallToolResult, FollowUpOut]:
        """Answer a reply about an earlier `advise` result: a change ('what if the budget
        were $500?'), a why, a cost or a guidance question. `constraints` is the earlier
        result's `constraints` object."""
        args = _arguments(FollowUpInput, constraints=constraints, reply=reply)
        return _result(toolbox.follow_up, args, follow_up_text)

    def estimate_costs(
        description: str = "",
        model: str | None = None,
        monthly_requests: int | None = None,
        volume_growth_pct: float | None = None,
        prompt_tokens: int | None = None,
        output_tokens: int | None = None,
        few_shot_k: int | None = None,
        training_examples: int | None = None,
        epochs: int | None = None,
        retrain_every_months: int | None = None,
        horizon_months: int | None = None,
    ) -> Annotated[CallToolResult, CostsOut]:
        """Compare what prompting and fine-tuning cost month by month, with the
        break-even month, from a description and/or figures. Returns the `advisor cost
        --json` report."""
        args = _arguments(
            CostsInput,
            description=description,
            model=model,
            monthly_requests=monthly_requests,
            volume_growth_pct=None
            if volume_growth_pct is None
            else Decimal(str(volume_growth_pct)),
            prompt_tokens=prompt_tokens,
            output_tokens=output_tokens,
            few_shot_k=few_shot_k,
            training_examples=training_examples,
            epochs=epochs,
            retrain_every_months=retrain_every_months,
            horizon_months=horizon_months,
        )
        return _result(toolbox.estimate_costs, args, costs_text)

    def search_guidance(query: str, k: int = 3) -> Annotated[CallToolResult, PassagesOut]:
        """Find passages of Advisor's curated guidance on prompting and fine-tuning that
        answer a question, each with its source document and section (an empty list:
        the guidance does not cover it)."""
        args = _arguments(SearchInput, query=query, k=k)
        return _result(toolbox.search_guidance, args, passages_text)

    for tool in (advise, follow_up, estimate_costs, search_guidance):
        server.add_tool(
            tool,
            description=inspect.cleandoc(tool.__doc__ or ""),
            annotations=_READ_ONLY,
            structured_output=True,
        )
    return server


def _arguments(schema: type[_M], **values: Any) -> _M:
    """The tool's arguments checked by its schema; a wrong value is the caller's to fix."""
    try:
        return schema.model_validate(values)
    except ValidationError as exc:
        wrong = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in exc.errors()
        )
        raise ToolError(f"Invalid arguments: {wrong}") from exc


def _result(
    call: Callable[[_A], dict[str, Any]], args: _A, text: Callable[[dict[str, Any]], str]
) -> CallToolResult:
    try:
        found = call(args)
    except ToolInputError as exc:
        # Reported to the client as the tool's error result, in one sentence.
        raise ToolError(str(exc)) from exc
    # The short text for the model to read, then (as the MCP spec asks, for clients that
    # predate structured content) the object itself, serialized as `advisor ask --json` does.
    serialized = json.dumps(found, ensure_ascii=False, indent=2) + "\n"
    return CallToolResult(
        content=[TextContent(text=text(found)), TextContent(text=serialized)],
        structured_content=found,
    )


def serve() -> None:
    """Serve the tools on stdin/stdout until the client closes the connection."""
    build_server().run("stdio")
