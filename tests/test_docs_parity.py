"""What a user can set is documented: every setting and every command-line option appears in
the README, so a new option cannot ship without its line."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from integrations.cli.main import build_parser
from integrations.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub
                found.update({f"{name} {k}": v for k, v in _commands(sub).items()})
    return found


def _options() -> list[tuple[str, str]]:
    pairs = []
    for name, sub in _commands(build_parser()).items():
        for action in sub._actions:
            pairs += [
                (name, o) for o in action.option_strings if o.startswith("--") and o != "--help"
            ]
    return pairs


def test_the_scan_finds_the_commands_and_their_options() -> None:
    commands = _commands(build_parser())
    assert {"ask", "cost", "serve"} <= set(commands)
    assert ("ask", "--json") in _options()


def test_every_command_line_option_is_in_the_readme() -> None:
    missing = [f"advisor {c} {o}" for c, o in _options() if f"`{o}" not in README]
    assert missing == []


def test_every_command_is_in_the_readme() -> None:
    missing = [c for c in _commands(build_parser()) if f"advisor {c}" not in README]
    assert missing == []


def test_every_setting_is_in_the_readme() -> None:
    names = [name.upper() for name in Settings.model_fields]
    assert "SLACK_BOT_TOKEN" in names
    missing = [n for n in names if not re.search(rf"`{n}`", README)]
    assert missing == []
