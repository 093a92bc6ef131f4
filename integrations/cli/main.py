"""``advisor``: the command line over the same core the Slack app uses.

Exit status (../shared/CONTRACT.md): 0 on success; 2 on bad input (empty text, text over
the size limit, unknown option) with one line on stderr and nothing on stdout; 1 on an
internal failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from integrations.cli import (
    ask_command,
    cost_command,
    decisions_command,
    digest_command,
    mcp_command,
    serve_command,
)
from integrations.cli.exits import EXIT_FAILURE, CommandParser


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="advisor",
        description="Should you prompt a model, fine-tune one, or prompt now and fine-tune "
        "later? Describe your project; get a costed, cited recommendation.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=CommandParser)
    ask_command.register(commands)
    cost_command.register(commands)
    serve_command.register(commands)
    mcp_command.register(commands)
    decisions_command.register(commands)
    digest_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return EXIT_FAILURE
    return code


def entry() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":
    entry()
