"""Signed requests to the Slack app, as Slack sends them (v0 HMAC-SHA256 signatures).

client = SlackSender(base_url, secret)
client.command("/advise", "Legal team, 15k NDAs")          # a slash command
client.event({"type": "app_mention", ...}, event_id="Ev1")  # an Events API delivery
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID

CHANNEL = "C0GENERAL"
USER = "U0PERSON"
_counter = itertools.count(1)


def signature(secret: str, timestamp: str, body: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(
    secret: str, body: str, *, content_type: str, timestamp: int | None = None
) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(secret, ts, body),
    }


def unique(prefix: str) -> str:
    return f"{prefix}{next(_counter):06d}{int(time.time() * 1000) % 100000:05d}"


def message_ts() -> str:
    return f"{1732000000 + next(_counter)}.{next(_counter):06d}"


class SlackSender:
    """Sends what Slack would send to ``{base_url}/slack/events``, signed with ``secret``."""

    def __init__(self, base_url: str, secret: str, *, response_url: str | None = None) -> None:
        self.url = base_url.rstrip("/") + "/slack/events"
        self.secret = secret
        self.response_url = response_url
        self.http = httpx.Client(timeout=10)

    def close(self) -> None:
        self.http.close()

    def post(
        self, body: str, *, content_type: str, extra: dict[str, str] | None = None, **kw: Any
    ) -> httpx.Response:
        headers = signed_headers(self.secret, body, content_type=content_type, **kw)
        return self.http.post(self.url, content=body, headers={**headers, **(extra or {})})

    def command(
        self,
        text: str,
        *,
        channel: str = CHANNEL,
        user: str = USER,
        command: str = "/advise",
        response_url: str | None = None,
        channel_name: str = "general",
    ) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "advisor-test",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": "person",
            "command": command,
            "text": text,
            "api_app_id": "A0ADVISOR",
            "response_url": response_url or self.response_url or "",
            "trigger_id": unique("trigger."),
        }
        return self.post(urlencode(form), content_type="application/x-www-form-urlencoded")

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry: int = 0
    ) -> httpx.Response:
        envelope = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0ADVISOR",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or unique("Ev"),
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return self.post(
            json.dumps(envelope),
            content_type="application/json",
            extra=extra if retry else None,
        )

    def mention(
        self, text: str, *, channel: str = CHANNEL, thread_ts: str | None = None, **kw: Any
    ) -> tuple[httpx.Response, dict[str, Any]]:
        event = {
            "type": "app_mention",
            "user": USER,
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": message_ts(),
            "channel": channel,
            "event_ts": message_ts(),
            **({"thread_ts": thread_ts} if thread_ts else {}),
        }
        return self.event(event, **kw), event

    def thread_reply(
        self, text: str, *, thread_ts: str, channel: str = CHANNEL, **kw: Any
    ) -> tuple[httpx.Response, dict[str, Any]]:
        event = {
            "type": "message",
            "channel_type": "channel",
            "user": USER,
            "text": text,
            "ts": message_ts(),
            "thread_ts": thread_ts,
            "channel": channel,
            "event_ts": message_ts(),
        }
        return self.event(event, **kw), event

    def interaction(self, payload: dict[str, Any]) -> httpx.Response:
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, content_type="application/x-www-form-urlencoded")
