"""Two ``advisor serve --http`` replicas sharing PostgreSQL: a thread answered by one is
followed up on the other, and an event retried to the other is not answered twice."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.pg import postgres_url_for_new_schema, require_postgres
from tests.slack.fake_slack import BOT_USER_ID, FakeSlack
from tests.slack.server_process import SIGNING_SECRET, ServerProcess, start_server
from tests.slack.signing import USER, SlackSender, message_ts, unique

pytestmark = pytest.mark.slow

LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months"


@pytest.fixture(scope="module")
def replicas(slack: FakeSlack) -> Iterator[tuple[SlackSender, SlackSender]]:
    url, drop = postgres_url_for_new_schema(require_postgres())
    servers: list[ServerProcess] = []
    senders: list[SlackSender] = []
    try:
        servers = [start_server(slack_api_url=slack.api_url, database_url=url) for _ in range(2)]
        senders = [
            SlackSender(s.base_url, SIGNING_SECRET, response_url=slack.response_url())
            for s in servers
        ]
        yield senders[0], senders[1]
    finally:
        for sender in senders:
            sender.close()
        codes = [(server.stop(), server.log()) for server in servers]
        for server in servers:
            server.log_path.unlink(missing_ok=True)
        drop()
        for code, log in codes:
            assert code == 0, log


def posts_in(slack: FakeSlack, channel: str, count: int) -> list:  # type: ignore[type-arg]
    return slack.wait_for_calls(
        "chat.postMessage", count=count, where=lambda c: c.params.get("channel") == channel
    )


def test_a_thread_answered_by_one_replica_is_followed_up_on_the_other(
    replicas: tuple[SlackSender, SlackSender], slack: FakeSlack
) -> None:
    first, second = replicas
    channel = unique("CREPLICA")
    assert first.command(LEGAL, channel=channel).status_code == 200
    thread_ts = posts_in(slack, channel, 1)[0].ts
    second.thread_reply("what if the budget is $500?", channel=channel, thread_ts=thread_ts)
    reply = posts_in(slack, channel, 2)[1]
    assert reply.params["thread_ts"] == thread_ts
    assert "budget: $40,000 → $500" in reply.all_text()
    # And back on the first replica, the change made on the second is remembered.
    first.thread_reply("actually we have 10k examples", channel=channel, thread_ts=thread_ts)
    posts_in(slack, channel, 3)
    updates = slack.wait_for_calls(
        "chat.update", count=2, where=lambda c: c.params.get("channel") == channel
    )
    assert "budget $500" in updates[1].all_text()  # the answer now shows both changes


def test_an_event_retried_to_the_other_replica_is_answered_once(
    replicas: tuple[SlackSender, SlackSender], slack: FakeSlack
) -> None:
    first, second = replicas
    channels = []
    for _ in range(5):
        channel = unique("CRETRY")
        channels.append(channel)
        event_id = unique("EvREPLICA")
        event = {
            "type": "app_mention",
            "user": USER,
            "text": f"<@{BOT_USER_ID}> {LEGAL}",
            "ts": message_ts(),
            "channel": channel,
        }
        assert first.event(event, event_id=event_id).status_code == 200
        assert second.event(event, event_id=event_id, retry=1).status_code == 200
        assert posts_in(slack, channel, 1)[0].params["thread_ts"] == event["ts"]
    time.sleep(1.0)
    for channel in channels:
        answered = [c for c in slack.calls_to("chat.postMessage") if c.params["channel"] == channel]
        assert len(answered) == 1
