"""Choosing the two models from the command line and in a follow-up, and the model list."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.advisor import Advisor


def advisor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "integrations.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_list_models_names_providers_and_shutdowns() -> None:
    result = advisor("cost", "--list-models")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for provider in ("OpenAI", "Anthropic", "Google", "Mistral"):
        assert any(provider in line for line in lines), provider
    mini = next(line for line in lines if line.strip().startswith("gpt-4.1-mini "))
    assert "shuts down 2027-01-14" in mini and "gpt-6-luna" in mini
    assert any("open weights" in line and "fine-tune" in line for line in lines)
    assert any("(default)" in line for line in lines)


def test_ask_and_cost_take_both_models() -> None:
    text = "Support bot answering 300,000 chats a month; 5,000 labeled examples."
    for command in (("ask", "--json"), ("cost", "--json")):
        result = advisor(
            *command,
            "--model",
            "claude-sonnet-5-5",
            "--fine-tune-model",
            "gpt-4o-mini",
            "--today",
            "2026-12-03",
            text,
        )
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        costs = data.get("costs", data)
        assert costs["profile"]["prompting_model"] == "claude-sonnet-5-5"
        assert costs["profile"]["fine_tuning_model"] == "gpt-4o-mini"
        assert any("GPT-4o mini" in w and "2027-01-14" in w for w in costs["warnings"])


def test_unknown_fine_tune_model_is_bad_input() -> None:
    result = advisor("cost", "--fine-tune-model", "claude-sonnet-5-5")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "claude-sonnet-5-5" in result.stderr


def test_a_follow_up_compares_with_another_model() -> None:
    ai = Advisor.load()
    first = ai.ask("Support bot, 200,000 chats a month, 8,000 labeled examples.")
    reply = ai.follow_up("compare with Claude Sonnet 5.5", previous=first.constraints)
    assert reply.answer is not None and reply.answer.costs is not None
    assert reply.answer.costs.profile.prompting_model == "claude-sonnet-5-5"
