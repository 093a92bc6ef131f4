"""``advisor cost`` as a person runs it: a separate process, exit status, stdout/stderr."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from integrations.cli.cost_command import cost_options_from_args

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def advisor(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "integrations.cli.main", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_json_report() -> None:
    result = advisor(
        "cost",
        "--json",
        "--task",
        "classification",
        "--monthly-requests",
        "2,000,000",
        "--prompt-tokens",
        "1500",
        "--output-tokens",
        "5",
        "--model",
        "gpt-4o-mini",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["currency"] == "USD"
    assert data["profile"]["id"] == "gpt-4o-mini"
    assert data["monthly_requests"] == 2_000_000
    assert data["tokens"]["prompting_input"] == 1500
    # The fixed part of a 1,500-token prompt (what fine-tuning removes) is long enough to
    # cache, and 2,000,000 requests keep the cache warm: it is billed at $0.075/1M, the rest
    # at $0.15/1M. 2,000,000 x (cached x $0.075/1M + (1,500 - cached) x $0.15/1M
    # + 5 x $0.60/1M).
    cached = data["tokens"]["prompting_input_cached"]
    assert 1_024 <= cached < 1_500
    assert cached == 1_500 - data["tokens"]["fine_tuned_input"]
    expected = 2 * (cached * 0.075 + (1_500 - cached) * 0.15 + 5 * 0.6)
    assert data["prompting"]["monthly"] == round(expected, 2)
    assert "gpt-4o-mini/cached_input" in {row["row"] for row in data["prices"]}
    assert data["horizon_months"] == 24
    assert len(data["series"]["prompting"]) == 25
    assert result.stderr == ""


def test_text_report_and_chart(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / "costs.png"
    result = advisor("cost", "--monthly-requests", "300000", "--chart", str(chart))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Prompting: $")
    assert "Assumed (not in the description):" in result.stdout
    assert chart.read_bytes().startswith(PNG_MAGIC)


def test_a_chart_into_a_missing_folder_is_bad_input(tmp_path: Path) -> None:
    """The core draws the bytes; the command writes them and says when it cannot."""
    pytest.importorskip("matplotlib")
    chart = tmp_path / "absent" / "costs.png"
    result = advisor("cost", "--monthly-requests", "300000", "--chart", str(chart))
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        result.stderr == f"advisor: cannot write the chart to {chart}: No such file or directory\n"
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--monthly-requests", "-5"], "monthly requests: -5 is negative"),
        (["--monthly-requests", "99999999999999"], "beyond any real workload"),
        (["--model", "gpt-9"], "no price row for model 'gpt-9'"),
        (["--input-price", "€0.40"], "is in EUR"),
        (["--horizon", "0"], "horizon: 0 months is outside 1-120"),
        (["--task", "juggling"], "task: 'juggling' is not one of"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], words: str) -> None:
    result = advisor("cost", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_invalid_price_file_names_file_and_row(tmp_path: Path) -> None:
    ours = tmp_path / "ours.yaml"
    ours.write_text(
        "rows:\n  - {model: gpt-4.1-mini, item: input, price: '0.5', unit: per_1m_tokens,"
        " source: our contract, checked: 2026-01-01, currency: EUR}\n",
        encoding="utf-8",
    )
    result = advisor("cost", "--price-file", str(ours))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "ours.yaml: rows[gpt-4.1-mini/input].currency" in result.stderr
    assert "Traceback" not in result.stderr


def test_price_file_overrides_a_row(tmp_path: Path) -> None:
    ours = tmp_path / "ours.yaml"
    ours.write_text(
        "rows:\n  - {model: gpt-6-sol, item: input, price: '0.25', unit: per_1m_tokens,"
        " source: our contract, checked: 2026-01-01}\n",
        encoding="utf-8",
    )
    result = advisor("cost", "--json", "--price-file", str(ours))
    assert result.returncode == 0, result.stderr
    rows = {row["row"]: row for row in json.loads(result.stdout)["prices"]}
    assert rows["gpt-6-sol/input"]["price"] == 0.25
    assert rows["gpt-6-sol/input"]["source"] == "our contract"


def test_a_100000_token_prompt_file(tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("lorem " * 100_000, encoding="utf-8")
    result = advisor("cost", "--json", "--prompt-file", str(prompt))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tokens"]["source"] == "pasted"
    assert data["tokens"]["prompting_input"] > 100_000
    assert any("tokens per request" in warning for warning in data["warnings"])


def test_effort_options() -> None:
    result = advisor(
        "cost",
        "--json",
        "--prompt-hours",
        "10",
        "--fine-tuning-hours",
        "20",
        "--engineering-rate",
        "$150",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["prompting"]["one_off"] == 1500.0  # 10 h x $150
    assert data["fine_tuning"]["engineering"] == 3000.0  # 20 h x $150


def test_list_models() -> None:
    result = advisor("cost", "--list-models")
    assert result.returncode == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"gpt-4.1-mini", "documents", "self-hosted-8b", "davinci"} <= set(names)


def test_options_from_ask_arguments() -> None:
    # advisor ask defines only --model, --horizon and --chart: the rest stay unset
    args = argparse.Namespace(
        text=["x"], json=True, model="gpt-4o", horizon=36, chart=None, price_file=None
    )
    options = cost_options_from_args(args)
    assert options.model == "gpt-4o"
    assert options.horizon_months == 36
    assert options.monthly_requests is None
    no_horizon = argparse.Namespace(model=None, horizon=None)
    assert cost_options_from_args(no_horizon).horizon_months == 24
