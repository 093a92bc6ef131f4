"""The "Record decision" control shown under every recommendation posted with buttons."""

from __future__ import annotations

from slack_sdk.models.blocks import ButtonElement, MarkdownTextObject, PlainTextObject, SectionBlock

from integrations.slack import decision_messages as say
from integrations.slack.decision_inbound import RECORD_ACTION

RECORD_BLOCK_ID = "record_decision"


def record_section() -> SectionBlock:
    """A line with the button that opens the record-decision modal."""
    return SectionBlock(
        block_id=RECORD_BLOCK_ID,
        text=MarkdownTextObject(text=say.RECORD_PROMPT),
        accessory=ButtonElement(
            text=PlainTextObject(text=say.RECORD_BUTTON), action_id=RECORD_ACTION, value="record"
        ),
    )
