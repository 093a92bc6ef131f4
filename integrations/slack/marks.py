"""Messages the bot marks with Slack message metadata, and finding them again.

A post made for a unit of work (a digest period, an answered job) carries that unit in its
metadata, so whoever takes the work over after a crash can read the channel's history and
see that the post is already out, instead of posting it twice.

    client.chat_postMessage(..., metadata=mark("advisor_answer", job=41))
    history = client.conversations_history(channel=c, include_all_metadata=True)
    found_ts(history.get("messages") or [], "advisor_answer", job=41)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def mark(event_type: str, **payload: Any) -> dict[str, Any]:
    """The ``metadata`` argument that marks a post as ``event_type`` with ``payload``."""
    return {"event_type": event_type, "event_payload": payload}


def found_ts(messages: Iterable[Mapping[str, Any]], event_type: str, **payload: Any) -> str | None:
    """The ts of the first of ``messages`` (a ``conversations.history`` page) marked as
    ``event_type`` with every item of ``payload``; None when there is none."""
    for message in messages:
        metadata = message.get("metadata") or {}
        found = metadata.get("event_payload") or {}
        if metadata.get("event_type") == event_type and all(
            found.get(name) == value for name, value in payload.items()
        ):
            return str(message.get("ts"))
    return None
