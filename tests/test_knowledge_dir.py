"""An advisor loaded from another knowledge folder uses that folder's files, templates
and encodings included, not the shipped ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import Advisor, Constraints, Task
from assistant.paths import knowledge_dir

SUMMARY_SYSTEM = "You summarise customer-call transcripts for account managers."


@pytest.fixture(scope="module")
def longer_prompts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped knowledge whose summarisation prompt is much longer."""
    folder = tmp_path_factory.mktemp("knowledge")
    shipped = knowledge_dir()
    for name in ("guidance.yaml", "rules.yaml", "prices.yaml", "prices_generated.yaml"):
        shutil.copy(shipped / name, folder / name)
    (folder / "encodings").symlink_to(shipped / "encodings", target_is_directory=True)
    templates = (shipped / "prompt_templates.yaml").read_text(encoding="utf-8")
    assert SUMMARY_SYSTEM in templates
    padding = " Keep every figure exactly as the caller said it." * 40
    changed = templates.replace(SUMMARY_SYSTEM, SUMMARY_SYSTEM + padding, 1)
    (folder / "prompt_templates.yaml").write_text(changed, encoding="utf-8")
    return folder


def test_an_advisor_prices_with_its_own_folders_templates(longer_prompts: Path) -> None:
    project = Constraints(task=Task.SUMMARIZATION, monthly_requests=10_000)
    shipped = Advisor.load().cost(given=project)
    own = Advisor.load(knowledge_dir=longer_prompts).cost(given=project)
    # Each added sentence is about ten tokens; forty of them are several hundred more.
    assert own.tokens.prompting_input > shipped.tokens.prompting_input + 300
    assert own.prompting.monthly > shipped.prompting.monthly


def test_an_answer_from_another_folder_uses_its_templates(longer_prompts: Path) -> None:
    text = "Summarise support calls for account managers, 20,000 calls a month."
    shipped = Advisor.load().ask(text)
    own = Advisor.load(knowledge_dir=longer_prompts).ask(text)
    assert shipped.costs is not None and own.costs is not None
    assert own.costs.tokens.prompting_input > shipped.costs.tokens.prompting_input
