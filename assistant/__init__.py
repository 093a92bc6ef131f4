"""Advisor's core: a described project in, a costed, cited recommendation out.

Other code imports from here only what ``__all__`` names; the modules behind it are free
to change. Names load on first use, so importing one piece (``assistant.errors``, say)
does not load the rest.

    from assistant import Advisor
    answer = Advisor.load().ask("Legal team, 15k annotated NDAs, $40,000, 3 months")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.advisor import MAX_INPUT_CHARS, Advisor
    from assistant.answer import (
        Answer,
        Approach,
        Citation,
        Confidence,
        MissingConstraint,
        Reason,
        Recommendation,
        Technique,
    )
    from assistant.constraints import Constraints, Domain, InputIssue, Provenance, Task
    from assistant.decisions import (
        DecisionIntent,
        DecisionStatus,
        add_months,
        default_revisit_on,
        project_title,
        read_decision,
        reason_against,
    )
    from assistant.errors import (
        AdvisorError,
        CostError,
        EmptyInputError,
        InputError,
        InputTooLargeError,
        KnowledgeError,
    )
    from assistant.followup import FollowUp, FollowUpKind
    from assistant.parsing import parse
    from assistant.render import answer_to_dict, answer_to_json, answer_to_text
    from assistant.schedule import (
        Cadence,
        DigestSchedule,
        ScheduleError,
        latest_slot,
        next_slot,
        parse_schedule,
        previous_slot,
    )

_HOMES: dict[str, str] = {
    "MAX_INPUT_CHARS": "assistant.advisor",
    "Advisor": "assistant.advisor",
    "Answer": "assistant.answer",
    "Approach": "assistant.answer",
    "Citation": "assistant.answer",
    "Confidence": "assistant.answer",
    "MissingConstraint": "assistant.answer",
    "Reason": "assistant.answer",
    "Recommendation": "assistant.answer",
    "Technique": "assistant.answer",
    "Constraints": "assistant.constraints",
    "Domain": "assistant.constraints",
    "InputIssue": "assistant.constraints",
    "Provenance": "assistant.constraints",
    "Task": "assistant.constraints",
    "DecisionIntent": "assistant.decisions",
    "DecisionStatus": "assistant.decisions",
    "add_months": "assistant.decisions",
    "default_revisit_on": "assistant.decisions",
    "project_title": "assistant.decisions",
    "read_decision": "assistant.decisions",
    "reason_against": "assistant.decisions",
    "AdvisorError": "assistant.errors",
    "CostError": "assistant.errors",
    "EmptyInputError": "assistant.errors",
    "InputError": "assistant.errors",
    "InputTooLargeError": "assistant.errors",
    "KnowledgeError": "assistant.errors",
    "FollowUp": "assistant.followup",
    "FollowUpKind": "assistant.followup",
    "parse": "assistant.parsing",
    "Cadence": "assistant.schedule",
    "DigestSchedule": "assistant.schedule",
    "ScheduleError": "assistant.schedule",
    "latest_slot": "assistant.schedule",
    "next_slot": "assistant.schedule",
    "parse_schedule": "assistant.schedule",
    "previous_slot": "assistant.schedule",
    "answer_to_dict": "assistant.render",
    "answer_to_json": "assistant.render",
    "answer_to_text": "assistant.render",
}

__all__ = [
    "MAX_INPUT_CHARS",
    "Advisor",
    "AdvisorError",
    "Answer",
    "Approach",
    "Cadence",
    "Citation",
    "Confidence",
    "Constraints",
    "CostError",
    "DecisionIntent",
    "DecisionStatus",
    "DigestSchedule",
    "Domain",
    "EmptyInputError",
    "FollowUp",
    "FollowUpKind",
    "InputError",
    "InputIssue",
    "InputTooLargeError",
    "KnowledgeError",
    "MissingConstraint",
    "Provenance",
    "Reason",
    "Recommendation",
    "ScheduleError",
    "Task",
    "Technique",
    "add_months",
    "answer_to_dict",
    "answer_to_json",
    "answer_to_text",
    "default_revisit_on",
    "latest_slot",
    "next_slot",
    "parse",
    "parse_schedule",
    "previous_slot",
    "project_title",
    "read_decision",
    "reason_against",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
