"""The "Record decision" control, its modal, and the App Home view."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from assistant import Approach, DecisionStatus
from integrations.slack import decision_messages as say
from integrations.slack.decision_inbound import (
    APPROACH_BLOCK,
    NOTE_BLOCK,
    RECORD_CALLBACK,
    VALUE,
)
from integrations.slack.digest_blocks import APPROACH_NAMES, decision_line
from integrations.slack.escape import excerpt
from integrations.store import ThreadState
from integrations.store.decision_records import Decision, Subscription

MAX_NOTE_CHARS = 500
_HOME_ITEMS = 10


def record_modal(
    *, channel_id: str, thread_ts: str, recommended: Approach | None
) -> dict[str, Any]:
    """Choose one of the three approaches (the recommended one preselected), add a note."""
    options = [Option(value=a.value, text=APPROACH_NAMES[a]) for a in Approach]
    initial = next((o for o in options if recommended and o.value == recommended.value), None)
    view = View(
        type="modal",
        callback_id=RECORD_CALLBACK,
        title=PlainTextObject(text=say.RECORD_MODAL_TITLE),
        submit=PlainTextObject(text=say.RECORD_MODAL_SUBMIT),
        close=PlainTextObject(text=say.RECORD_MODAL_CLOSE),
        private_metadata=json.dumps({"channel": channel_id, "thread_ts": thread_ts}),
        blocks=[
            InputBlock(
                block_id=APPROACH_BLOCK,
                label=say.RECORD_APPROACH_LABEL,
                element=StaticSelectElement(
                    action_id=VALUE, options=options, initial_option=initial
                ),
            ),
            InputBlock(
                block_id=NOTE_BLOCK,
                label=say.RECORD_NOTE_LABEL,
                hint=say.RECORD_NOTE_HINT,
                optional=True,
                element=PlainTextInputElement(
                    action_id=VALUE, multiline=True, max_length=MAX_NOTE_CHARS
                ),
            ),
        ],
    )
    return view.to_dict()


def home_view(
    *,
    recommendations: Sequence[ThreadState],
    decisions: Sequence[Decision],
    digests: Sequence[Subscription],
    today: date,
) -> dict[str, Any]:
    """The App Home: the viewer's recent recommendations, the team's recent decisions,
    and the channels' digests."""
    mine = [
        f"• {excerpt(t.text, 90)} → *{APPROACH_NAMES[t.approach]}* (<#{t.channel_id}>)"
        for t in recommendations[:_HOME_ITEMS]
    ]
    team = []
    for d in decisions[:_HOME_ITEMS]:
        status = d.status_on(today)
        flag = "" if status is DecisionStatus.ACTIVE else f" _({status.value})_"
        team.append(decision_line(d) + f" in <#{d.channel_id}>{flag}")
    subs = [f"• <#{s.channel_id}>: {s.schedule.describe()}" for s in digests[:_HOME_ITEMS]]
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text="Advisor")),
        ContextBlock(elements=[MarkdownTextObject(text=say.DIGEST_HELP)]),
        DividerBlock(),
        _section("*Your recent recommendations*", mine or [say.HOME_NO_RECOMMENDATIONS]),
        _section("*The team's recent decisions*", team or [say.HOME_NO_DECISIONS]),
        _section("*Channel digests*", subs or [say.HOME_NO_DIGESTS]),
    ]
    return View(type="home", blocks=blocks).to_dict()


def _section(title: str, lines: Sequence[str]) -> SectionBlock:
    text = title + "\n" + "\n".join(lines)
    return SectionBlock(text=MarkdownTextObject(text=text[:3000]))
