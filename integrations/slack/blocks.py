"""Block Kit for Advisor's answers, built with slack_sdk's block models.

    message = recommendation_message(answer)
    client.chat_postMessage(channel=c, text=message.text, blocks=message.blocks)

Every piece of text that comes from a person or from the answer goes through
``escape.escape`` before it lands in mrkdwn, so nothing echoed can broadcast, ping or hide
a link. Messages stay within Slack's limits: at most 50 blocks, section text at most
3,000 characters, header 150, button label 75, button value 2,000, and a fallback ``text``.
Every ``[n]`` in a message has its entry in the same message's sources list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from assistant import (
    APPROACH_TITLES,
    FIELD_ROWS,
    Answer,
    ChangeReply,
    Citation,
    Constraints,
    CostReply,
    FollowUp,
    GuidanceReply,
    HelpReply,
    MissingConstraint,
    Reason,
    WhyReply,
    close_call,
    cost_summary_lines,
    display,
    show_value,
    swing_line,
)
from integrations.slack import messages
from integrations.slack.escape import escape, excerpt, fit
from integrations.slack.inbound import OPTION_ACTION
from integrations.slack.record_control import record_section

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_CONTEXT_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_TEXT = 3000
MAX_BUTTONS = 5

_TOP_REASONS = 3
_TOP_COUNTER_REASONS = 2
_MISSING_WITH_BUTTONS = 3
_PROJECT_EXCERPT = 700
_PASSAGE_TEXT = 900
_COST_SWINGS = 3


class SlackMessage(BaseModel):
    """What ``chat.postMessage`` takes: the fallback text and the blocks as dicts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    blocks: list[dict[str, Any]]


# --- public builders -------------------------------------------------------------------


def recommendation_message(answer: Answer, *, with_buttons: bool = True) -> SlackMessage:
    """The full answer to a description: project, approach and technique first, then
    costs, reasons, what is missing (with buttons), and the numbered sources."""
    citer = _Citer(answer.citations)
    blocks: list[Block] = [
        _header(answer),
        _section(_project_text(answer)),
        _section(_approach_text(answer)),
    ]
    blocks += _recommendation_body(answer, citer, with_buttons=with_buttons)
    return _message(blocks, fallback=_fallback(answer))


def follow_up_message(
    follow_up: FollowUp, *, rule_summaries: Mapping[str, str] | None = None
) -> SlackMessage:
    """The reply to a message in a thread, shaped by what the message asked.

    ``rule_summaries`` names the rules a change flipped (by id) in words.
    """
    if isinstance(follow_up, ChangeReply):
        blocks, fallback = _change_blocks(follow_up, rule_summaries or {})
    elif isinstance(follow_up, WhyReply):
        blocks, fallback = _why_blocks(follow_up)
    elif isinstance(follow_up, CostReply):
        blocks, fallback = _cost_blocks(follow_up)
    elif isinstance(follow_up, GuidanceReply):
        blocks, fallback = _guidance_blocks(follow_up)
    else:
        blocks, fallback = _help_blocks(follow_up)
    return _message(blocks, fallback=fallback)


def notice_message(mrkdwn: str) -> SlackMessage:
    """A short message of our own words (help, an apology, an input problem).

    ``mrkdwn`` must already be safe: static text, or built from escaped pieces.
    """
    return _message([_section(mrkdwn)], fallback=mrkdwn)


def option_value(missing: MissingConstraint, index: int) -> str:
    """The value a missing-constraint button carries: the text to re-run with."""
    return fit(missing.options[index][1], MAX_BUTTON_VALUE)


# --- the recommendation ----------------------------------------------------------------


def _header(answer: Answer) -> Block:
    title = APPROACH_TITLES[answer.recommendation.approach]
    return HeaderBlock(text=PlainTextObject(text=fit(escape(title), MAX_HEADER_TEXT), emoji=True))


def _project_text(answer: Answer) -> str:
    lines = []
    if answer.text:
        lines.append(f"*Your project:* {excerpt(answer.text, _PROJECT_EXCERPT)}")
    facts = _facts(answer.constraints)
    if facts:
        lines.append(f"*Understood:* {facts}")
    return "\n".join(lines) or "*Your project:* (no details given)"


def _facts(constraints: Constraints) -> str:
    shown = []
    for name, row in FIELD_ROWS.items():
        if not row.restate or not constraints.known(name):
            continue
        value = display(getattr(constraints, name))
        shown.append(f"{row.label} {escape(show_value(row, value))}")
    return " · ".join(shown)


def _approach_text(answer: Answer) -> str:
    r = answer.recommendation
    technique = escape(r.technique.value)
    if r.later_technique is not None:
        technique += f", then {escape(r.later_technique.value)}"
    lines = [
        f"*Approach:* {escape(r.approach.value)}  ·  *Technique:* {technique}  ·  "
        f"*Confidence:* {escape(r.confidence.value)}",
        escape(r.summary),
    ]
    if r.settled_by and r.runner_up is not None:
        close = close_call(margin=r.margin, runner_up=r.runner_up, question=r.settled_by)
        lines.append(escape(close))
    if r.switch_trigger:
        lines.append(f"*When to switch:* {escape(r.switch_trigger)}")
    return "\n".join(lines)


def _recommendation_body(answer: Answer, citer: _Citer, *, with_buttons: bool) -> list[Block]:
    blocks: list[Block] = []
    if answer.costs is not None:
        blocks.append(_section(_costs_text(answer)))
    if answer.reasons:
        blocks.append(_section(_reasons_text("Why", answer.reasons[:_TOP_REASONS], citer)))
    if answer.counter_reasons:
        counter = answer.counter_reasons[:_TOP_COUNTER_REASONS]
        blocks.append(_section(_reasons_text("What argues against it", counter, citer)))
    if answer.recommendation.next_steps:
        steps = "\n".join(
            f"{i}. {escape(step)}" for i, step in enumerate(answer.recommendation.next_steps, 1)
        )
        blocks.append(_section(f"*Next steps*\n{steps}"))
    if answer.issues:
        issues = "\n".join(f"• {escape(issue.message)}" for issue in answer.issues)
        blocks.append(_section(f"*Check this*\n{issues}"))
    blocks += _missing_blocks(answer.missing, with_buttons=with_buttons)
    if with_buttons:
        blocks.append(record_section())
    blocks += citer.blocks()
    blocks.append(_context(messages.FOLLOW_UP_HINT))
    return blocks


def _costs_text(answer: Answer) -> str:
    if answer.costs is None:
        return f"*Costs*\n{messages.NO_COSTS}"
    lines = "\n".join(f"• {escape(line)}" for line in cost_summary_lines(answer.costs))
    return f"*Costs*\n{lines}" if lines else f"*Costs*\n{messages.NO_COSTS}"


def _reasons_text(title: str, reasons: Sequence[Reason], citer: _Citer) -> str:
    lines = [f"*{title}*"]
    for reason in reasons:
        lines.append(f"• {escape(reason.summary)}{citer.marks(reason.citations)}")
    return "\n".join(lines)


def _missing_blocks(missing: Sequence[MissingConstraint], *, with_buttons: bool) -> list[Block]:
    if not missing:
        return []
    blocks: list[Block] = [DividerBlock()]
    asked = [m for m in missing if m.options and with_buttons][:_MISSING_WITH_BUTTONS]
    for item in asked:
        flag = " _This could change the answer._" if item.could_change_answer else ""
        text = f"*{escape(item.question)}* {escape(item.why)}{flag}"
        blocks.append(_section(text))
        buttons = [
            ButtonElement(
                text=PlainTextObject(text=fit(escape(label), MAX_BUTTON_TEXT), emoji=True),
                action_id=f"{OPTION_ACTION}:{item.name}:{index}",
                value=option_value(item, index),
            )
            for index, (label, _value) in enumerate(item.options[:MAX_BUTTONS])
        ]
        blocks.append(ActionsBlock(block_id=f"missing:{item.name}", elements=buttons))
    rest = [m for m in missing if m not in asked]
    if rest:
        questions = " ".join(escape(m.question) for m in rest)
        blocks.append(_context(f"*Also unknown:* {questions} Tell me in the thread."))
    return blocks


def _fallback(answer: Answer) -> str:
    r = answer.recommendation
    return fit(
        f"Advisor: {escape(APPROACH_TITLES[r.approach])} ({escape(r.technique.value)}). "
        f"{escape(r.summary)}",
        MAX_FALLBACK_TEXT,
    )


# --- follow-ups ------------------------------------------------------------------------


def _change_blocks(
    follow_up: ChangeReply, rule_summaries: Mapping[str, str]
) -> tuple[list[Block], str]:
    answer = follow_up.answer
    citer = _Citer(answer.citations)
    changes = "\n".join(
        f"• {escape(FIELD_ROWS[c.field].label)}: "
        f"{escape(_shown(c.field, c.before))} → {escape(_shown(c.field, c.after))}"
        for c in follow_up.changes
    )
    now = answer.recommendation.approach.value
    before = follow_up.previous_approach
    if before is None or before == now:
        approach = f"*Approach:* still {escape(now)}"
    else:
        approach = f"*Approach:* {escape(before)} → *{escape(now)}*"
    understood = _facts(answer.constraints)
    summary = f"*What changed*\n{changes}\n{approach}"
    if understood:
        summary += f"\n*Understood now:* {understood}"
    blocks: list[Block] = [_section(summary)]
    if follow_up.flipped:
        blocks.append(_section(_flipped_text(follow_up, citer, rule_summaries)))
    blocks.append(_section(_approach_text(answer)))
    blocks += _recommendation_body(answer, citer, with_buttons=True)
    fallback = f"Updated: {escape(now)}. {escape(answer.recommendation.summary)}"
    return blocks, fit(fallback, MAX_FALLBACK_TEXT)


def _shown(name: str, value: str | None) -> str:
    return "unknown" if value is None else show_value(FIELD_ROWS[name], value)


def _flipped_text(follow_up: ChangeReply, citer: _Citer, rule_summaries: Mapping[str, str]) -> str:
    answer = follow_up.answer
    fired = {r.rule: r for r in [*answer.reasons, *answer.counter_reasons]}
    lines = ["*Rules that flipped*"]
    for rule in follow_up.flipped:
        reason = fired.get(rule)
        if reason is not None:
            lines.append(f"• now applies: {escape(reason.summary)}{citer.marks(reason.citations)}")
        else:
            said = rule_summaries.get(rule)
            lines.append(f"• no longer applies: {escape(said) if said else f'`{escape(rule)}`'}")
    return "\n".join(lines)


def _why_blocks(follow_up: WhyReply) -> tuple[list[Block], str]:
    answer = follow_up.answer
    citer = _Citer(answer.citations)
    about = escape(follow_up.about)
    now = escape(answer.recommendation.approach.value)
    blocks: list[Block] = [_section(f"*Recommended:* {now}  ·  *You asked about:* {about}")]
    if follow_up.for_reasons:
        blocks.append(_section(_reasons_text(f"For {about}", follow_up.for_reasons, citer)))
    else:
        blocks.append(_section(f"*For {about}*\nNo rule in the guidance argues for it here."))
    if follow_up.against_reasons:
        blocks.append(
            _section(_reasons_text("For the alternatives", follow_up.against_reasons, citer))
        )
    blocks += citer.blocks()
    return blocks, fit(f"Why {about}: the reasons on both sides.", MAX_FALLBACK_TEXT)


def _cost_blocks(follow_up: CostReply) -> tuple[list[Block], str]:
    answer = follow_up.answer
    blocks: list[Block] = [_section(_costs_text(answer))]
    report = answer.costs
    if report is not None:
        # Costs are computed from our own tables, but escaped like everything else: a
        # pasted prompt or a price file can carry text.
        blocks.append(
            _section(
                fit(
                    "*How it is computed*\n"
                    f"• Prompting: {escape(report.prompting.basis)}\n"
                    f"• Fine-tuning: {escape(report.fine_tuning.basis)}",
                    MAX_SECTION_TEXT,
                )
            )
        )
        if report.sensitivity:
            swings = "\n".join(
                f"• {escape(swing_line(item))}" for item in report.sensitivity[:_COST_SWINGS]
            )
            blocks.append(
                _section(fit(f"*What moves the break-even most*\n{swings}", MAX_SECTION_TEXT))
            )
        if report.assumptions:
            assumed = "; ".join(f"{a.name} {a.value}" for a in report.assumptions)
            blocks.append(_context(fit(f"*Assumed:* {escape(assumed)}", MAX_CONTEXT_TEXT)))
    blocks.append(_context(f"*Recommended:* {escape(answer.recommendation.approach.value)}"))
    return blocks, "Cost breakdown for this project."


def _guidance_blocks(follow_up: GuidanceReply) -> tuple[list[Block], str]:
    if not follow_up.passages:
        return [_section(messages.GUIDANCE_NOT_COVERED)], messages.GUIDANCE_NOT_COVERED
    citer = _Citer(follow_up.passages)
    blocks: list[Block] = [_section("*What the guidance says*")]
    for passage in follow_up.passages:
        mark = citer.marks([passage.id])
        quote = excerpt(passage.text, _PASSAGE_TEXT)
        blocks.append(_section(f"> {quote}{mark}"))
    blocks += citer.blocks()
    return blocks, "What the guidance says about your question."


def _help_blocks(_follow_up: HelpReply) -> tuple[list[Block], str]:
    return [_section(messages.THREAD_HELP)], messages.THREAD_HELP


# --- citations -------------------------------------------------------------------------


class _Citer:
    """Numbers what a message cites in order of first use, and lists exactly that, so a
    number never points at nothing and nothing listed is uncited. Passages from the same
    document section share one number: the list names document and section."""

    def __init__(self, pool: Iterable[Citation]) -> None:
        self._pool = {c.id: c for c in pool}
        self._used: list[tuple[str, str]] = []

    def marks(self, passage_ids: Iterable[str]) -> str:
        numbers: list[int] = []
        for passage_id in passage_ids:
            citation = self._pool.get(passage_id)
            if citation is None:
                continue  # a passage we cannot name is not cited, rather than cited broken
            key = (citation.source, citation.section)
            if key not in self._used:
                self._used.append(key)
            number = self._used.index(key) + 1
            if number not in numbers:
                numbers.append(number)
        return (" " + "".join(f"[{n}]" for n in numbers)) if numbers else ""

    def blocks(self) -> list[Block]:
        if not self._used:
            return []
        lines = [
            f"[{n}] {escape(source)}, “{escape(section)}”"
            for n, (source, section) in enumerate(self._used, start=1)
        ]
        return [_context(chunk) for chunk in _chunks(["*Sources*", *lines], MAX_CONTEXT_TEXT)]


# --- assembly --------------------------------------------------------------------------


def _section(mrkdwn: str) -> Block:
    return SectionBlock(text=MarkdownTextObject(text=fit(mrkdwn, MAX_SECTION_TEXT)))


def _context(mrkdwn: str) -> Block:
    return ContextBlock(elements=[MarkdownTextObject(text=fit(mrkdwn, MAX_CONTEXT_TEXT))])


def _chunks(lines: Sequence[str], limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit and current:
            chunks.append(current)
            candidate = line
        current = candidate
    if current:
        chunks.append(current)
    return chunks


def _message(blocks: list[Block], *, fallback: str) -> SlackMessage:
    if len(blocks) > MAX_BLOCKS:
        # Keep the head (the answer) and the tail (sources and the hint).
        blocks = blocks[: MAX_BLOCKS - 3] + blocks[-3:]
    return SlackMessage(
        text=fit(fallback, MAX_FALLBACK_TEXT), blocks=[block.to_dict() for block in blocks]
    )
