"""The cost chart drawn in a short-lived process, and which replies carry one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.advisor import Advisor
from assistant.costs.report import CostReport
from assistant.records import json_data
from integrations.slack import replies
from integrations.slack.chart_job import ChartError, render_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months, accuracy critical"


@pytest.fixture(scope="module")
def advisor() -> Advisor:
    return Advisor.load()


@pytest.fixture(scope="module")
def report(advisor: Advisor) -> CostReport:
    costs = advisor.ask(LEGAL).costs
    if costs is None:
        raise RuntimeError("the legal project is expected to be priced")
    return costs


def test_the_chart_comes_back_as_png_bytes(report: CostReport) -> None:
    pytest.importorskip("matplotlib")
    png = render_png(report)
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) > 1_000


def test_without_matplotlib_the_reason_is_one_clear_error(
    report: CostReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A matplotlib that cannot be imported, ahead of the installed one on the child's path.
    shadow = tmp_path / "matplotlib"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise ImportError('matplotlib is not installed')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    with pytest.raises(ChartError, match=r"charts need matplotlib") as caught:
        render_png(report)
    assert "\n" not in str(caught.value)


def test_a_slow_chart_is_cut_off(report: CostReport) -> None:
    with pytest.raises(ChartError, match=r"took longer than 0\.01 s"):
        render_png(report, timeout=0.01)


def test_an_unreadable_report_is_refused_by_the_child() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "integrations.slack.chart_job", "/nonexistent/costs.png"],
        input=b'{"horizon_months": "soon"}',
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert b"unreadable cost report" in result.stderr


def test_the_answering_process_never_imports_matplotlib(report: CostReport) -> None:
    pytest.importorskip("matplotlib")
    # A fresh interpreter: the modules the answering process loads, and a chart drawn.
    code = (
        "import sys\n"
        "from assistant import CostReport, validated_json\n"
        "import integrations.slack.responder, integrations.slack.worker\n"
        "from integrations.slack.chart_job import render_png\n"
        "png = render_png(validated_json(CostReport, sys.stdin.buffer.read()))\n"
        "print(len(png), 'matplotlib' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(json_data(report)).encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    length, imported = result.stdout.decode().split()
    assert int(length) > 1_000
    assert imported == "False"


def test_only_a_cost_question_carries_a_chart(advisor: Advisor) -> None:
    constraints = json_data(advisor.ask(LEGAL).constraints)
    charts = {
        text: replies.follow_up(advisor, text, constraints=constraints, project=LEGAL).chart
        for text in [
            "what does it cost per month?",
            "why not prompting?",
            "what if the budget is $500?",
            "what are the risks of overfitting?",
            "thanks, looks good",
        ]
    }
    assert isinstance(charts.pop("what does it cost per month?"), CostReport)
    assert charts == dict.fromkeys(charts)
