"""Slack payloads turned into Advisor's own small request values.

The bolt listeners call these and hand the result to the ``Responder``; nothing past
this module reads a raw Slack payload.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

#: The action_id prefix of the buttons that supply a missing constraint.
OPTION_ACTION = "advisor_option"
DETAILS_ACTION = "advisor_details"

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _well_formed_text(cls, data: Any) -> Any:
        # JSON may carry an unpaired surrogate ("\\ud800"), which no UTF-8 encoder (the
        # store, the Web API) accepts, or a NUL, which PostgreSQL text refuses: each
        # becomes U+FFFD here, once.
        return _repaired(data)


class CommandRequest(_Request):
    """``/advise <text>``."""

    team_id: str
    channel_id: str
    user_id: str
    text: str
    response_url: str | None = None
    trigger_id: str | None = None
    #: Slack's name for the conversation: "directmessage", "mpdm-...", or a channel's name.
    channel_name: str | None = None

    @property
    def direct(self) -> bool:
        """Typed in a direct message or a group DM, where inviting the bot is no remedy."""
        return is_direct(self.channel_id, channel_name=self.channel_name)


class MessageRequest(_Request):
    """A mention of the bot, or a reply in a thread: one Events API delivery."""

    team_id: str
    event_id: str
    channel_id: str
    user_id: str | None
    text: str
    ts: str
    thread_ts: str | None = None
    #: Whether the thread's first message is the bot's (None: the payload does not say).
    bot_thread: bool | None = None
    retry_num: int = 0

    @property
    def reply_thread(self) -> str:
        """The thread an answer goes to: the message's thread, or a new one under it."""
        return self.thread_ts or self.ts


class OptionClick(_Request):
    """A click on a button that supplies a missing constraint."""

    team_id: str
    channel_id: str
    user_id: str
    value: str
    message_ts: str
    thread_ts: str
    ephemeral: bool = False
    response_url: str | None = None


class FormSubmission(_Request):
    """The ``/advise`` modal, submitted."""

    team_id: str
    user_id: str
    channel_id: str | None
    response_url: str | None
    description: str
    fields: dict[str, str]  # constraint name -> the value typed or chosen


def _repaired(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_repaired(k): _repaired(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_repaired(v) for v in value]
    return value


def command_request(body: Mapping[str, Any]) -> CommandRequest:
    return CommandRequest(
        team_id=str(body.get("team_id") or ""),
        channel_id=str(body.get("channel_id") or ""),
        user_id=str(body.get("user_id") or ""),
        text=str(body.get("text") or ""),
        response_url=body.get("response_url") or None,
        trigger_id=body.get("trigger_id") or None,
        channel_name=body.get("channel_name") or None,
    )


def message_request(
    body: Mapping[str, Any], *, bot_user_id: str | None, retry_num: int = 0
) -> MessageRequest:
    """The event of an Events API envelope; the bot's own mention is taken out of the text."""
    event = body.get("event") or {}
    parent = event.get("parent_user_id")
    return MessageRequest(
        team_id=str(body.get("team_id") or event.get("team") or ""),
        event_id=str(body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"),
        channel_id=str(event.get("channel") or ""),
        user_id=event.get("user"),
        text=strip_mentions(str(event.get("text") or ""), bot_user_id=bot_user_id),
        ts=str(event.get("ts") or ""),
        thread_ts=event.get("thread_ts") or None,
        bot_thread=None if parent is None or bot_user_id is None else parent == bot_user_id,
        retry_num=retry_num,
    )


def option_click(body: Mapping[str, Any]) -> OptionClick:
    message = body.get("message") or {}
    container = body.get("container") or {}
    action = (body.get("actions") or [{}])[0]
    message_ts = str(message.get("ts") or container.get("message_ts") or "")
    return OptionClick(
        team_id=str((body.get("team") or {}).get("id") or body.get("user", {}).get("team_id")),
        channel_id=str((body.get("channel") or {}).get("id") or container.get("channel_id")),
        user_id=str((body.get("user") or {}).get("id") or ""),
        value=str(action.get("value") or ""),
        message_ts=message_ts,
        thread_ts=str(message.get("thread_ts") or container.get("thread_ts") or message_ts),
        ephemeral=bool(container.get("is_ephemeral")),
        response_url=body.get("response_url") or None,
    )


def assistant_thread_started(body: Mapping[str, Any], *, retry_num: int = 0) -> MessageRequest:
    """``assistant_thread_started``: someone opened a new thread in the agent panel. The
    value is the thread's, with no text: the greeting goes into ``thread_ts``."""
    event = body.get("event") or {}
    thread = event.get("assistant_thread") or {}
    thread_ts = str(thread.get("thread_ts") or "")
    return MessageRequest(
        team_id=str(body.get("team_id") or ""),
        event_id=str(body.get("event_id") or f"{thread.get('channel_id')}:{thread_ts}"),
        channel_id=str(thread.get("channel_id") or ""),
        user_id=thread.get("user_id"),
        text="",
        ts=thread_ts,
        thread_ts=thread_ts or None,
        bot_thread=True,
        retry_num=retry_num,
    )


def is_direct(channel_id: str, *, channel_name: str | None = None) -> bool:
    """Whether a conversation is a direct message (``D...``) or a group DM: slash commands
    name those "directmessage" and "mpdm-..."."""
    name = channel_name or ""
    return channel_id.startswith("D") or name == "directmessage" or name.startswith("mpdm-")


def mentions(text: str, *, user_id: str | None) -> bool:
    """Whether ``text`` mentions ``user_id`` (Slack's ``<@U123>`` form)."""
    return user_id is not None and any(m == user_id for m in _MENTION.findall(text))


def strip_mentions(text: str, *, bot_user_id: str | None) -> str:
    """``text`` without the bot's own ``<@U...>``: what the person asked."""
    if bot_user_id is None:
        return text.strip()
    cleaned = _MENTION.sub(lambda m: "" if m.group(1) == bot_user_id else m.group(0), text)
    return " ".join(cleaned.split()) if cleaned.strip() else ""
