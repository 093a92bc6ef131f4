"""Exit statuses and the one-line failure every command prints (see ../shared/CONTRACT.md):
0 on success; 2 on bad input with one line on stderr and nothing on stdout; 1 on an
internal failure."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def fail(message: str, *, code: int) -> int:
    """One line on stderr, nothing on stdout."""
    print(f"advisor: {message}", file=sys.stderr)
    return code


class CommandParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"advisor: {message} (see 'advisor --help')\n")
