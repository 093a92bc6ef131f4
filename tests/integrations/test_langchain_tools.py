"""The LangChain tools: typed schemas, the contract's objects, and the README's agent loop
run as it is written."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import BaseTool, ToolException

from assistant import Advisor, answer_to_dict
from integrations.langchain import advisor_tools
from integrations.tools import AdvisorToolbox, SearchInput
from tests.integrations.cli_process import REPO, ask_json

LEGAL = "Legal team: summarise NDAs and flag odd terms. 15k annotated NDAs, 3 months, $40,000."


@pytest.fixture(scope="module")
def tools() -> dict[str, BaseTool]:
    return {tool.name: tool for tool in advisor_tools(Advisor.load())}


def readme_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### LangChain", 1)[1].split("### MCP", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README lost its LangChain example"
    return found.group(1)


def test_the_four_tools_have_typed_schemas_and_descriptions(tools: dict[str, BaseTool]) -> None:
    assert set(tools) == {"advise", "follow_up", "estimate_costs", "search_guidance"}
    for tool in tools.values():
        assert len(tool.description) > 60
        schema = tool.tool_call_schema.model_json_schema()  # type: ignore[union-attr]
        assert schema["properties"]
    advise = tools["advise"].tool_call_schema.model_json_schema()  # type: ignore[union-attr]
    assert advise["required"] == ["description"]
    assert advise["properties"]["description"]["type"] == "string"


def test_the_readme_agent_loop_gets_the_ask_json_answer(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(readme_example(), "README.md", "exec"), namespace)

    expected = ask_json(LEGAL)
    assert namespace["question"] == LEGAL
    messages = namespace["messages"]
    tool_message = messages[2]
    assert isinstance(tool_message, ToolMessage) and tool_message.name == "advise"
    advice = namespace["advice"]
    assert advice == expected
    assert advice["recommendation"]["approach"] == expected["recommendation"]["approach"]
    assert [c["id"] for c in advice["citations"]] == [c["id"] for c in expected["citations"]]
    # The model read a short text that carries the same approach and sources.
    assert expected["citations"][0]["source"] in tool_message.content
    assert len(tool_message.content) < len(str(expected)) / 4
    assert isinstance(messages[-1], AIMessage) and not messages[-1].tool_calls
    assert expected["recommendation"]["approach"] in capsys.readouterr().out


def test_called_directly_a_tool_returns_the_object(tools: dict[str, BaseTool]) -> None:
    assert tools["advise"].invoke({"description": LEGAL}) == answer_to_dict(
        Advisor.load().ask(LEGAL)
    )


def test_constraints_override_the_description(tools: dict[str, BaseTool]) -> None:
    advice = tools["advise"].invoke({"description": LEGAL, "constraints": {"budget_usd": 300}})
    assert advice["constraints"]["budget_usd"] == 300
    assert advice["recommendation"]["approach"] == "prompting"


def test_a_dated_deadline_counts_from_the_day_given(tools: dict[str, BaseTool]) -> None:
    text = "Claims triage, 4k labeled claims, must be live by 2027-03-01."
    dated = tools["advise"].invoke({"description": text, "today": "2027-01-30"})
    assert dated["constraints"]["timeline_days"] == 30
    undated = tools["advise"].invoke({"description": text})
    assert undated["constraints"]["timeline_days"] is None


def test_follow_up_and_costs_and_search(tools: dict[str, BaseTool]) -> None:
    first = tools["advise"].invoke({"description": LEGAL})
    change = tools["follow_up"].invoke(
        {"constraints": first["constraints"], "reply": "what if the budget were $500?"}
    )
    assert change["kind"] == "change"
    assert change["previous_approach"] == first["recommendation"]["approach"]
    why = tools["follow_up"].invoke(
        {"constraints": first["constraints"], "reply": "why not prompting?"}
    )
    assert why["kind"] == "why" and why["about"] == "prompting"

    costs = tools["estimate_costs"].invoke({"description": LEGAL, "monthly_requests": 50000})
    assert costs["monthly_requests"] == 50000
    assert costs["cheaper"] in {"prompting", "fine-tuning"}


def test_search_guidance_goes_through_the_retriever_and_matches_the_toolbox(
    tools: dict[str, BaseTool],
) -> None:
    query = "what are the risks of overfitting?"
    found = tools["search_guidance"].invoke({"query": query, "k": 4})
    direct = AdvisorToolbox(Advisor.load()).search_guidance(SearchInput(query=query, k=4))
    assert found == direct
    assert "hidden-cost.overfitting" in [p["id"] for p in found["passages"]]


def test_a_bad_call_is_an_error_message_for_the_agent_and_an_exception_directly(
    tools: dict[str, BaseTool],
) -> None:
    call = {"type": "tool_call", "name": "advise", "args": {"description": "  "}, "id": "c"}
    message = tools["advise"].invoke(call)
    assert isinstance(message, ToolMessage) and message.status == "error"
    assert "Describe your project" in message.content
    with pytest.raises(ToolException, match="Describe your project"):
        tools["advise"].invoke({"description": "  "})
    wrong = tools["follow_up"].invoke(
        {
            "type": "tool_call",
            "name": "follow_up",
            "args": {"constraints": {"labeled_examples": -3}, "reply": "why?"},
            "id": "d",
        }
    )
    assert wrong.status == "error" and "labeled_examples" in wrong.content


def test_async_calls_give_the_same_object(tools: dict[str, BaseTool]) -> None:
    direct = asyncio.run(tools["advise"].ainvoke({"description": LEGAL}))
    call = {"type": "tool_call", "name": "advise", "args": {"description": LEGAL}, "id": "a"}
    message = asyncio.run(tools["advise"].ainvoke(call))
    assert direct == message.artifact == tools["advise"].invoke({"description": LEGAL})
