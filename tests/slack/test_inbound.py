from __future__ import annotations

from integrations.slack.inbound import (
    assistant_thread_started,
    command_request,
    is_direct,
    mentions,
    message_request,
    option_click,
    strip_mentions,
)


def test_strip_mentions_keeps_other_people() -> None:
    assert strip_mentions("<@UBOT> hello <@UOTHER|ann>", bot_user_id="UBOT") == (
        "hello <@UOTHER|ann>"
    )
    assert strip_mentions("<@UBOT>", bot_user_id="UBOT") == ""
    assert mentions("hi <@UBOT|advisor>", user_id="UBOT")
    assert not mentions("hi <@UOTHER>", user_id="UBOT")
    assert not mentions("hi", user_id=None)


def test_message_request_from_an_envelope() -> None:
    body = {
        "team_id": "T1",
        "event_id": "Ev1",
        "event": {
            "type": "app_mention",
            "channel": "C1",
            "user": "U1",
            "text": "<@UB> go",
            "ts": "1.1",
            "thread_ts": "0.5",
        },
    }
    req = message_request(body, bot_user_id="UB", retry_num=2)
    assert (req.team_id, req.event_id, req.channel_id, req.text) == ("T1", "Ev1", "C1", "go")
    assert req.reply_thread == "0.5" and req.retry_num == 2
    no_thread = message_request(
        {**body, "event": {**body["event"], "thread_ts": None}}, bot_user_id="UB"
    )
    assert no_thread.reply_thread == "1.1"


def test_command_and_click() -> None:
    cmd = command_request(
        {
            "team_id": "T",
            "channel_id": "C",
            "user_id": "U",
            "text": "x",
            "response_url": "http://r",
            "trigger_id": "t",
        }
    )
    assert cmd.text == "x" and cmd.response_url == "http://r"
    click = option_click(
        {
            "team": {"id": "T"},
            "user": {"id": "U"},
            "channel": {"id": "C"},
            "message": {"ts": "2.2"},
            "container": {"is_ephemeral": False},
            "actions": [{"value": "We have 500 labeled examples."}],
        }
    )
    assert click.thread_ts == "2.2" and click.value.startswith("We have")
    threaded = option_click(
        {
            "team": {"id": "T"},
            "user": {"id": "U"},
            "channel": {"id": "C"},
            "message": {"ts": "2.2", "thread_ts": "1.0"},
            "actions": [{"value": "v"}],
        }
    )
    assert threaded.thread_ts == "1.0"


def test_direct_conversations_are_dms_and_group_dms_only() -> None:
    assert is_direct("D0123")
    assert is_direct("G0123", channel_name="mpdm-ann--bob-1")
    assert is_direct("C0123", channel_name="directmessage")
    assert not is_direct("C0123", channel_name="general")
    assert not is_direct("G0123", channel_name="secret-project")
    dm = command_request({"channel_id": "G1", "channel_name": "mpdm-a--b-1", "text": "x"})
    assert dm.direct and dm.channel_name == "mpdm-a--b-1"
    assert not command_request({"channel_id": "C1", "channel_name": "general"}).direct


def test_assistant_thread_started_is_the_threads_request() -> None:
    body = {
        "team_id": "T1",
        "event_id": "Ev9",
        "event": {
            "type": "assistant_thread_started",
            "assistant_thread": {"user_id": "U1", "channel_id": "D1", "thread_ts": "17.000100"},
        },
    }
    started = assistant_thread_started(body, retry_num=2)
    assert (started.team_id, started.event_id, started.channel_id) == ("T1", "Ev9", "D1")
    assert started.reply_thread == "17.000100" and started.user_id == "U1"
    assert started.text == "" and started.retry_num == 2
