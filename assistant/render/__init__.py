"""Renderings in one place: an ``Answer`` as the JSON contract and as terminal text, a
cost report as text, JSON and a PNG chart (bytes: the edge writes or uploads them).
Slack's Block Kit lives in ``integrations/slack``, built from these pieces.

Each name loads its module on first use, so ``advisor ask --json`` loads no text
renderer (as ``assistant`` itself does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.homes import lazy_names

if TYPE_CHECKING:
    from assistant.render.chart import cost_chart_png
    from assistant.render.cost_summary import cost_summary_lines
    from assistant.render.cost_text import cost_report_text, swing_line
    from assistant.render.json import answer_to_dict, answer_to_json, cost_report_to_json
    from assistant.render.text import answer_to_text

_HOMES: dict[str, str] = {
    "answer_to_dict": "assistant.render.json",
    "answer_to_json": "assistant.render.json",
    "answer_to_text": "assistant.render.text",
    "cost_chart_png": "assistant.render.chart",
    "cost_report_text": "assistant.render.cost_text",
    "cost_report_to_json": "assistant.render.json",
    "cost_summary_lines": "assistant.render.cost_summary",
    "swing_line": "assistant.render.cost_text",
}

__all__ = [
    "answer_to_dict",
    "answer_to_json",
    "answer_to_text",
    "cost_chart_png",
    "cost_report_text",
    "cost_report_to_json",
    "cost_summary_lines",
    "swing_line",
]


__getattr__ = lazy_names(__name__, _HOMES, globals())
