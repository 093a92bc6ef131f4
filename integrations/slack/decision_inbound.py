"""Slack payloads about decisions and the App Home, turned into small request values."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

#: The "Record decision" button under a recommendation, and the modal it opens.
RECORD_ACTION = "advisor_record_decision"
RECORD_CALLBACK = "advisor_decision"
APPROACH_BLOCK = "approach"
NOTE_BLOCK = "note"
VALUE = "value"


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordClick(_Request):
    """A click on "Record decision" under a recommendation."""

    team_id: str
    channel_id: str
    user_id: str
    thread_ts: str
    trigger_id: str


class RecordSubmission(_Request):
    """The record-decision modal, submitted."""

    team_id: str
    channel_id: str
    thread_ts: str
    user_id: str
    view_id: str
    approach: str
    note: str


class HomeOpened(_Request):
    """A person opened the app's Home tab."""

    team_id: str
    user_id: str
    event_id: str


def record_click(body: Mapping[str, Any]) -> RecordClick:
    message = body.get("message") or {}
    container = body.get("container") or {}
    message_ts = str(message.get("ts") or container.get("message_ts") or "")
    return RecordClick(
        team_id=str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id")),
        channel_id=str((body.get("channel") or {}).get("id") or container.get("channel_id")),
        user_id=str((body.get("user") or {}).get("id") or ""),
        thread_ts=str(message.get("thread_ts") or container.get("thread_ts") or message_ts),
        trigger_id=str(body.get("trigger_id") or ""),
    )


def record_submission(body: Mapping[str, Any]) -> RecordSubmission:
    view = body.get("view") or {}
    values = (view.get("state") or {}).get("values") or {}
    approach = ((values.get(APPROACH_BLOCK) or {}).get(VALUE) or {}).get("selected_option") or {}
    note = ((values.get(NOTE_BLOCK) or {}).get(VALUE) or {}).get("value") or ""
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        meta = {}
    return RecordSubmission(
        team_id=str((body.get("team") or {}).get("id") or view.get("team_id") or ""),
        channel_id=str(meta.get("channel") or ""),
        thread_ts=str(meta.get("thread_ts") or ""),
        user_id=str((body.get("user") or {}).get("id") or ""),
        view_id=str(view.get("id") or ""),
        approach=str(approach.get("value") or ""),
        note=str(note),
    )


def home_opened(body: Mapping[str, Any]) -> HomeOpened:
    event = body.get("event") or {}
    return HomeOpened(
        team_id=str(body.get("team_id") or ""),
        user_id=str(event.get("user") or ""),
        event_id=str(body.get("event_id") or ""),
    )
