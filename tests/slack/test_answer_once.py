"""A job answered again after the process that had it died does not post its answer twice:
each answer posted for a job carries the job in its metadata, and a retry looks first."""

from __future__ import annotations

from pathlib import Path

from slack_sdk import WebClient

from assistant import Advisor
from integrations.slack.inbound import CommandRequest
from integrations.slack.responder import ANSWER_EVENT, Responder, answering
from integrations.store import Store
from tests.slack.fake_slack import TEAM_ID, FakeSlack
from tests.slack.signing import unique

LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000, 3 months."


def command(channel: str) -> CommandRequest:
    return CommandRequest(
        team_id=TEAM_ID, channel_id=channel, user_id="U0PERSON", text=LEGAL, response_url=None
    )


def test_a_retried_job_finds_its_answer_and_does_not_post_again(
    slack: FakeSlack, advisor: Advisor, tmp_path: Path
) -> None:
    store = Store.from_url(f"sqlite:///{tmp_path / 'advisor.db'}")
    store.migrate()
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    responder = Responder(advisor=advisor, store=store, client=client, indicator_after=60)
    channel = unique("CONCE")
    with answering(41, attempt=1):
        responder.on_command(command(channel))
    first = [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]
    assert len(first) == 1
    assert ANSWER_EVENT in str(first[0].params.get("metadata"))
    # The process died before the job was marked done: the next attempt answers again.
    with answering(41, attempt=2):
        responder.on_command(command(channel))
    # A different job in the same channel is a new answer.
    with answering(42, attempt=2):
        responder.on_command(command(channel))
    posts = [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]
    assert len(posts) == 2
