"""Advisor's core: a described project in, a costed, cited recommendation out.

Other code imports from here only what ``__all__`` names; the modules behind it are free
to change. Names load on first use, so importing one piece (``assistant.errors``, say)
does not load the rest.

    from assistant import Advisor
    answer = Advisor.load().ask("Legal team, 15k annotated NDAs, $40,000, 3 months")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.homes import lazy_names

if TYPE_CHECKING:
    from assistant.advisor import MAX_INPUT_CHARS, Advisor
    from assistant.answer import (
        SHOWN_REASONS,
        Answer,
        Citation,
        MissingConstraint,
        Reason,
        Recommendation,
    )
    from assistant.constraints import (
        CONSTRAINT_FIELDS,
        FIELD_ROWS,
        Constraints,
        Domain,
        InputIssue,
        Provenance,
        Task,
    )
    from assistant.costs.money import parse_usd
    from assistant.costs.options import CostOptions
    from assistant.costs.report import CostReport
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
        CostInputError,
        EmptyInputError,
        InputError,
        InputTooLargeError,
        KnowledgeError,
    )
    from assistant.explain import Explanation, explanation_text, explanation_to_dict
    from assistant.facts import CostFacts
    from assistant.followup import (
        AckReply,
        AlternativeReply,
        ChangeReply,
        ConfidenceReply,
        CostReply,
        DecisionReply,
        FieldChange,
        FollowUp,
        GuidanceReply,
        HelpReply,
        OffTopicReply,
        SummaryReply,
        WhyReply,
    )
    from assistant.guidance import Guidance
    from assistant.messages import APPROACH_TITLES, close_call, describe_error
    from assistant.parsing import parse
    from assistant.parsing.numbers import NUMBER_WORDS
    from assistant.records import field_types, json_data
    from assistant.render import (
        answer_to_dict,
        answer_to_json,
        answer_to_text,
        cost_chart_png,
        cost_report_text,
        cost_report_to_json,
        cost_summary_lines,
        swing_line,
    )
    from assistant.reply_kinds import REPLY_KINDS_FILE, reply_features
    from assistant.reply_reading import Alternative, ReplyReading, read_reply
    from assistant.retrieval import search_guidance
    from assistant.rows import Ask, Form, Row, Unit, show_value
    from assistant.rules.conditions import display
    from assistant.schedule import (
        Cadence,
        DigestSchedule,
        ScheduleError,
        latest_slot,
        next_slot,
        parse_schedule,
        previous_slot,
    )
    from assistant.validation import validated, validated_json
    from assistant.vocabulary import Approach, Confidence, FollowUpKind, Technique

_HOMES: dict[str, str] = {
    "NUMBER_WORDS": "assistant.parsing.numbers",
    "DecisionIntent": "assistant.decisions",
    "DecisionStatus": "assistant.decisions",
    "add_months": "assistant.decisions",
    "default_revisit_on": "assistant.decisions",
    "project_title": "assistant.decisions",
    "read_decision": "assistant.decisions",
    "reason_against": "assistant.decisions",
    "Cadence": "assistant.schedule",
    "DigestSchedule": "assistant.schedule",
    "ScheduleError": "assistant.schedule",
    "latest_slot": "assistant.schedule",
    "next_slot": "assistant.schedule",
    "parse_schedule": "assistant.schedule",
    "previous_slot": "assistant.schedule",
    "MAX_INPUT_CHARS": "assistant.advisor",
    "SHOWN_REASONS": "assistant.answer",
    "Advisor": "assistant.advisor",
    "Answer": "assistant.answer",
    "Citation": "assistant.answer",
    "MissingConstraint": "assistant.answer",
    "Reason": "assistant.answer",
    "Recommendation": "assistant.answer",
    "Constraints": "assistant.constraints",
    "Domain": "assistant.constraints",
    "InputIssue": "assistant.constraints",
    "Provenance": "assistant.constraints",
    "Task": "assistant.constraints",
    "FIELD_ROWS": "assistant.constraints",
    "CONSTRAINT_FIELDS": "assistant.constraints",
    "CostFacts": "assistant.facts",
    "Explanation": "assistant.explain",
    "explanation_text": "assistant.explain",
    "explanation_to_dict": "assistant.explain",
    "Ask": "assistant.rows",
    "Form": "assistant.rows",
    "Row": "assistant.rows",
    "Unit": "assistant.rows",
    "show_value": "assistant.rows",
    "parse_usd": "assistant.costs.money",
    "CostOptions": "assistant.costs.options",
    "CostReport": "assistant.costs.report",
    "field_types": "assistant.records",
    "json_data": "assistant.records",
    "validated": "assistant.validation",
    "validated_json": "assistant.validation",
    "AdvisorError": "assistant.errors",
    "CostError": "assistant.errors",
    "CostInputError": "assistant.errors",
    "EmptyInputError": "assistant.errors",
    "InputError": "assistant.errors",
    "InputTooLargeError": "assistant.errors",
    "KnowledgeError": "assistant.errors",
    "ChangeReply": "assistant.followup",
    "SummaryReply": "assistant.followup",
    "OffTopicReply": "assistant.followup",
    "DecisionReply": "assistant.followup",
    "ConfidenceReply": "assistant.followup",
    "AlternativeReply": "assistant.followup",
    "AckReply": "assistant.followup",
    "CostReply": "assistant.followup",
    "FieldChange": "assistant.followup",
    "FollowUp": "assistant.followup",
    "FollowUpKind": "assistant.vocabulary",
    "Alternative": "assistant.reply_reading",
    "ReplyReading": "assistant.reply_reading",
    "read_reply": "assistant.reply_reading",
    "REPLY_KINDS_FILE": "assistant.reply_kinds",
    "reply_features": "assistant.reply_kinds",
    "GuidanceReply": "assistant.followup",
    "HelpReply": "assistant.followup",
    "WhyReply": "assistant.followup",
    "APPROACH_TITLES": "assistant.messages",
    "describe_error": "assistant.messages",
    "close_call": "assistant.messages",
    "Guidance": "assistant.guidance",
    "parse": "assistant.parsing",
    "answer_to_dict": "assistant.render",
    "answer_to_json": "assistant.render",
    "answer_to_text": "assistant.render",
    "cost_chart_png": "assistant.render",
    "cost_report_text": "assistant.render",
    "cost_report_to_json": "assistant.render",
    "cost_summary_lines": "assistant.render",
    "swing_line": "assistant.render",
    "display": "assistant.rules.conditions",
    "Approach": "assistant.vocabulary",
    "Confidence": "assistant.vocabulary",
    "Technique": "assistant.vocabulary",
    "search_guidance": "assistant.retrieval",
}

__all__ = [
    "APPROACH_TITLES",
    "CONSTRAINT_FIELDS",
    "FIELD_ROWS",
    "MAX_INPUT_CHARS",
    "NUMBER_WORDS",
    "REPLY_KINDS_FILE",
    "SHOWN_REASONS",
    "AckReply",
    "Advisor",
    "AdvisorError",
    "Alternative",
    "AlternativeReply",
    "Answer",
    "Approach",
    "Ask",
    "Cadence",
    "ChangeReply",
    "Citation",
    "Confidence",
    "ConfidenceReply",
    "Constraints",
    "CostError",
    "CostFacts",
    "CostInputError",
    "CostOptions",
    "CostReply",
    "CostReport",
    "DecisionIntent",
    "DecisionReply",
    "DecisionStatus",
    "DigestSchedule",
    "Domain",
    "EmptyInputError",
    "Explanation",
    "FieldChange",
    "FollowUp",
    "FollowUpKind",
    "Form",
    "Guidance",
    "GuidanceReply",
    "HelpReply",
    "InputError",
    "InputIssue",
    "InputTooLargeError",
    "KnowledgeError",
    "MissingConstraint",
    "OffTopicReply",
    "Provenance",
    "Reason",
    "Recommendation",
    "ReplyReading",
    "Row",
    "ScheduleError",
    "SummaryReply",
    "Task",
    "Technique",
    "Unit",
    "WhyReply",
    "add_months",
    "answer_to_dict",
    "answer_to_json",
    "answer_to_text",
    "close_call",
    "cost_chart_png",
    "cost_report_text",
    "cost_report_to_json",
    "cost_summary_lines",
    "default_revisit_on",
    "describe_error",
    "display",
    "explanation_text",
    "explanation_to_dict",
    "field_types",
    "json_data",
    "latest_slot",
    "next_slot",
    "parse",
    "parse_schedule",
    "parse_usd",
    "previous_slot",
    "project_title",
    "read_decision",
    "read_reply",
    "reason_against",
    "reply_features",
    "search_guidance",
    "show_value",
    "swing_line",
    "validated",
    "validated_json",
]


__getattr__ = lazy_names(__name__, _HOMES, globals())
