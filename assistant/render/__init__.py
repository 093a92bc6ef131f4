"""Renderings in one place: an ``Answer`` as the JSON contract and as terminal text, a
cost report as text, JSON and a PNG chart (bytes: the edge writes or uploads them).
Slack's Block Kit lives in ``integrations/slack``, built from these pieces."""

from assistant.render.chart import cost_chart_png
from assistant.render.cost_summary import cost_summary_lines
from assistant.render.cost_text import cost_report_text, swing_line
from assistant.render.json import answer_to_dict, answer_to_json, cost_report_to_json
from assistant.render.text import answer_to_text

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
