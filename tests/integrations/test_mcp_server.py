"""``advisor mcp`` as an MCP client meets it: a real process, JSON-RPC over stdio."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

from integrations.langchain import advisor_tools
from tests.integrations.cli_process import REPO, ask_json, run_advisor
from tests.integrations.mcp_wire import PROTOCOL_VERSION, McpProcess

pytestmark = pytest.mark.slow

LEGAL = "Legal team: summarise NDAs and flag odd terms. 15k annotated NDAs, 3 months, $40,000."
CLINIC = (
    "Clinic network wants a symptom-checker chatbot. 200 labeled conversations; pilot in "
    "one month; accuracy must be very high."
)
TOOLS = {"advise", "follow_up", "estimate_costs", "search_guidance"}


@pytest.fixture(scope="module")
def server() -> Iterator[McpProcess]:
    process = McpProcess()
    response = process.initialize()
    assert response["result"]["protocolVersion"] == PROTOCOL_VERSION
    assert response["result"]["serverInfo"]["name"] == "advisor"
    yield process
    assert process.close() == 0


def call(server: McpProcess, name: str, arguments: dict[str, object]) -> dict[str, object]:
    response = server.request("tools/call", {"name": name, "arguments": arguments})
    result: dict[str, object] = response["result"]
    return result


def test_lists_the_four_tools_with_input_and_output_schemas(server: McpProcess) -> None:
    tools = server.request("tools/list")["result"]["tools"]
    assert {tool["name"] for tool in tools} == TOOLS
    advise = next(tool for tool in tools if tool["name"] == "advise")
    assert advise["inputSchema"]["required"] == ["description"]
    output = advise["outputSchema"]
    assert {"constraints", "recommendation", "reasons", "citations", "costs", "missing"} <= set(
        output["properties"]
    )
    assert all(tool["annotations"]["readOnlyHint"] for tool in tools)
    assert all(tool["description"] and "outputSchema" in tool for tool in tools)


@pytest.mark.parametrize("text", [LEGAL, CLINIC])
def test_advise_structured_result_is_the_ask_json_object(server: McpProcess, text: str) -> None:
    result = call(server, "advise", {"description": text})
    expected = ask_json(text)
    assert result["isError"] is False
    assert result["structuredContent"] == expected
    # The text content names the same approach and the same first source.
    content = result["content"]
    assert isinstance(content, list) and content[0]["type"] == "text"
    shown = content[0]["text"]
    assert expected["recommendation"]["technique"] in shown
    assert expected["citations"][0]["source"] in shown
    # For clients that predate structured content: the same JSON, byte for byte.
    assert content[1]["text"] == run_advisor("ask", "--json", text).stdout


def test_advise_constraints_win_over_the_description(server: McpProcess) -> None:
    result = call(server, "advise", {"description": LEGAL, "constraints": {"budget_usd": 300}})
    structured = result["structuredContent"]
    assert isinstance(structured, dict)
    assert structured["constraints"]["budget_usd"] == 300
    assert structured["recommendation"]["approach"] != ask_json(LEGAL)["recommendation"]["approach"]


def test_advise_reads_a_dated_deadline_from_the_day_given(server: McpProcess) -> None:
    text = "Claims triage, 4k labeled claims, must be live by 2027-03-01."
    result = call(server, "advise", {"description": text, "today": "2027-01-30"})
    structured = result["structuredContent"]
    assert isinstance(structured, dict)
    assert structured["constraints"]["timeline_days"] == 30


def test_follow_up_reruns_with_the_change(server: McpProcess) -> None:
    first = ask_json(LEGAL)
    result = call(
        server,
        "follow_up",
        {"constraints": first["constraints"], "reply": "what if the budget were $500?"},
    )
    structured = result["structuredContent"]
    assert isinstance(structured, dict)
    assert structured["kind"] == "change"
    assert structured["changes"] == [{"field": "budget_usd", "before": "40000", "after": "500"}]
    assert structured["answer"]["constraints"]["budget_usd"] == 500


def test_estimate_costs_is_the_cost_json_report(server: McpProcess) -> None:
    text = "Support bot, 100k requests a month"
    result = call(server, "estimate_costs", {"description": text, "horizon_months": 12})
    done = run_advisor("cost", "--json", "--horizon", "12", text)
    assert done.returncode == 0, done.stderr
    assert result["structuredContent"] == json.loads(done.stdout)


def test_search_guidance_returns_cited_passages(server: McpProcess) -> None:
    result = call(server, "search_guidance", {"query": "what are the risks of overfitting?"})
    structured = result["structuredContent"]
    assert isinstance(structured, dict)
    ids = [passage["id"] for passage in structured["passages"]]
    assert "hidden-cost.overfitting" in ids
    assert all(passage["source"] and passage["section"] for passage in structured["passages"])


def test_bad_input_is_a_tool_error_and_the_server_keeps_serving(server: McpProcess) -> None:
    result = call(server, "advise", {"description": "   "})
    assert result["isError"] is True
    content = result["content"]
    assert isinstance(content, list) and "Describe your project" in content[0]["text"]
    assert call(server, "advise", {"description": LEGAL})["isError"] is False


def test_the_official_sdk_client_gets_the_same_object() -> None:
    """What Claude Desktop and other SDK-based clients do: the MCP SDK's own stdio client."""
    command = shutil.which("advisor", path=os.path.dirname(sys.executable))
    assert command is not None
    params = StdioServerParameters(command=command, args=["mcp"], env=dict(os.environ))

    async def session_run() -> tuple[list[str], object, bool]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            listed = await session.list_tools()
            result = await session.call_tool("advise", {"description": CLINIC})
            return [tool.name for tool in listed.tools], result.structured_content, result.is_error

    names, structured, is_error = anyio.run(session_run)
    assert set(names) == TOOLS
    assert is_error is False
    assert structured == ask_json(CLINIC)


def test_without_the_mcp_sdk_the_command_says_how_to_install_it() -> None:
    code = (
        "import sys; sys.modules['mcp'] = None\n"  # as if the [mcp] extra were not installed
        "from integrations.cli.main import main\n"
        "sys.exit(main(['mcp']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "advisor: the MCP server needs the MCP SDK: pip install 'advisor[mcp]'\n"


def test_the_mcp_tools_take_the_same_arguments_as_the_langchain_ones(
    server: McpProcess,
) -> None:
    listed = {tool["name"]: tool for tool in server.request("tools/list")["result"]["tools"]}
    for tool in advisor_tools():
        schema = tool.tool_call_schema.model_json_schema()  # type: ignore[union-attr]
        assert set(listed[tool.name]["inputSchema"]["properties"]) == set(schema["properties"])
        assert listed[tool.name]["inputSchema"].get("required", []) == schema.get("required", [])


def test_an_invalid_argument_is_named_in_the_tool_error(server: McpProcess) -> None:
    result = call(server, "estimate_costs", {"description": "support bot", "epochs": 0})
    assert result["isError"] is True
    content = result["content"]
    assert isinstance(content, list) and "epochs" in content[0]["text"]
