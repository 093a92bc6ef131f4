"""Advisor for LangChain agents: four tools and the guidance retriever.

    from integrations.langchain import advisor_tools
    tools = advisor_tools()      # advise, follow_up, estimate_costs, search_guidance

Importing this package loads langchain-core; nothing on the ``advisor ask`` path imports
it.
"""

from __future__ import annotations

from integrations.langchain.retriever import GuidanceRetriever
from integrations.langchain.tools import AdvisorTool, advisor_tools

__all__ = ["AdvisorTool", "GuidanceRetriever", "advisor_tools"]
