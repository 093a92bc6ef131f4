"""The answer as terminal text: approach and technique first, then why, costs, what is
missing, and the numbered sources."""

from __future__ import annotations

import textwrap

from assistant.answer import SHOWN_REASONS, Answer
from assistant.constraints import CONSTRAINT_FIELDS
from assistant.messages import APPROACH_TITLES, close_call
from assistant.render.cost_summary import caveat_lines, cost_summary_lines
from assistant.rules.conditions import display

_WIDTH = 88


def answer_to_text(answer: Answer) -> str:
    r = answer.recommendation
    lines = [
        f"{APPROACH_TITLES[r.approach]}: {r.technique.value}"
        + (f", then {r.later_technique.value}" if r.later_technique else "")
        + f"  (confidence: {r.confidence.value})",
        *_wrap(r.summary, indent=""),
    ]
    if r.settled_by and r.runner_up is not None:
        close = close_call(margin=r.margin, runner_up=r.runner_up, question=r.settled_by)
        lines += _wrap(close, indent="")
    if r.switch_trigger:
        lines += ["", "When to switch:", *_wrap(r.switch_trigger)]
    for title, reasons in (("Why:", answer.reasons), ("Against:", answer.counter_reasons)):
        if not reasons:
            continue
        lines += ["", title]
        for reason in reasons[:SHOWN_REASONS]:
            numbers = dict.fromkeys(answer.citation_number(c) for c in reason.citations)
            marks = "".join(f"[{n}]" for n in numbers if n is not None)
            lines += _wrap(f"- {reason.summary} {marks}")
    if answer.costs is not None:
        lines += ["", "Costs:"]
        for line in cost_summary_lines(answer.costs) + caveat_lines(answer.costs):
            lines += _wrap(f"- {line}")
    lines += ["", "Next steps:"]
    for step in r.next_steps:
        lines += _wrap(f"- {step}")
    understood = [
        f"{name} = {display(getattr(answer.constraints, name))}"
        f" ({answer.constraints.provenance_of(name).value})"
        for name in CONSTRAINT_FIELDS
        if answer.constraints.known(name) and name != "prompt_text"
    ]
    lines += ["", "Understood:"]
    lines += _wrap(", ".join(understood) if understood else "nothing specific")
    if answer.missing:
        lines += ["", "Missing (tell me and I will re-run):"]
        for missing in answer.missing:
            flag = " This could change the answer." if missing.could_change_answer else ""
            lines += _wrap(f"- {missing.question} {missing.why}{flag}")
    if answer.issues:
        lines += ["", "Check this:"]
        for issue in answer.issues:
            lines += _wrap(f"- {issue.message}")
    # Every source, under the number the JSON and Slack give it: the list has no gaps.
    lines += ["", "Sources:"]
    listed: set[int] = set()
    for citation in answer.citations:
        if citation.number not in listed:
            listed.add(citation.number)
            lines += _wrap(f'[{citation.number}] {citation.source}, "{citation.section}"')
    return "\n".join(lines) + "\n"


def _wrap(text: str, *, indent: str = "  ") -> list[str]:
    return textwrap.wrap(
        text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent + "  "
    ) or [indent]
