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

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from assistant import (
    APPROACH_TITLES,
    FIELD_ROWS,
    SHOWN_REASONS,
    AlternativeReply,
    Answer,
    ChangeReply,
    Citation,
    ConfidenceReply,
    Constraints,
    CostReply,
    FollowUp,
    GuidanceReply,
    MissingConstraint,
    OffTopicReply,
    Provenance,
    Reason,
    SummaryReply,
    WhyReply,
    close_call,
    cost_summary_lines,
    display,
    show_value,
    swing_line,
)
from integrations.slack import messages
from integrations.slack.decision_inbound import RECORD_ACTION
from integrations.slack.decision_messages import RECORD_BUTTON
from integrations.slack.escape import escape, excerpt, fit, plain
from integrations.slack.inbound import DETAILS_ACTION, OPTION_ACTION
from integrations.slack.record_control import RECORD_BLOCK_ID

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_CONTEXT_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_TEXT = 3000
MAX_BUTTONS = 5

_TOP_COUNTER_REASONS = 2
_MISSING_WITH_BUTTONS = 3
_PASSAGE_TEXT = 900
_COST_SWINGS = 3
#: The first post's budget: the answer fits one screen; the rest is behind "Details".
FIRST_SCREEN_BLOCKS = 12
FIRST_SCREEN_CHARS = 2500
_FIRST_SCREEN_QUESTIONS = 2
_FIRST_SCREEN_COST_LINES = 2
#: Fewer stated facts than this and a description is too thin to advise on: the
#: questions come first and the approach is shown as provisional.
_THIN_FACTS = 2
_FLIPPED_SHOWN = 3
_CONTEXT_ELEMENTS = 10  # Slack's limit per context block


class SlackMessage(BaseModel):
    """What ``chat.postMessage`` takes: the fallback text and the blocks as dicts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    blocks: list[dict[str, Any]]


# --- public builders -------------------------------------------------------------------


def recommendation_message(
    answer: Answer,
    *,
    with_buttons: bool = True,
    asked_by: str | None = None,
    updated_by: str | None = None,
) -> SlackMessage:
    """The first screen of an answer: the approach and who asked, one line of why, the
    project as understood, the one or two questions that would change it (first when the
    description is too thin), the costs in two lines, the top reasons, and the sources.
    Within ``FIRST_SCREEN_BLOCKS`` blocks and ``FIRST_SCREEN_CHARS`` characters; the rest
    (next steps, counter-arguments, every cost line) is behind the Details button.

    ``asked_by`` and ``updated_by`` are Slack user ids: who asked, and whose reply in the
    thread last changed the answer (the message is then updated in place).
    """
    citer = _Citer(answer.citations, every=True)
    thin = _is_thin(answer)
    blocks: list[Block] = [_header(answer, thin=thin), _byline(answer, asked_by, updated_by)]
    questions = _missing_blocks(
        answer.missing, with_buttons=with_buttons, limit=_FIRST_SCREEN_QUESTIONS, rest=False
    )
    warnings = _issues_block(answer)
    if thin:
        blocks += warnings + questions
    blocks.append(_section(_gist_text(answer)))
    if not thin:
        blocks += warnings + questions
    if answer.costs is not None:
        blocks.append(_section(_costs_text(answer, limit=_FIRST_SCREEN_COST_LINES)))
    if answer.reasons:
        blocks.append(_section(_reasons_text("Why", answer.reasons[:SHOWN_REASONS], citer)))
    if with_buttons:
        blocks.append(_answer_actions())
    blocks += _sources_and_hint(citer)
    message = _message(_first_screen(blocks), fallback=_fallback(answer))
    return SlackMessage(text=message.text, blocks=_within_chars(message.blocks))


def details_message(answer: Answer) -> SlackMessage:
    """Everything the first screen leaves out, posted in the thread on "Details"."""
    citer = _Citer(answer.citations, every=True)
    blocks: list[Block] = [
        _section(f"*Details:* {escape(APPROACH_TITLES[answer.recommendation.approach])}")
    ]
    blocks.append(_section(_approach_text(answer)))
    if answer.costs is not None:
        blocks.append(_section(_costs_text(answer)))
    if answer.reasons:
        blocks.append(_section(_reasons_text("Why", answer.reasons, citer)))
    if answer.counter_reasons:
        counter = answer.counter_reasons[:_TOP_COUNTER_REASONS]
        blocks.append(_section(_reasons_text("What argues against it", counter, citer)))
    if answer.recommendation.next_steps:
        steps = "\n".join(
            f"{i}. {escape(step)}" for i, step in enumerate(answer.recommendation.next_steps, 1)
        )
        blocks.append(_section(f"*Next steps*\n{steps}"))
    if answer.missing:
        questions = "\n".join(f"• {escape(m.question)} {escape(m.why)}" for m in answer.missing)
        blocks.append(_section(f"*Still unknown*\n{questions}"))
    blocks += citer.blocks()
    return _message(blocks, fallback=f"Details: {_fallback(answer)}")


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
    elif isinstance(follow_up, SummaryReply):
        blocks, fallback = _summary_blocks(follow_up)
    elif isinstance(follow_up, ConfidenceReply):
        blocks, fallback = _confidence_blocks(follow_up)
    elif isinstance(follow_up, AlternativeReply):
        blocks, fallback = _alternative_blocks(follow_up)
    elif isinstance(follow_up, OffTopicReply):
        blocks, fallback = [_section(messages.OFF_TOPIC)], messages.OFF_TOPIC
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


def _header(answer: Answer, *, thin: bool) -> Block:
    title = APPROACH_TITLES[answer.recommendation.approach]
    if thin:
        title = f"A few questions first (for now: {title.lower()})"
    return HeaderBlock(text=PlainTextObject(text=fit(escape(title), MAX_HEADER_TEXT), emoji=True))


def _byline(answer: Answer, asked_by: str | None, updated_by: str | None) -> Block:
    """Technique and confidence, and whether a reply has changed the answer. People are
    not named with ``<@U…>``: that would ping them on every update, and nothing Advisor
    posts carries a live mention."""
    r = answer.recommendation
    parts = [f"{escape(r.technique.value)} · confidence {escape(r.confidence.value)}"]
    if updated_by:
        parts.append("updated after a reply in the thread")
    return _context(" · ".join(parts))


def _is_thin(answer: Answer) -> bool:
    """Too little said to advise on: the parser found (almost) no facts in the text."""
    constraints = answer.constraints
    stated = [n for n in FIELD_ROWS if constraints.provenance_of(n) is Provenance.STATED]
    return len(stated) < _THIN_FACTS


def _gist_text(answer: Answer) -> str:
    """One line of why, the close call or switch trigger if any, and what was understood."""
    r = answer.recommendation
    lines = [escape(r.summary)]
    if r.settled_by and r.runner_up is not None:
        lines.append(
            escape(close_call(margin=r.margin, runner_up=r.runner_up, question=r.settled_by))
        )
    if r.switch_trigger:
        lines.append(f"*When to switch:* {escape(r.switch_trigger)}")
    facts = _facts(answer.constraints)
    lines.append(f"*Understood:* {facts}" if facts else "*Understood:* no project details yet")
    return "\n".join(lines)


def _issues_block(answer: Answer) -> list[Block]:
    if not answer.issues:
        return []
    issues = "\n".join(f":warning: {escape(issue.message)}" for issue in answer.issues)
    return [_section(issues)]


def _answer_actions() -> Block:
    """Record decision and Details, one row."""
    return ActionsBlock(
        block_id=RECORD_BLOCK_ID,
        elements=[
            ButtonElement(
                text=PlainTextObject(text=RECORD_BUTTON), action_id=RECORD_ACTION, value="record"
            ),
            ButtonElement(
                text=PlainTextObject(text=messages.DETAILS_BUTTON),
                action_id=DETAILS_ACTION,
                value="details",
            ),
        ],
    )


def _sources_and_hint(citer: _Citer) -> list[Block]:
    """The numbered sources and how to follow up, in one context block."""
    texts = [*citer.chunks(), messages.FOLLOW_UP_HINT]
    return [ContextBlock(elements=[MarkdownTextObject(text=t) for t in texts[-_CONTEXT_ELEMENTS:]])]


def _within_chars(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first post within ``FIRST_SCREEN_CHARS``: the longest sections are cut (at a
    word, with an ellipsis) until the visible text fits; Details has it all."""
    sections = [b for b in blocks if b.get("type") == "section" and "text" in b]
    while sum(len(b["text"]["text"]) for b in sections) > FIRST_SCREEN_CHARS:
        total = sum(len(b["text"]["text"]) for b in sections)
        longest = max(sections, key=lambda b: len(b["text"]["text"]))
        keep = len(longest["text"]["text"]) - (total - FIRST_SCREEN_CHARS)
        longest["text"]["text"] = fit(longest["text"]["text"], max(keep, 40))
        if keep < 40:
            break
    return blocks


def _first_screen(blocks: list[Block]) -> list[Block]:
    """The first post within its block budget: blocks past it are dropped from before the
    last two (the buttons, the sources); characters are kept in ``_message``."""
    while len(blocks) > FIRST_SCREEN_BLOCKS:
        del blocks[-3]
    return blocks


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


def _costs_text(answer: Answer, *, limit: int | None = None) -> str:
    if answer.costs is None:
        return f"*Costs*\n{messages.NO_COSTS}"
    shown = cost_summary_lines(answer.costs)[:limit]
    lines = "\n".join(f"• {escape(line)}" for line in shown)
    return f"*Costs*\n{lines}" if lines else f"*Costs*\n{messages.NO_COSTS}"


def _reasons_text(title: str, reasons: Sequence[Reason], citer: _Citer) -> str:
    lines = [f"*{title}*"]
    for reason in reasons:
        lines.append(f"• {escape(reason.summary)}{citer.marks(reason.citations)}")
    return "\n".join(lines)


def _missing_blocks(
    missing: Sequence[MissingConstraint],
    *,
    with_buttons: bool,
    limit: int = _MISSING_WITH_BUTTONS,
    rest: bool = True,
) -> list[Block]:
    """The questions that would change the answer most, with buttons; ``rest`` lists the
    other unknowns in one line."""
    if not missing:
        return []
    blocks: list[Block] = []
    ranked = sorted(missing, key=lambda m: not m.could_change_answer)
    asked = [m for m in ranked if m.options and with_buttons][:limit]
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
    others = [m for m in missing if m not in asked]
    if others and rest:
        questions = " ".join(escape(m.question) for m in others)
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
    """Only what changed, in a few lines: the values, the approach, the costs that moved
    and the rules that flipped. The full answer is the original message, updated."""
    answer = follow_up.answer
    citer = _Citer(answer.citations, one_line=True)
    lines = [
        f"• {escape(FIELD_ROWS[c.field].label)}: "
        f"{escape(_shown(c.field, c.before))} → {escape(_shown(c.field, c.after))}"
        for c in follow_up.changes
    ]
    for name in follow_up.unresolved:
        said = follow_up.relative.get(name, "")
        lines.append(
            f"• {escape(FIELD_ROWS[name].label)}: {escape(said)} of what? I do not know the "
            "current value; tell me the number."
        )
    lines += [f"• {escape(issue.message)}" for issue in answer.issues[:2]]
    now = answer.recommendation.approach
    before = follow_up.previous_approach
    if not follow_up.changes:
        if follow_up.unresolved:
            head = "*Nothing changed yet.*"
        else:
            head = messages.NOTHING_CHANGED if follow_up.stated else messages.NOTHING_READ
        approach = f"*Approach:* still {escape(now.value)}"
        text = "\n".join([head, *lines, approach])
        return [_section(text)], fit(f"{head} {now.value}", MAX_FALLBACK_TEXT)
    if before == now:
        approach = f"*Approach:* still {escape(now.value)}"
    else:
        approach = f"*Approach:* {escape(before.value)} → *{escape(now.value)}*"
    body = ["*What changed*", *lines, approach]
    moved = _moved_costs(follow_up)
    if moved:
        body.append("*Costs now:* " + " ".join(escape(line) for line in moved))
    text = "\n".join(body)
    blocks: list[Block] = [_section(text)]
    if follow_up.flipped:
        blocks.append(_section(_flipped_text(follow_up, citer, rule_summaries)))
    blocks += citer.blocks()
    blocks.append(_context(messages.ANSWER_UPDATED))
    fallback = f"Updated: {now.value}. {answer.recommendation.summary}"
    return blocks, fit(escape(fallback), MAX_FALLBACK_TEXT)


def _moved_costs(follow_up: ChangeReply) -> list[str]:
    """The cost lines that differ from before the change, at most two."""
    after = follow_up.answer.costs
    if after is None:
        return []
    now = cost_summary_lines(after)
    before = cost_summary_lines(follow_up.previous_costs) if follow_up.previous_costs else []
    return [line for line in now if line not in before][:_FIRST_SCREEN_COST_LINES]


def _shown(name: str, value: str | None) -> str:
    return "unknown" if value is None else show_value(FIELD_ROWS[name], value)


def _flipped_text(follow_up: ChangeReply, citer: _Citer, rule_summaries: Mapping[str, str]) -> str:
    answer = follow_up.answer
    fired = {r.rule: r for r in [*answer.reasons, *answer.counter_reasons]}
    lines = ["*Rules that flipped*"]
    shown = follow_up.flipped[:_FLIPPED_SHOWN]
    if len(follow_up.flipped) > len(shown):
        lines[0] += f" ({len(shown)} of {len(follow_up.flipped)})"
    for rule in shown:
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
    report = answer.costs
    blocks: list[Block] = []
    if follow_up.supposed:
        # "What would it cost at 5,000 a month?": the costs at those values, the project
        # left as it is.
        supposed = "; ".join(
            f"{FIELD_ROWS[c.field].label} {_shown(c.field, c.before)} → {_shown(c.field, c.after)}"
            for c in follow_up.supposed
        )
        blocks.append(_section(fit(f"*Supposing* {escape(supposed)}", MAX_SECTION_TEXT)))
        report = follow_up.supposed_costs
        answer = dataclasses.replace(answer, costs=report)
    blocks.append(_section(_costs_text(answer)))
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
    if follow_up.supposed:
        blocks.append(_context(messages.SUPPOSED_NOT_SAVED))
        return blocks, "Cost breakdown at the values supposed."
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


def _help_blocks(_follow_up: FollowUp) -> tuple[list[Block], str]:
    return [_section(messages.THREAD_HELP)], messages.THREAD_HELP


def _summary_blocks(follow_up: SummaryReply) -> tuple[list[Block], str]:
    """The answer in four lines, for someone who was not in the thread."""
    answer = follow_up.answer
    r = answer.recommendation
    title = escape(APPROACH_TITLES[r.approach])
    lines = [
        f"*In short:* {title} ({escape(r.technique.value)}, "
        f"confidence {escape(r.confidence.value)})."
    ]
    lines.append(escape(r.summary))
    if answer.reasons:
        lines.append(f"*Main reason:* {escape(answer.reasons[0].summary)}")
    if answer.costs is not None:
        first = cost_summary_lines(answer.costs)[:2]
        lines.append("*Costs:* " + " ".join(escape(line) for line in first))
    if r.switch_trigger:
        lines.append(f"*Switch when:* {escape(r.switch_trigger)}")
    text = "\n".join(lines)
    return [_section(text)], fit(f"In short: {APPROACH_TITLES[r.approach]}", MAX_FALLBACK_TEXT)


def _confidence_blocks(follow_up: ConfidenceReply) -> tuple[list[Block], str]:
    """How far ahead the approach is, and what would change it."""
    answer = follow_up.answer
    r = answer.recommendation
    scores = " · ".join(
        f"{escape(approach.value)} {score}"
        for approach, score in sorted(r.scores.items(), key=lambda item: -item[1])
    )
    lines = [f"*Confidence:* {escape(r.confidence.value)}. *Scores:* {scores}."]
    if r.runner_up is not None:
        points = "point" if r.margin == 1 else "points"
        runner_up = escape(r.runner_up.value)
        lines.append(f"{escape(r.approach.value)} is {r.margin} {points} ahead of {runner_up}.")
    if r.settled_by:
        lines.append(f"*What would settle it:* {escape(r.settled_by)}")
    deciding = [q for q in follow_up.deciding_questions if q != r.settled_by][:3]
    if deciding:
        lines.append("*Unknowns that could change it:* " + " ".join(escape(q) for q in deciding))
    if answer.costs is not None and answer.costs.sensitivity:
        swing = answer.costs.sensitivity[0]
        lines.append(f"*Biggest cost swing:* {escape(swing_line(swing))}")
    text = "\n".join(lines)
    return [_section(text)], fit(f"Confidence: {r.confidence.value}", MAX_FALLBACK_TEXT)


def _alternative_blocks(follow_up: AlternativeReply) -> tuple[list[Block], str]:
    """What the guidance says about the option asked about; the project is unchanged."""
    if not follow_up.passages:
        return [_section(messages.ALTERNATIVE_NOT_COVERED)], messages.ALTERNATIVE_NOT_COVERED
    blocks, fallback = _guidance_blocks(
        GuidanceReply(answer=follow_up.answer, passages=follow_up.passages)
    )
    now = escape(follow_up.answer.recommendation.approach.value)
    blocks.append(_context(f"Your project is unchanged; the recommendation is still {now}."))
    return blocks, fallback


# --- citations -------------------------------------------------------------------------


class _Citer:
    """Marks citations with the answer's own numbers (the terminal and the JSON use the
    same: one per document section, in order of first use), so a number means the same
    source everywhere, in every message of a thread. ``every=True`` lists every source of
    the answer (the answer itself: no gaps); otherwise only those the message cites."""

    def __init__(
        self, pool: Iterable[Citation], *, every: bool = False, one_line: bool = False
    ) -> None:
        self._pool = {c.id: c for c in pool}
        self._every = every
        self._one_line = one_line  # a short reply: the sources on one line
        self._used: set[int] = set()

    def marks(self, passage_ids: Iterable[str]) -> str:
        numbers: list[int] = []
        for passage_id in passage_ids:
            citation = self._pool.get(passage_id)
            if citation is None:
                continue  # a passage we cannot name is not cited, rather than cited broken
            self._used.add(citation.number)
            if citation.number not in numbers:
                numbers.append(citation.number)
        return (" " + "".join(f"[{n}]" for n in numbers)) if numbers else ""

    def chunks(self) -> list[str]:
        """The sources list as mrkdwn, cut to fit context elements."""
        named: dict[int, Citation] = {}
        for citation in self._pool.values():
            if self._every or citation.number in self._used:
                named.setdefault(citation.number, citation)
        if not named:
            return []
        lines = [
            f"[{n}] {escape(c.source)}, “{escape(c.section)}”" for n, c in sorted(named.items())
        ]
        if self._one_line:
            return [fit("*Sources* " + " · ".join(lines), MAX_CONTEXT_TEXT)]
        return _chunks(["*Sources*", *lines], MAX_CONTEXT_TEXT)

    def blocks(self) -> list[Block]:
        return [_context(chunk) for chunk in self.chunks()]


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
    # The fallback is what a notification shows: plain words, no mrkdwn markers.
    return SlackMessage(
        text=fit(plain(fallback), MAX_FALLBACK_TEXT), blocks=[block.to_dict() for block in blocks]
    )
