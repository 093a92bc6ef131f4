"""A deadline given as a date in Slack counts from the day of the message (the responder's
clock), over real HTTP to the fake Slack Web API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from slack_sdk import WebClient

from assistant import Advisor
from integrations.slack.inbound import CommandRequest
from integrations.slack.responder import Responder
from integrations.store import Store
from tests.slack.fake_slack import TEAM_ID, FakeSlack
from tests.slack.signing import unique

DATED = "Support desk triage, 2,000 tagged tickets, 30k tickets a month, must be live by March 1."


def test_a_dated_deadline_counts_from_the_day_it_was_asked(
    slack: FakeSlack, advisor: Advisor, tmp_path: Path
) -> None:
    store = Store.from_url(f"sqlite:///{tmp_path / 'advisor.db'}")
    store.migrate()
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    responder = Responder(
        advisor=advisor,
        store=store,
        client=client,
        indicator_after=60,
        clock=lambda: datetime(2027, 1, 1, 9, 30, tzinfo=UTC),
    )
    channel = unique("CDATE")
    responder.on_command(
        CommandRequest(
            team_id=TEAM_ID, channel_id=channel, user_id="U0PERSON", text=DATED, response_url=None
        )
    )
    posts = [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]
    assert len(posts) == 1
    shown = str(posts[0].params)
    assert "59 days" in shown  # 1 January to 1 March 2027
    assert "no day to count from" not in shown
