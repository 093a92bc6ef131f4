"""The core's public surface: what ``assistant.__all__`` names, and nothing heavy on import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import assistant


@pytest.mark.parametrize("name", assistant.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(assistant, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        assistant.Nope  # noqa: B018


def test_importing_the_errors_loads_nothing_else() -> None:
    code = (
        "import sys, assistant.errors; "
        "print(sorted(m for m in sys.modules if m.startswith('assistant')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The package itself needs only the helper that loads its names on first use.
    assert out.stdout.strip() == "['assistant', 'assistant.errors', 'assistant.homes']"


def test_the_core_imports_no_edge_library() -> None:
    code = (
        "import sys; from assistant import Advisor; Advisor.load().ask('a legal bot, 5k labels');"
        "import assistant.retrieval;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'slack_bolt', 'slack_sdk', 'langchain_core', 'httpx', 'starlette', 'uvicorn', "
        "'sqlalchemy', 'argparse_unused'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_all_names_exactly_what_loads_lazily() -> None:
    assert sorted(assistant.__all__) == sorted(assistant._HOMES)


def test_an_answer_from_the_start_up_cache_loads_no_validation_library(tmp_path: Path) -> None:
    # The first run checks the knowledge files (pydantic, PyYAML) and keeps them; the second
    # answers from the cache, so it must load neither: that is most of a command's start-up.
    code = (
        "import sys\n"
        "from integrations.cli.main import main\n"
        "status = main(['ask', '--json', 'Legal team: 15k annotated NDAs, $40,000'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'pydantic_core', 'yaml', 'annotated_types'}), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        for _ in range(2)
    ]
    assert "pydantic" in runs[0].stderr  # the files were checked when there was no cache
    assert runs[1].stderr.strip() == "[]"
    assert runs[0].stdout == runs[1].stdout
