"""Advisor's four tools as langchain-core tools, for agents built on LangChain.

    tools = advisor_tools()
    by_name = {tool.name: tool for tool in tools}
    by_name["advise"].invoke({"description": "Legal team, 15k NDAs, $40k, 3 months"})
    # -> the `advisor ask --json` object

Called directly (a dict of arguments), a tool returns the JSON object. Called with a tool
call from a chat model, it returns a ``ToolMessage`` whose content is a short text for the
model to read and whose ``artifact`` is the same object, so an agent can quote it exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel

from assistant import Advisor
from integrations.langchain.retriever import GuidanceRetriever
from integrations.tools import (
    AdviseInput,
    AdvisorToolbox,
    CostsInput,
    FollowUpInput,
    SearchInput,
    ToolInputError,
    advice_text,
    costs_text,
    follow_up_text,
    passages_text,
)
from integrations.tools.results import passage_dict

_Args = TypeVar("_Args", bound=BaseModel)

_ADVISE = (
    "Recommend prompting, fine-tuning, or prompt-then-fine-tune for an LLM project, from "
    "a plain-words description (task, field, labeled examples, budget, timeline, volume). "
    "Deterministic and cited: returns the approach and technique, the reasons with their "
    "citations, the costs of both paths, and which facts the description did not give. "
    "Use it instead of answering from memory."
)
_FOLLOW_UP = (
    "Answer a reply about an earlier `advise` result: a change ('what if the budget were "
    "$500?'), a why ('why not fine-tuning?'), a cost question, or a guidance question. "
    "Pass the earlier result's `constraints` object and the reply."
)
_COSTS = (
    "Compare what prompting and fine-tuning cost, month by month, with the break-even "
    "month: from a description and/or figures (requests per month, tokens, epochs, model)."
)
_SEARCH = (
    "Find passages of Advisor's curated guidance on prompting and fine-tuning that answer "
    "a question, each with its source document and section. An empty list means the "
    "guidance does not cover it."
)


class AdvisorTool(StructuredTool):
    """A structured tool that returns its JSON object when called directly and a
    ``ToolMessage`` (short text content, the object as ``artifact``) for a tool call."""

    def invoke(
        self,
        input: str | dict[str, Any] | Any,
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Any:
        output = super().invoke(self._as_tool_call(input), config, **kwargs)
        return output if _is_tool_call(input) else _object_of(output)

    async def ainvoke(
        self,
        input: str | dict[str, Any] | Any,
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Any:
        output = await super().ainvoke(self._as_tool_call(input), config, **kwargs)
        return output if _is_tool_call(input) else _object_of(output)

    def _as_tool_call(self, input: Any) -> Any:
        # A direct call goes through the same tool-call path, so the artifact survives.
        if _is_tool_call(input):
            return input
        if isinstance(input, str):
            # One string is the first argument (the description, the query).
            fields: dict[str, Any] = getattr(self.args_schema, "model_fields", {})
            input = {next(iter(fields)): input}
        return {"type": "tool_call", "name": self.name, "args": input, "id": "direct"}


def advisor_tools(advisor: Advisor | None = None) -> list[AdvisorTool]:
    """The tools ``advise``, ``follow_up``, ``estimate_costs`` and ``search_guidance`` over
    one ``Advisor`` (loaded from the shipped knowledge when not given)."""
    toolbox = AdvisorToolbox(advisor or Advisor.load())
    retriever = GuidanceRetriever(guidance=toolbox.advisor.knowledge.guidance)

    def advise(**arguments: Any) -> tuple[str, dict[str, Any]]:
        result = _checked(toolbox.advise, AdviseInput, arguments)
        return advice_text(result), result

    def follow_up(**arguments: Any) -> tuple[str, dict[str, Any]]:
        result = _checked(toolbox.follow_up, FollowUpInput, arguments)
        return follow_up_text(result), result

    def estimate_costs(**arguments: Any) -> tuple[str, dict[str, Any]]:
        result = _checked(toolbox.estimate_costs, CostsInput, arguments)
        return costs_text(result), result

    def search_guidance(**arguments: Any) -> tuple[str, dict[str, Any]]:
        args = SearchInput.model_validate(arguments)
        documents = retriever.model_copy(update={"k": args.k}).invoke(args.query)
        result = {
            "query": args.query,
            "passages": [
                passage_dict(
                    id=doc.metadata["id"],
                    source=doc.metadata["source"],
                    section=doc.metadata["section"],
                    text=doc.page_content,
                    topics=doc.metadata["topics"],
                    score=doc.metadata["score"],
                )
                for doc in documents
            ],
        }
        return passages_text(result), result

    return [
        _tool(advise, "advise", _ADVISE, AdviseInput),
        _tool(follow_up, "follow_up", _FOLLOW_UP, FollowUpInput),
        _tool(estimate_costs, "estimate_costs", _COSTS, CostsInput),
        _tool(search_guidance, "search_guidance", _SEARCH, SearchInput),
    ]


def _tool(
    func: Callable[..., tuple[str, dict[str, Any]]],
    name: str,
    description: str,
    schema: type[BaseModel],
) -> AdvisorTool:
    return AdvisorTool(
        name=name,
        description=description,
        func=func,
        args_schema=schema,
        response_format="content_and_artifact",
        # An agent gets the problem as the tool's answer and can correct its call.
        handle_tool_error=True,
        handle_validation_error=True,
    )


def _checked(
    call: Callable[[_Args], dict[str, Any]], schema: type[_Args], arguments: dict[str, Any]
) -> dict[str, Any]:
    try:
        return call(schema.model_validate(arguments))
    except ToolInputError as exc:
        raise ToolException(str(exc)) from exc


def _is_tool_call(input: Any) -> bool:
    return isinstance(input, dict) and input.get("type") == "tool_call"


def _object_of(output: Any) -> Any:
    if isinstance(output, ToolMessage):
        if output.status == "error":
            raise ToolException(str(output.content))
        return output.artifact
    return output
