"""The JSON of ``../shared/CONTRACT.md``: stable keys, deterministic bytes.

Money is a JSON number (an integer when whole, else rounded to cents); the same answer
always gives the same bytes.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import StrEnum
from typing import Any

from assistant.answer import Answer, Reason
from assistant.constraints import CONSTRAINT_FIELDS
from assistant.costs.report import CostReport
from assistant.records import json_data


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    c = answer.constraints
    r = answer.recommendation
    return {
        "constraints": {name: _plain(getattr(c, name)) for name in CONSTRAINT_FIELDS},
        "recommendation": {
            "approach": r.approach.value,
            "technique": r.technique.value,
            "later_technique": r.later_technique.value if r.later_technique else None,
            "confidence": r.confidence.value,
            "summary": r.summary,
            "scores": {approach.value: score for approach, score in r.scores.items()},
            "switch_trigger": r.switch_trigger,
            "next_steps": list(r.next_steps),
            "margin": r.margin,
            "runner_up": r.runner_up.value if r.runner_up else None,
            "settled_by": r.settled_by,
        },
        "reasons": [_reason(reason) for reason in answer.reasons],
        "counter_reasons": [_reason(reason) for reason in answer.counter_reasons],
        "citations": [json_data(citation) for citation in answer.citations],
        "costs": json_data(answer.costs) if answer.costs is not None else None,
        "missing": [m.name for m in answer.missing],
        "missing_details": [
            {
                "name": m.name,
                "why": m.why,
                "question": m.question,
                "could_change_answer": m.could_change_answer,
            }
            for m in answer.missing
        ],
        "provenance": {
            name: c.provenance_of(name).value for name in CONSTRAINT_FIELDS if c.known(name)
        },
        "evidence": {name: c.evidence[name] for name in sorted(c.evidence)},
        "issues": [json_data(issue) for issue in answer.issues],
    }


def answer_to_json(answer: Answer) -> str:
    return json.dumps(answer_to_dict(answer), ensure_ascii=False, indent=2) + "\n"


def cost_report_to_json(report: CostReport) -> str:
    """The cost report as ``advisor cost --json`` prints it (indented, one trailing newline)."""
    return json.dumps(json_data(report), indent=2) + "\n"


def _reason(reason: Reason) -> dict[str, Any]:
    return {
        "rule": reason.rule,
        "citations": list(reason.citations),
        "summary": reason.summary,
        "supports": reason.approach.value,
        "weight": reason.weight,
        "matched": reason.matched,
        "technique": reason.technique.value if reason.technique else None,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(round(value, 2))
    if isinstance(value, StrEnum):
        return value.value
    return value
