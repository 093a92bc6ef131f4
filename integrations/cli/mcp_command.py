"""``advisor mcp``: serve Advisor's tools over the Model Context Protocol on stdio."""

from __future__ import annotations

import argparse
from typing import Any

from integrations.cli.exits import EXIT_FAILURE, EXIT_OK, fail

MCP_MISSING = "the MCP server needs the MCP SDK: pip install 'advisor[mcp]'"


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "mcp",
        help="serve advise, follow_up, estimate_costs, search_guidance over MCP (stdio)",
        description="Run Advisor as a Model Context Protocol server on standard input and "
        "output, for Claude Desktop, Cursor and other MCP clients. Offline and "
        "deterministic.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant import KnowledgeError, describe_error

    try:
        from integrations.mcp_server.server import serve
    except ModuleNotFoundError as exc:
        if exc.name is not None and exc.name.split(".")[0] == "mcp":
            return fail(MCP_MISSING, code=EXIT_FAILURE)
        raise
    try:
        serve()
    except KnowledgeError as exc:
        return fail(describe_error(exc), code=EXIT_FAILURE)
    return EXIT_OK
