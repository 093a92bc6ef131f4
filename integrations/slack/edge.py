"""The HTTP edge: what a request must be before bolt sees it.

- The body is read with a hard cap whatever the transfer encoding (a declared length
  over the cap is refused unread; a chunked body is refused as soon as it passes it), so
  memory never holds more than ``MAX_BODY_BYTES`` of any request.
- A missing or wrong signature, or one older than five minutes, is 401; a malformed
  timestamp, body or payload is 400. Each refusal is one log line, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs

from slack_bolt import BoltRequest
from slack_sdk.signature import SignatureVerifier
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request

#: Slack's payloads are a few kilobytes; refuse anything absurd before reading it.
MAX_BODY_BYTES = 1_000_000
_TIMESTAMP_DIGITS = 12


class EdgeRefusal(Exception):
    """The request is refused with ``status``; ``reason`` is the log line."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def read_body(request: Request, *, limit: int) -> bytes:
    """The body, or ``EdgeRefusal(413)`` as soon as more than ``limit`` bytes arrive."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isascii() or not declared.isdigit():
            raise EdgeRefusal(400, "unreadable Content-Length")
        if int(declared) > limit:
            raise EdgeRefusal(413, f"body of {declared} bytes is over {limit}")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise EdgeRefusal(413, f"body over {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect:
        raise EdgeRefusal(400, "the client went away mid-body") from None
    return b"".join(chunks)


def bolt_request(
    body: bytes, *, headers: Headers, query: str, signing_secret: str | None
) -> BoltRequest:
    """``body`` as bolt's request value, once it is signed and well formed."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise EdgeRefusal(400, "body is not UTF-8") from None
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if timestamp is not None and not _is_timestamp(timestamp):
        raise EdgeRefusal(400, "malformed X-Slack-Request-Timestamp")
    if signing_secret is not None:
        if timestamp is None or signature is None:
            raise EdgeRefusal(401, "unsigned request")
        if not SignatureVerifier(signing_secret).is_valid(text, timestamp, signature):
            raise EdgeRefusal(401, "bad or expired signature")
    payload = _parse(text, headers.get("content-type") or "")
    _check_shape(payload)
    multi: dict[str, str | Sequence[str]] = {}
    for name in headers:
        multi[name] = headers.getlist(name)
    try:
        return BoltRequest(body=text, query=query, headers=multi)
    except Exception as error:  # bolt's own parsing disagreed: still the sender's fault
        raise EdgeRefusal(400, f"unreadable payload ({type(error).__name__})") from None


def _is_timestamp(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= _TIMESTAMP_DIGITS


def _parse(text: str, content_type: str) -> dict[str, Any]:
    """The payload the way bolt reads it: JSON, or a form whose ``payload`` is JSON."""
    if "json" in content_type or text.lstrip().startswith("{"):
        return _json_object(text, what="JSON body")
    try:
        form = parse_qs(text, keep_blank_values=True, strict_parsing=False)
    except ValueError:
        raise EdgeRefusal(400, "unreadable form body") from None
    if "payload" in form:
        return _json_object(form["payload"][0], what="form payload")
    return {key: values[0] for key, values in form.items()}


def _json_object(text: str, *, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise EdgeRefusal(400, f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise EdgeRefusal(400, f"{what} is not a JSON object")
    return value


#: The keys bolt and the listeners read, with the shape they must have when present.
_OBJECTS = ("event", "view", "team", "user", "channel", "container", "message", "enterprise")
_STRINGS = ("type", "team_id", "event_id", "command", "callback_id", "api_app_id")


def _check_shape(payload: Mapping[str, Any]) -> None:
    for key in _OBJECTS:
        if key in payload and not isinstance(payload[key], dict | type(None)):
            raise EdgeRefusal(400, f"payload field {key!r} is not an object")
    for key in _STRINGS:
        if key in payload and not isinstance(payload[key], str | type(None)):
            raise EdgeRefusal(400, f"payload field {key!r} is not a string")
    actions = payload.get("actions")
    if actions is not None and not (
        isinstance(actions, list) and all(isinstance(a, dict) for a in actions)
    ):
        raise EdgeRefusal(400, "payload field 'actions' is not a list of objects")
    view = payload.get("view")
    if isinstance(view, dict) and not isinstance(view.get("type", ""), str):
        raise EdgeRefusal(400, "view field 'type' is not a string")
    if isinstance(view, dict) and "type" not in view and payload.get("type") == "view_submission":
        raise EdgeRefusal(400, "a view without a type")
    event = payload.get("event")
    if isinstance(event, dict):
        for key in ("type", "subtype", "channel", "user", "text", "ts", "thread_ts"):
            if key in event and not isinstance(event[key], str | type(None)):
                raise EdgeRefusal(400, f"event field {key!r} is not a string")
