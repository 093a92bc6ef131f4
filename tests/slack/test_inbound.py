from __future__ import annotations

from integrations.slack.inbound import (
    command_request,
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
