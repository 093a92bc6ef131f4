"""Advisor's four tools, independent of any agent framework.

The LangChain tools (``integrations.langchain``) and the MCP server
(``integrations.mcp_server``) are thin wrappers over these functions, so both give the same
objects: ``advise`` returns exactly what ``advisor ask --json`` prints.

    tools = AdvisorToolbox(Advisor.load())
    tools.advise(AdviseInput(description="Legal team, 15k NDAs, $40k, 3 months"))
"""

from __future__ import annotations

from integrations.tools.results import AdvisorToolbox, ToolInputError
from integrations.tools.schemas import (
    AdviseInput,
    ConstraintValues,
    CostsInput,
    FollowUpInput,
    SearchInput,
)
from integrations.tools.text import (
    advice_text,
    costs_text,
    follow_up_text,
    passages_text,
)

__all__ = [
    "AdviseInput",
    "AdvisorToolbox",
    "ConstraintValues",
    "CostsInput",
    "FollowUpInput",
    "SearchInput",
    "ToolInputError",
    "advice_text",
    "costs_text",
    "follow_up_text",
    "passages_text",
]
