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

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"advisor: {message} (see 'advisor --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="advisor",
        description="Should you prompt a model, fine-tune one, or prompt now and fine-tune "
        "later? Describe your project; get a costed, cited recommendation.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    from integrations.cli import (
        ask_command,
        cost_command,
        decisions_command,
        digest_command,
        serve_command,
    )

    ask_command.register(commands)
    cost_command.register(commands)
    serve_command.register(commands)
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


def fail(message: str, *, code: int) -> int:
    """One line on stderr, nothing on stdout."""
    print(f"advisor: {message}", file=sys.stderr)
    return code


def entry() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":
    entry()
