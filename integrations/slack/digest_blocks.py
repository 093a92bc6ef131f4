"""Block Kit for decisions: the digest, a channel's list, the confirmation, the App Home.

Every title, note and reason came from a person or from the answer: each goes through
``escape`` before it lands in mrkdwn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from assistant import Approach, DecisionStatus
from integrations.slack import decision_messages as say
from integrations.slack.blocks import SlackMessage
from integrations.slack.escape import excerpt, fit
from integrations.store.decision_records import Decision, DigestContent

APPROACH_NAMES: dict[Approach, str] = {
    Approach.PROMPTING: "Prompting",
    Approach.FINE_TUNING: "Fine-tuning",
    Approach.PROMPT_THEN_FINE_TUNE: "Prompt now, fine-tune later",
}
MAX_SECTION_TEXT = 3000
_TITLE_CHARS = 80
_NOTE_CHARS = 160


def money(value: Decimal) -> str:
    return f"${value:,.2f}"


def decision_line(decision: Decision, *, zone: ZoneInfo | None = None) -> str:
    """``• <link|Title>: Fine-tuning, by @U1 on 2 Mar 2026 — note``."""
    title = excerpt(decision.title or "Untitled project", _TITLE_CHARS)
    linked = f"<{decision.permalink}|{title}>" if decision.permalink else f"*{title}*"
    when = decision.decided_at.astimezone(zone) if zone else decision.decided_at
    line = (
        f"• {linked}: {APPROACH_NAMES[decision.chosen_approach]}, by <@{decision.decided_by}> "
        f"on {_day(when.date())}"
    )
    if decision.note:
        line += f" — {excerpt(decision.note, _NOTE_CHARS)}"
    return line


def digest_message(
    content: DigestContent,
    *,
    channel_id: str,
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
) -> SlackMessage:
    """A period's digest: counts by chosen approach, the monthly cost, what went against
    the advice, what is due for revisit, each with a link to its thread."""
    counts = ", ".join(f"{c.count} × {APPROACH_NAMES[c.approach]}" for c in content.counts)
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=say.DIGEST_HEADER)),
        _context(
            say.digest_period(
                channel_id=channel_id, start=_instant(start, zone), end=_instant(end, zone)
            )
        ),
    ]
    if content.total:
        blocks.append(
            _section(
                say.digest_summary(
                    total=content.total,
                    counts=counts,
                    monthly=money(content.total_monthly_usd),
                )
            )
        )
    for count in content.counts:
        named = [d for d in content.latest if d.chosen_approach is count.approach]
        lines = [decision_line(d, zone=zone) for d in named]
        if count.count > len(named):
            lines.append(f"… and {count.count - len(named)} more")
        blocks.append(
            _section(f"*{APPROACH_NAMES[count.approach]}* ({count.count})\n" + "\n".join(lines))
        )
    if content.against_count:
        lines = [
            f"{decision_line(d, zone=zone)}\n    Advisor recommended "
            f"{APPROACH_NAMES[d.recommended_approach]}"
            + (f": {excerpt(d.reason_against, _NOTE_CHARS)}" if d.reason_against else "")
            for d in content.against
        ]
        blocks.append(DividerBlock())
        blocks.append(
            _section(f"*Against the recommendation* ({content.against_count})\n" + "\n".join(lines))
        )
    if content.revisit_count:
        lines = [
            f"{decision_line(d, zone=zone)} (revisit on {_day(d.revisit_on)})"
            for d in content.revisit
            if d.revisit_on is not None
        ]
        blocks.append(DividerBlock())
        blocks.append(_section(f"*Due for revisit* ({content.revisit_count})\n" + "\n".join(lines)))
    titles = "; ".join(
        f"{excerpt(d.title, 60)} ({APPROACH_NAMES[d.chosen_approach]})" for d in content.latest[:5]
    )
    fallback = f"{say.DIGEST_HEADER}: {content.total} decisions. {titles}".strip()
    return _message(blocks, fallback=fallback)


def decisions_list_message(decisions: Sequence[Decision], *, today: date) -> SlackMessage:
    """``/advise decisions``: the channel's recent decisions, newest first."""
    if not decisions:
        return _message([_section(say.DECISIONS_NONE)], fallback=say.DECISIONS_NONE)
    lines = []
    for d in decisions:
        status = d.status_on(today)
        flag = "" if status is DecisionStatus.ACTIVE else f" _({status.value})_"
        against = " :warning: against the advice" if d.against_advice else ""
        lines.append(decision_line(d) + against + flag)
    return _message(
        [_section("*Decisions in this channel* (newest first)\n" + "\n".join(lines))],
        fallback=f"{len(decisions)} decisions in this channel",
    )


def _day(value: date | None) -> str:
    return "" if value is None else f"{value.day} {value:%b %Y}"


def _instant(value: datetime, zone: ZoneInfo) -> str:
    local = value.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"


def _section(mrkdwn: str) -> Block:
    return SectionBlock(text=MarkdownTextObject(text=_fit_lines(mrkdwn)))


def _context(mrkdwn: str) -> Block:
    return ContextBlock(elements=[MarkdownTextObject(text=fit(mrkdwn, 2000))])


def _fit_lines(text: str) -> str:
    # Cut at a line, never inside a link or an entity.
    if len(text) <= MAX_SECTION_TEXT:
        return text
    kept: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size + len(line) + 1 > MAX_SECTION_TEXT - 2:
            kept.append("…")
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


def _message(blocks: list[Block], *, fallback: str) -> SlackMessage:
    rendered: list[dict[str, Any]] = [block.to_dict() for block in blocks]
    return SlackMessage(text=fit(fallback, 3000), blocks=rendered)
