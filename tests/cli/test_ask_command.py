"""`advisor ask` as a person runs it: a separate process, exit codes and streams as the
contract says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = {"constraints", "recommendation", "reasons", "citations", "costs", "missing"}
CONSTRAINT_KEYS = {
    "domain",
    "task",
    "labeled_examples",
    "budget_usd",
    "monthly_budget_usd",
    "timeline_days",
    "monthly_requests",
}


def advisor(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "integrations.cli.main", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_json_answer_follows_the_contract() -> None:
    done = advisor(
        "ask",
        "--json",
        "Mortgage lender: classify loan documents into 40 types. 90,000 labeled documents, "
        "200k documents a month, regulated, 5 month timeline, $110k.",
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    answer = json.loads(done.stdout)
    assert set(answer) >= CONTRACT_KEYS
    assert set(answer["constraints"]) >= CONSTRAINT_KEYS
    assert answer["constraints"]["domain"] == "finance"
    assert answer["constraints"]["labeled_examples"] == 90000
    assert answer["constraints"]["monthly_requests"] == 200000
    assert answer["constraints"]["budget_usd"] == 110000
    assert answer["recommendation"]["approach"] == "fine-tuning"
    assert answer["recommendation"]["technique"] == "supervised fine-tuning"
    assert all(reason["citations"] for reason in answer["reasons"])
    cited = {c["id"] for c in answer["citations"]}
    assert {cite for reason in answer["reasons"] for cite in reason["citations"]} <= cited
    assert {"id", "source", "section"} <= set(answer["citations"][0])
    assert answer["costs"]["currency"] == "USD"


def test_the_same_text_gives_the_same_bytes() -> None:
    text = "Support bot for our bank, 5k labeled chats, $20k, 3 months."
    first, second = advisor("ask", "--json", text), advisor("ask", "--json", text)
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_a_dated_deadline_counts_from_today_or_the_day_given() -> None:
    text = "Claims triage, 4k labeled claims, must be live by 2027-03-01."
    done = advisor("ask", "--json", "--today", "2027-01-30", text)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["constraints"]["timeline_days"] == 30
    # Without --today, the day it is asked: some number of days, never a guess from nothing.
    plain = advisor("ask", "--json", text)
    assert plain.returncode == 0, plain.stderr
    timeline = json.loads(plain.stdout)["constraints"]["timeline_days"]
    issues = json.loads(plain.stdout)["constraints"].get("issues", [])
    assert isinstance(timeline, int) or any("not after the day" in str(i) for i in issues)


def test_text_answer_leads_with_approach_and_technique_and_cites() -> None:
    done = advisor("ask", "Need Instagram captions for our coffee shop. No data, $100, this week.")
    assert done.returncode == 0, done.stderr
    first_line = done.stdout.splitlines()[0]
    assert first_line.startswith("Prompt a model: zero-shot prompting")
    assert "Sources:" in done.stdout
    assert "[1] " in done.stdout


def test_stdin_dash_reads_the_description() -> None:
    done = advisor("ask", "--json", "-", stdin="Legal team, 15k annotated NDAs, 3 months, $40k.")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["constraints"]["domain"] == "legal"


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        (("ask", ""), None, "Describe your project"),
        (("ask", "   \n\t "), None, "Describe your project"),
        (("ask", "-"), "", "Describe your project"),
        (("ask", "x" * 20_001), None, "20,001 characters; Advisor reads up to 20,000"),
        (("ask", "--colour", "blue", "text"), None, "unrecognized arguments"),
        (("frobnicate",), None, "invalid choice"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    args: tuple[str, ...], stdin: str | None, says: str
) -> None:
    done = advisor(*args, stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert says in done.stderr


def test_a_broken_knowledge_file_is_an_internal_failure(tmp_path: Path) -> None:
    # A copy of the knowledge folder with a rule naming a field that does not exist.
    import shutil

    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    rules = knowledge / "rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("timeline_days <= 21", "timeline_dayz <= 21"),
        encoding="utf-8",
    )
    code = (
        "import sys; from pathlib import Path; import assistant.paths as p; "
        f"p.knowledge_dir = lambda: Path({str(knowledge)!r}); "
        "from integrations.cli.main import main; sys.exit(main(['ask', 'a legal bot']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "rules.yaml: deadline-too-short-to-train: unknown field 'timeline_dayz'" in done.stderr
    assert "did you mean 'timeline_days'" in done.stderr
