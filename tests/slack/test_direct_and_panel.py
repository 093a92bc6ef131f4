"""Direct messages and the agent panel end to end: signed events to ``advisor serve --http``,
assertions on what the fake Slack Web API received."""

from __future__ import annotations

import time
from typing import Any

import pytest

from integrations.slack import messages
from integrations.slack.escape import plain
from integrations.slack.panel import title_of
from tests.slack.broadcasts import live_broadcast
from tests.slack.fake_slack import BOT_ID, BOT_USER_ID, Call, FakeSlack
from tests.slack.signing import USER, SlackSender, message_ts, unique
from tests.slack.test_http_scenarios import LEGAL, check_message, posts, settled

pytestmark = pytest.mark.slow

HOSTILE = "<!channel> <!here> @everyone legal team with 15k labeled NDAs, $40,000, 3 months"
STATUS = "assistant.threads.setStatus"
TITLE = "assistant.threads.setTitle"
PROMPTS = "assistant.threads.setSuggestedPrompts"


def dm(text: str, *, channel: str, **fields: Any) -> dict[str, Any]:
    """A person's message in their DM with the bot, as ``message.im`` delivers it."""
    return {
        "type": "message",
        "channel_type": "im",
        "user": USER,
        "text": text,
        "ts": message_ts(),
        "channel": channel,
        "event_ts": message_ts(),
        **fields,
    }


def in_thread(text: str, *, channel: str, thread_ts: str) -> dict[str, Any]:
    """A person's message in a thread of the DM whose first message is the bot's (an
    answer, or an agent panel thread)."""
    return dm(text, channel=channel, thread_ts=thread_ts, parent_user_id=BOT_USER_ID)


def thread_started(channel: str) -> tuple[dict[str, Any], str]:
    thread_ts = message_ts()
    event = {
        "type": "assistant_thread_started",
        "assistant_thread": {
            "user_id": USER,
            "context": {"channel_id": "C0GENERAL", "team_id": "T0ADVISOR"},
            "channel_id": channel,
            "thread_ts": thread_ts,
        },
        "event_ts": message_ts(),
    }
    return event, thread_ts


def of(slack: FakeSlack, method: str, channel: str) -> list[Call]:
    return [c for c in slack.calls_to(method) if c.params.get("channel_id") == channel]


# --- direct messages ---------------------------------------------------------------------


def test_a_dm_is_answered_in_the_dm_once_and_its_thread_follows_up(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DDM")
    event = dm(LEGAL, channel=channel)
    event_id = unique("EvDM")
    started = time.perf_counter()
    assert sender.event(event, event_id=event_id).status_code == 200
    assert time.perf_counter() - started < 3
    answer = posts(slack, channel)[0]
    check_message(answer)
    assert "thread_ts" not in answer.params  # in the DM itself, opening a thread
    assert "labeled examples 15,000" in answer.all_text()
    # Slack retries the same event: acknowledged, not answered again.
    assert sender.event(event, event_id=event_id, retry=1).status_code == 200
    assert len(settled(slack, channel)) == 1

    reply = in_thread("what if the budget is $500?", channel=channel, thread_ts=answer.ts)
    assert sender.event(reply).status_code == 200
    follow_up = posts(slack, channel, count=2)[1]
    check_message(follow_up)
    assert follow_up.params["thread_ts"] == answer.ts
    assert "budget: $40,000 → $500" in follow_up.all_text()
    assert len(settled(slack, channel)) == 2
    # A follow-up is not a new project: the thread keeps its title, if it has one.
    assert of(slack, TITLE, channel) == []


def test_an_empty_or_help_dm_gets_the_usage(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("DHELP")
    sender.event(dm("help", channel=channel))
    call = posts(slack, channel)[0]
    assert call.text == plain(messages.HELP)
    assert "thread_ts" not in call.params


def test_the_bots_own_dms_edits_and_deletions_are_not_answered(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DIGNORE")
    own = dm(LEGAL, channel=channel, bot_id=BOT_ID, user=BOT_USER_ID)
    assert sender.event(own).status_code == 200
    own_reply = dm("why?", channel=channel, bot_id=BOT_ID, user=BOT_USER_ID, thread_ts=own["ts"])
    assert sender.event(own_reply).status_code == 200
    edit = {
        "type": "message",
        "subtype": "message_changed",
        "channel_type": "im",
        "channel": channel,
        "ts": message_ts(),
        "message": {"text": LEGAL, "user": USER, "ts": message_ts()},
    }
    assert sender.event(edit).status_code == 200
    deleted = {
        "type": "message",
        "subtype": "message_deleted",
        "channel_type": "im",
        "channel": channel,
        "ts": message_ts(),
        "previous_message": {"text": LEGAL, "user": USER, "ts": message_ts()},
    }
    assert sender.event(deleted).status_code == 200
    assert settled(slack, channel) == []
    assert of(slack, STATUS, channel) == []


def test_a_hostile_dm_echoes_no_broadcast(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("DHOSTILE")
    sender.event(dm(HOSTILE, channel=channel))
    answer = posts(slack, channel)[0]
    check_message(answer)  # no live broadcast or ping anywhere in it
    assert "*Understood:*" in answer.all_text()


# --- the agent panel ---------------------------------------------------------------------


def test_a_new_panel_thread_gets_suggested_prompts_and_a_greeting(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DPANEL")
    event, thread_ts = thread_started(channel)
    event_id = unique("EvSTART")
    assert sender.event(event, event_id=event_id).status_code == 200
    (prompts,) = slack.wait_for_calls(PROMPTS, where=lambda c: c.params["channel_id"] == channel)
    assert prompts.params["thread_ts"] == thread_ts
    offered = prompts.params["prompts"]
    assert 3 <= len(offered) <= 4
    assert all(p["title"] and p["message"] for p in offered)
    titles = [p["title"] for p in offered]
    assert "What would change the answer?" in titles
    assert "How much does fine-tuning cost?" in titles
    greeting = posts(slack, channel)[0]
    assert greeting.params["thread_ts"] == thread_ts
    assert greeting.text == plain(messages.PANEL_GREETING)
    assert sender.event(event, event_id=event_id, retry=1).status_code == 200
    assert len(settled(slack, channel)) == 1
    assert len(of(slack, PROMPTS, channel)) == 1
    # The thread context is never fetched (no Web API call at ack time, nor after).
    assert slack.calls_to("conversations.replies", ok=None) == []


def test_each_suggested_prompt_gets_a_real_answer(sender: SlackSender, slack: FakeSlack) -> None:
    """A prompt is sent as the thread's first message: each must describe a project."""
    for title, message in messages.PANEL_PROMPTS:
        channel = unique("DPROMPT")
        event, thread_ts = thread_started(channel)
        sender.event(event)
        posts(slack, channel)
        sender.event(in_thread(message, channel=channel, thread_ts=thread_ts))
        answer = posts(slack, channel, count=2)[1]
        text = answer.all_text()
        assert "*Understood:*" in text, title
        assert "no project details" not in text, title


def test_a_panel_message_is_answered_in_its_thread_with_status_and_title(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DASK")
    event, thread_ts = thread_started(channel)
    sender.event(event)
    posts(slack, channel)  # the greeting
    started = time.perf_counter()
    response = sender.event(in_thread(LEGAL, channel=channel, thread_ts=thread_ts))
    assert response.status_code == 200
    assert time.perf_counter() - started < 3
    answer = posts(slack, channel, count=2)[1]
    check_message(answer)
    assert answer.params["thread_ts"] == thread_ts
    assert "labeled examples 15,000" in answer.all_text()
    (status,) = of(slack, STATUS, channel)
    assert status.params["thread_ts"] == thread_ts
    assert status.params["status"] == messages.PANEL_STATUS
    assert status.at <= answer.at
    (title,) = slack.wait_for_calls(TITLE, where=lambda c: c.params["channel_id"] == channel)
    assert title.params["thread_ts"] == thread_ts
    assert title.params["title"] == "Legal team: review NDAs"

    # A follow-up in the panel thread goes the thread path.
    sender.event(in_thread("what if the budget is $500?", channel=channel, thread_ts=thread_ts))
    follow_up = posts(slack, channel, count=3)[2]
    assert follow_up.params["thread_ts"] == thread_ts
    assert "*What changed*" in follow_up.all_text()
    assert len(of(slack, STATUS, channel)) == 2
    assert len(of(slack, TITLE, channel)) == 1  # the project is the same
    assert len(settled(slack, channel)) == 3


def test_a_hostile_panel_message_is_echoed_escaped_title_included(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DPHOSTILE")
    thread_ts = message_ts()
    sender.event(in_thread(HOSTILE, channel=channel, thread_ts=thread_ts))
    answer = posts(slack, channel)[0]
    check_message(answer)
    (title,) = slack.wait_for_calls(TITLE, where=lambda c: c.params["channel_id"] == channel)
    assert live_broadcast(title.params["title"]) is None
    assert title.params["title"] == title_of(HOSTILE)


def test_a_failing_status_call_does_not_keep_the_answer_back(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DNOSTATUS")
    thread_ts = message_ts()
    slack.fail_next(STATUS, error="missing_scope")
    sender.event(in_thread(LEGAL, channel=channel, thread_ts=thread_ts))
    answer = posts(slack, channel)[0]
    assert answer.params["thread_ts"] == thread_ts
    assert "*Understood:*" in answer.all_text()
    assert messages.APOLOGY not in [c.text for c in settled(slack, channel)]


def test_a_context_change_is_acknowledged_without_web_api_calls(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DCONTEXT")
    thread_ts = message_ts()
    before = len(slack.calls)
    event = {
        "type": "assistant_thread_context_changed",
        "assistant_thread": {
            "user_id": USER,
            "context": {"channel_id": "C0OTHER", "team_id": "T0ADVISOR"},
            "channel_id": channel,
            "thread_ts": thread_ts,
        },
        "event_ts": message_ts(),
    }
    assert sender.event(event).status_code == 200
    time.sleep(1.0)
    assert [c.method for c in slack.calls[before:] if channel in str(c.params)] == []
    assert slack.calls_to("conversations.replies", ok=None) == []
    # Bolt's default context store would save the context by updating a message here.
    updates = slack.calls_to("chat.update", ok=None)
    assert [c for c in updates if c.params.get("channel") == channel] == []


# --- /advise in direct messages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "name"),
    [("G", "mpdm-person--colleague-1"), ("D", "directmessage")],
    ids=["group-dm", "someone-elses-dm"],
)
def test_advise_in_a_dm_the_bot_is_not_in_answers_privately_without_the_invite_hint(
    sender: SlackSender, slack: FakeSlack, prefix: str, name: str
) -> None:
    channel = unique(prefix + "MPIM")
    slack.bot_not_in(channel)
    url = slack.response_url(unique("r"))
    response = sender.command(LEGAL, channel=channel, channel_name=name, response_url=url)
    assert response.status_code == 200
    path = url.removeprefix(slack.base_url)
    (call,) = slack.wait_for_calls("response_url", where=lambda c: c.path == path)
    assert call.params["response_type"] == "ephemeral"
    text = call.all_text()
    assert "*Understood:*" in text
    assert "/invite" not in text and "not a member" not in text
    assert not [b for b in call.blocks if b["type"] == "actions"]
    assert settled(slack, channel) == []
    assert live_broadcast(text) is None


def test_advise_in_the_dm_with_the_bot_posts_normally(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("DSELF")
    assert sender.command(LEGAL, channel=channel, channel_name="directmessage").status_code == 200
    call = posts(slack, channel)[0]
    check_message(call)
    assert "thread_ts" not in call.params
    assert "*Understood:*" in call.all_text()
