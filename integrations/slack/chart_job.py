"""The cost chart as PNG bytes, drawn by a short-lived process.

    png = render_png(report)          # bytes; raises ChartError
    # the child: python -m integrations.slack.chart_job OUT.png  < report.json

matplotlib adds tens of megabytes to whatever process imports it, and the answering
process has to stay small for its whole life. So the chart is drawn by a child that
reads the ``CostReport`` as JSON on its standard input, writes the PNG and exits; only
the bytes come back. The child is bounded in time; a child that fails or runs over
becomes a ``ChartError`` with one line saying why.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from assistant import AdvisorError, CostReport, json_data, validated_json

#: Seconds the child may take: starting Python, importing matplotlib, drawing.
CHART_TIMEOUT = 30.0
#: Exit status of a child that could not draw (matplotlib missing, unreadable report).
_CANNOT_DRAW = 2
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ChartError(AdvisorError):
    """The chart could not be drawn; the message says why, in one line."""


def render_png(report: CostReport, *, timeout: float = CHART_TIMEOUT) -> bytes:
    """Draw ``report``'s cumulative cost curves in a child process; the PNG's bytes."""
    with tempfile.TemporaryDirectory(prefix="advisor-chart-") as folder:
        path = Path(folder) / "costs.png"
        try:
            result = subprocess.run(
                [sys.executable, "-m", __name__, str(path)],
                input=json.dumps(json_data(report)).encode(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise ChartError(f"drawing the chart took longer than {timeout:g} s") from error
        except OSError as error:
            raise ChartError(f"the chart process could not start: {error}") from error
        if result.returncode != 0:
            lines = result.stderr.decode(errors="replace").strip().splitlines()
            reason = lines[-1] if lines else f"exit status {result.returncode}"
            raise ChartError(f"the chart could not be drawn: {reason}")
        try:
            png = path.read_bytes()
        except OSError as error:
            raise ChartError(f"the chart process wrote no file: {error.strerror}") from error
    if not png.startswith(_PNG_SIGNATURE):
        raise ChartError("the chart process wrote something that is not a PNG")
    return png


def main(argv: list[str]) -> int:
    """``python -m integrations.slack.chart_job OUT.png``: the report JSON on stdin."""
    from pydantic import ValidationError

    from assistant import CostError, cost_chart_png

    if len(argv) != 1:
        print("usage: python -m integrations.slack.chart_job OUT.png", file=sys.stderr)
        return _CANNOT_DRAW
    try:
        report = validated_json(CostReport, sys.stdin.buffer.read())
        png = cost_chart_png(report)
    except ValidationError as error:
        print(f"unreadable cost report ({error.error_count()} errors)", file=sys.stderr)
        return _CANNOT_DRAW
    except CostError as error:  # matplotlib missing
        print(str(error).replace("\n", " "), file=sys.stderr)
        return _CANNOT_DRAW
    try:
        Path(argv[0]).write_bytes(png)
    except OSError as error:
        print(f"cannot write the chart to {argv[0]}: {error.strerror}", file=sys.stderr)
        return _CANNOT_DRAW
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
