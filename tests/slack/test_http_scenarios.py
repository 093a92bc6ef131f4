"""Every Slack scenario end to end: signed HTTP requests to ``advisor serve --http``,
assertions on what the fake Slack Web API received."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from integrations.slack import messages
from integrations.slack.blocks import MAX_BLOCKS, MAX_SECTION_TEXT
from integrations.slack.escape import plain
from integrations.slack.inbound import OPTION_ACTION
from tests.slack.broadcasts import live_broadcast
from tests.slack.fake_slack import BOT_ID, BOT_USER_ID, TEAM_ID, UPLOAD_METHOD, Call, FakeSlack
from tests.slack.server_process import ServerProcess
from tests.slack.signing import USER, SlackSender, message_ts, signed_headers, unique

pytestmark = pytest.mark.slow

LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months, accuracy critical"
QUIET = 1.0  # seconds to wait when checking that nothing (more) was posted
COST_QUESTION = "what does it cost per month?"
CHART_WAIT = 40.0  # seconds: the chart is drawn by a fresh process that imports matplotlib


def in_channel(channel: str, method: str = "chat.postMessage") -> Callable[[Call], bool]:
    return lambda c: c.method == method and c.params.get("channel") == channel


def posts(slack: FakeSlack, channel: str, *, count: int = 1, timeout: float = 15) -> list[Call]:
    return slack.wait_for_calls(
        "chat.postMessage",
        count=count,
        timeout=timeout,
        where=lambda c: c.params.get("channel") == channel,
    )


def settled(slack: FakeSlack, channel: str) -> list[Call]:
    """The successful posts to ``channel`` once nothing more has arrived for a moment."""
    time.sleep(QUIET)
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def check_message(call: Call) -> None:
    assert call.text.strip(), "a fallback text is required"
    assert len(call.blocks) <= MAX_BLOCKS
    for block in call.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_TEXT
    assert "link_names" not in call.params
    assert live_broadcast(call.all_text()) is None


def chart_shares(slack: FakeSlack, channel: str, *, count: int = 0) -> list[Call]:
    """The completed file uploads into ``channel``; waits for ``count`` of them."""
    return slack.wait_for_calls(
        "files.completeUploadExternal",
        count=count,
        timeout=CHART_WAIT,
        where=lambda c: c.params.get("channel_id") == channel,
    )


def recommend(sender: SlackSender, slack: FakeSlack, channel: str) -> Call:
    """A /advise recommendation in ``channel``; its ts is the thread to follow up in."""
    assert sender.command(LEGAL, channel=channel).status_code == 200
    return posts(slack, channel)[0]


# --- plumbing ----------------------------------------------------------------------------


def test_healthz(server: ServerProcess) -> None:
    response = httpx.get(server.base_url + "/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True}


def test_url_verification_echoes_the_challenge(sender: SlackSender) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    response = sender.post(body, content_type="application/json")
    assert response.status_code == 200
    assert response.json() == {"challenge": "c-123"}


def test_forged_signature_and_stale_timestamp_are_refused(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CFORGED")
    body = f"command=%2Fadvise&text=hello&team_id={TEAM_ID}&channel_id={channel}&user_id={USER}"
    forged = signed_headers("wrong-secret", body, content_type="application/x-www-form-urlencoded")
    assert httpx.post(sender.url, content=body, headers=forged).status_code == 401
    stale = signed_headers(
        sender.secret,
        body,
        content_type="application/x-www-form-urlencoded",
        timestamp=int(time.time()) - 10 * 60,
    )
    assert httpx.post(sender.url, content=body, headers=stale).status_code == 401
    unsigned = {"Content-Type": "application/x-www-form-urlencoded"}
    assert httpx.post(sender.url, content=body, headers=unsigned).status_code == 401
    assert settled(slack, channel) == []


# --- /advise -----------------------------------------------------------------------------


def test_slash_command_acks_fast_and_posts_the_recommendation(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CCMD")
    started = time.perf_counter()
    response = sender.command(LEGAL, channel=channel)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert elapsed < 3
    call = posts(slack, channel)[0]
    check_message(call)
    assert "thread_ts" not in call.params  # into the channel, opening a thread
    blocks = call.blocks
    assert blocks[0]["type"] == "header"
    assert blocks[1]["type"] == "context"  # technique and confidence
    assert "*Understood:*" in blocks[2]["text"]["text"]
    text = call.all_text()
    assert "Legal team: review NDAs" not in text  # the description is not echoed back
    assert "*Sources*" in text and "[1]" in text
    assert "Fine-Tuning" in text or "Prompting" in text  # a document title
    assert len(settled(slack, channel)) == 1


def test_help_explains_usage_to_the_person_only(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CHELP")
    assert sender.command("help", channel=channel).status_code == 200
    call = slack.wait_for_calls(
        "chat.postEphemeral", where=in_channel(channel, "chat.postEphemeral")
    )[0]
    assert call.params["user"] == USER
    assert "/advise" in call.text and "thread" in call.text
    assert settled(slack, channel) == []


def test_empty_command_opens_the_form_and_its_submission_is_answered(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CFORM")
    assert sender.command("", channel=channel).status_code == 200
    opened = slack.wait_for_calls(
        "views.open", where=lambda c: channel in json.dumps(c.params.get("view"))
    )[0]
    view = opened.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert opened.params["trigger_id"].startswith("trigger.")
    block_ids = [b.get("block_id") for b in view["blocks"]]
    assert {"description", "domain", "labeled_examples", "budget_usd", "timeline_days"} <= set(
        block_ids
    )

    def submit(values: dict[str, Any]) -> httpx.Response:
        return sender.interaction(
            {
                "type": "view_submission",
                "team": {"id": TEAM_ID, "domain": "advisor-test"},
                "user": {"id": USER, "team_id": TEAM_ID},
                "api_app_id": "A0ADVISOR",
                "token": "legacy",
                "trigger_id": unique("trigger."),
                "view": {**view, "id": "V0FORM", "team_id": TEAM_ID, "state": {"values": values}},
            }
        )

    bad = submit({"labeled_examples": {"value": {"type": "number_input", "value": "-5"}}})
    assert bad.status_code == 200
    assert bad.json()["response_action"] == "errors"
    assert "labeled_examples" in bad.json()["errors"]
    empty = submit({})
    assert empty.json()["response_action"] == "errors"

    good = submit(
        {
            "description": {
                "value": {"type": "plain_text_input", "value": "Draft replies to support tickets"}
            },
            "labeled_examples": {"value": {"type": "number_input", "value": "200"}},
            "budget_usd": {"value": {"type": "number_input", "value": "1500"}},
            "timeline_days": {"value": {"type": "number_input", "value": "14"}},
            "domain": {
                "value": {"type": "static_select", "selected_option": {"value": "customer_service"}}
            },
        }
    )
    assert good.status_code == 200
    assert good.content in (b"", b"{}")
    call = posts(slack, channel)[0]
    check_message(call)
    project = call.all_text()
    assert "labeled examples 200" in project and "budget $1,500" in project
    assert "timeline 14 days" in project


def test_not_in_channel_falls_back_to_response_url_with_how_to_invite(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CPRIVATE")
    slack.bot_not_in(channel)
    url = slack.response_url(unique("r"))
    assert sender.command(LEGAL, channel=channel, response_url=url).status_code == 200
    call = slack.wait_for_calls("response_url", where=lambda c: c.headers.get("host", "") != "")[-1]
    assert call.params["response_type"] == "ephemeral"
    text = call.all_text()
    assert "/invite @Advisor" in text
    assert "*Understood:*" in text
    assert not [b for b in call.blocks if b["type"] == "actions"]
    assert settled(slack, channel) == []


def test_oversize_description_gets_a_clear_answer(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CBIG")
    assert sender.command("word " * 5000, channel=channel).status_code == 200
    call = slack.wait_for_calls(
        "chat.postEphemeral", where=in_channel(channel, "chat.postEphemeral")
    )[0]
    assert "25,000 characters" in call.text and "20,000" in call.text
    assert settled(slack, channel) == []


def test_oversize_mention_is_answered_in_its_thread(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CBIGMENTION")
    _response, event = sender.mention("word " * 5000, channel=channel)
    call = posts(slack, channel)[0]
    assert call.params["thread_ts"] == event["ts"]
    assert "20,000" in call.text and "characters" in call.text
    assert len(settled(slack, channel)) == 1


def test_hostile_mention_is_echoed_escaped(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CHOSTILEMENTION")
    sender.mention("<!everyone> @here legal team, 15k NDAs <@U0BOSS>", channel=channel)
    call = posts(slack, channel)[0]
    check_message(call)  # no live broadcast or ping anywhere in it
    assert "U0BOSS" not in call.all_text() and "*Understood:*" in call.all_text()


def test_hostile_text_is_echoed_escaped(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CHOSTILE")
    hostile = (
        "<!channel> <!here> <!everyone> @channel hi <@U0BOSS> see <https://evil.example|bank.com> "
        "legal team with 15k labeled NDAs & a $40,000 budget"
    )
    assert sender.command(hostile, channel=channel).status_code == 200
    call = posts(slack, channel)[0]
    check_message(call)
    text = call.all_text()
    assert "evil.example" not in text and "U0BOSS" not in text  # nothing of it echoed
    assert "labeled examples 15,000" in text and "budget $40,000" in text  # but it was read


# --- Web API failures --------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500])
def test_rate_limits_and_server_errors_are_retried_and_the_answer_arrives_once(
    sender: SlackSender, slack: FakeSlack, status: int
) -> None:
    channel = unique(f"CFAIL{status}")
    slack.fail_next("chat.postMessage", times=1, status=status)
    assert sender.command(LEGAL, channel=channel).status_code == 200
    call = posts(slack, channel)[0]
    check_message(call)
    assert len(settled(slack, channel)) == 1
    failed = [
        c
        for c in slack.calls_to("chat.postMessage", ok=False)
        if c.params.get("channel") == channel
    ]
    assert [c.status for c in failed] == [status]


def test_an_error_inside_a_handler_becomes_an_apology_in_the_thread(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CERR")
    slack.fail_next("chat.postMessage", times=1, error="invalid_blocks")
    response, event = sender.mention(LEGAL, channel=channel)
    assert response.status_code == 200
    call = posts(slack, channel)[0]
    assert call.params["thread_ts"] == event["ts"]
    assert call.text == messages.APOLOGY
    assert len(settled(slack, channel)) == 1
    assert "invalid_blocks" in server.log()


# --- mentions and threads ----------------------------------------------------------------


def test_mention_is_answered_in_its_thread_with_a_working_indicator(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CMENTION")
    response, event = sender.mention(LEGAL, channel=channel)
    assert response.status_code == 200
    call = posts(slack, channel)[0]
    check_message(call)
    assert call.params["thread_ts"] == event["ts"]
    assert "*Understood:*" in call.all_text()
    assert f"<@{BOT_USER_ID}>" not in call.all_text()
    added = slack.wait_for_calls("reactions.add", where=in_channel(channel, "reactions.add"))
    removed = slack.wait_for_calls(
        "reactions.remove", where=in_channel(channel, "reactions.remove")
    )
    assert added[0].params["timestamp"] == event["ts"] == removed[0].params["timestamp"]
    assert added[0].params["name"] == messages.WORKING_REACTION
    assert added[0].at <= call.at <= removed[0].at


def test_empty_mention_gets_help_in_the_thread(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CEMPTY")
    _response, event = sender.mention("", channel=channel)
    call = posts(slack, channel)[0]
    assert call.params["thread_ts"] == event["ts"]
    assert call.text == plain(messages.HELP)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("what if the budget is $500?", ["*What changed*", "budget: $40,000 → $500"]),
        ("actually we have 10k examples", ["*What changed*", "labeled examples: 15,000 → 10,000"]),
        ("why not prompting?", ["*You asked about:* prompting", "*For prompting*"]),
        (COST_QUESTION, ["*Costs*"]),
        ("what are the risks of overfitting?", ["*What the guidance says*", "*Sources*", "[1]"]),
        ("what can you do?", [messages.THREAD_HELP]),
        ("how sure are you?", ["*Confidence:*", "*Scores:*"]),
        ("can we use RAG instead?", ["Your project is unchanged"]),
        ("tl;dr for my manager?", ["*In short:*"]),
    ],
    ids=[
        "change-budget",
        "change-data",
        "why",
        "cost",
        "guidance",
        "help",
        "confidence",
        "alternative",
        "summary",
    ],
)
def test_thread_follow_ups_without_a_mention(
    sender: SlackSender, slack: FakeSlack, reply: str, expected: list[str]
) -> None:
    channel = unique("CTHREAD")
    thread_ts = recommend(sender, slack, channel).ts
    response, _event = sender.thread_reply(reply, channel=channel, thread_ts=thread_ts)
    assert response.status_code == 200
    answer = posts(slack, channel, count=2)[1]
    check_message(answer)
    assert answer.params["thread_ts"] == thread_ts
    text = answer.all_text()
    for piece in expected:
        assert piece in text, (piece, text)
    if reply == COST_QUESTION:  # its chart follows; let it arrive within this test
        chart_shares(slack, channel, count=1)
    assert len(settled(slack, channel)) == 2


def test_talk_between_colleagues_in_the_thread_is_left_alone(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CNOTCOVERED")
    thread_ts = recommend(sender, slack, channel).ts
    sender.thread_reply(
        "anyone up for lunch? the sourdough place is open", channel=channel, thread_ts=thread_ts
    )
    assert len(settled(slack, channel)) == 1  # nothing posted
    # Asked of Advisor by name, the same gets a one-line answer.
    sender.mention(
        "what is the best sourdough starter recipe?", channel=channel, thread_ts=thread_ts
    )
    answer = posts(slack, channel, count=2)[1]
    assert answer.params["thread_ts"] == thread_ts
    assert messages.OFF_TOPIC in answer.all_text()


def test_thanks_get_a_reaction_not_a_message(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CTHANKS")
    thread_ts = recommend(sender, slack, channel).ts
    _response, event = sender.thread_reply(
        "thanks, looks good 👍", channel=channel, thread_ts=thread_ts
    )
    reaction = slack.wait_for_calls(
        "reactions.add",
        where=lambda c: (
            c.params.get("name") == messages.ACK_REACTION and c.params.get("channel") == channel
        ),
    )[0]
    assert reaction.params["timestamp"] == event["ts"]
    assert len(settled(slack, channel)) == 1


def test_a_change_is_a_short_reply_and_the_answer_is_updated_in_place(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CUPDATE")
    original = recommend(sender, slack, channel)
    sender.thread_reply("what if the budget were $500?", channel=channel, thread_ts=original.ts)
    reply = posts(slack, channel, count=2)[1]
    check_message(reply)
    lines = [line for line in reply.all_text().split("\n") if line.strip()]
    fallback = reply.params["text"].count("\n") + 1
    assert len(lines) - fallback <= 15, lines
    assert "budget: $40,000 → $500" in reply.all_text()
    update = slack.wait_for_calls(
        "chat.update", where=lambda c: c.params.get("channel") == channel
    )[0]
    assert update.params["ts"] == original.ts
    check_message(update)
    assert "updated after a reply" in update.all_text()
    assert "budget $500" in update.all_text()
    # A question changes nothing: no update, the stored project is kept.
    sender.thread_reply("is this GDPR compliant?", channel=channel, thread_ts=original.ts)
    posts(slack, channel, count=3)
    time.sleep(QUIET)
    assert (
        len([c for c in slack.calls_to("chat.update") if c.params.get("channel") == channel]) == 1
    )
    sender.thread_reply("how sure are you?", channel=channel, thread_ts=original.ts)
    confidence = posts(slack, channel, count=4)[3]
    assert "*Confidence:*" in confidence.all_text()


def test_a_change_is_remembered_for_the_next_follow_up(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CMEMORY")
    thread_ts = recommend(sender, slack, channel).ts
    sender.thread_reply("what if the budget is $500?", channel=channel, thread_ts=thread_ts)
    posts(slack, channel, count=2)
    sender.thread_reply("actually we have 10k examples", channel=channel, thread_ts=thread_ts)
    third = posts(slack, channel, count=3)[2]
    assert "labeled examples: 15,000 → 10,000" in third.all_text()
    updates = slack.wait_for_calls(
        "chat.update", count=2, where=lambda c: c.params.get("channel") == channel
    )
    # The earlier change is still part of the project the answer shows.
    assert "budget $500" in updates[1].all_text()
    assert "labeled examples 10,000" in updates[1].all_text()


def test_messages_not_for_advisor_are_ignored(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CIGNORE")
    thread_ts = recommend(sender, slack, channel).ts
    # A thread Advisor never answered.
    assert (
        sender.thread_reply("why?", channel=channel, thread_ts=message_ts())[0].status_code == 200
    )
    # Advisor's own message in its thread.
    own = {
        "type": "message",
        "subtype": "bot_message",
        "bot_id": BOT_ID,
        "text": "why?",
        "ts": message_ts(),
        "thread_ts": thread_ts,
        "channel": channel,
    }
    assert sender.event(own).status_code == 200
    # An edit of a reply.
    edit = {
        "type": "message",
        "subtype": "message_changed",
        "channel": channel,
        "ts": message_ts(),
        "message": {"text": "why?", "thread_ts": thread_ts},
    }
    assert sender.event(edit).status_code == 200
    # A top-level message in the channel.
    top = {"type": "message", "user": USER, "text": "why?", "ts": message_ts(), "channel": channel}
    assert sender.event(top).status_code == 200
    assert len(settled(slack, channel)) == 1


def test_a_reply_that_mentions_the_bot_is_answered_once(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CBOTH")
    thread_ts = recommend(sender, slack, channel).ts
    text = f"<@{BOT_USER_ID}> what if the budget is $500?"
    ts = message_ts()
    common = {"user": USER, "text": text, "ts": ts, "thread_ts": thread_ts, "channel": channel}
    # Slack delivers both events for such a message.
    sender.event({"type": "message", "channel_type": "channel", **common})
    sender.event({"type": "app_mention", **common})
    answer = posts(slack, channel, count=2)[1]
    assert answer.params["thread_ts"] == thread_ts
    assert "*What changed*" in answer.all_text()
    assert len(settled(slack, channel)) == 2


def test_a_retried_event_is_answered_once(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CRETRY")
    event_id = unique("EvRETRY")
    event = {
        "type": "app_mention",
        "user": USER,
        "text": f"<@{BOT_USER_ID}> {LEGAL}",
        "ts": message_ts(),
        "channel": channel,
    }
    with ThreadPoolExecutor(4) as pool:
        responses = list(
            pool.map(lambda retry: sender.event(event, event_id=event_id, retry=retry), [0, 1, 2])
        )
    assert [r.status_code for r in responses] == [200, 200, 200]
    sender.event(event, event_id=event_id, retry=3)
    posts(slack, channel)
    assert len(settled(slack, channel)) == 1


def test_button_click_reruns_the_answer_in_the_thread(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CBUTTON")
    assert (
        sender.command("We want a chatbot for our online store.", channel=channel).status_code
        == 200
    )
    root = posts(slack, channel)[0]
    actions = [b for b in root.blocks if b["type"] == "actions"]
    assert actions, "the answer offers buttons for what is missing"
    button = actions[0]["elements"][-1]
    assert button["action_id"].startswith(OPTION_ACTION)
    ts = root.ts
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "advisor-test"},
        "user": {"id": USER, "team_id": TEAM_ID},
        "api_app_id": "A0ADVISOR",
        "token": "legacy",
        "trigger_id": unique("trigger."),
        "container": {
            "type": "message",
            "message_ts": ts,
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "channel": {"id": channel, "name": "general"},
        "message": {
            "type": "message",
            "ts": ts,
            "bot_id": BOT_ID,
            "user": BOT_USER_ID,
            "text": root.text,
            "blocks": root.blocks,
        },
        "response_url": slack.response_url(unique("r")),
        "actions": [
            {
                "type": "button",
                "action_id": button["action_id"],
                "block_id": actions[0]["block_id"],
                "text": button["text"],
                "value": button["value"],
                "action_ts": str(time.time()),
            }
        ],
    }
    assert sender.interaction(payload).status_code == 200
    rerun = posts(slack, channel, count=2)[1]
    check_message(rerun)
    assert rerun.params["thread_ts"] == ts
    assert "*What changed*" in rerun.all_text()
    # The answer is updated in place, without the question that is now answered.
    update = slack.wait_for_calls("chat.update", where=lambda c: c.params.get("channel") == channel)
    assert update[0].params["ts"] == ts
    assert actions[0]["block_id"] not in [b.get("block_id") for b in update[0].blocks]
    # The same button clicked again (an old copy of the message): nothing more is said.
    again = payload | {
        "trigger_id": unique("trigger."),
        "actions": [payload["actions"][0] | {"action_ts": str(time.time())}],
    }
    assert sender.interaction(again).status_code == 200
    assert len(settled(slack, channel)) == 2


# --- the cost chart ----------------------------------------------------------------------


def test_a_cost_question_gets_the_chart_in_its_thread(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CCHART")
    thread_ts = recommend(sender, slack, channel).ts
    sender.thread_reply(COST_QUESTION, channel=channel, thread_ts=thread_ts)
    answer = posts(slack, channel, count=2)[1]
    assert "*Costs*" in answer.all_text()
    share = chart_shares(slack, channel, count=1)[0]
    assert share.params["thread_ts"] == thread_ts
    assert "initial_comment" not in share.params  # the picture only; the text is above it
    assert share.at >= answer.at
    (shared,) = json.loads(share.params["files"])
    (asked,) = [
        c
        for c in slack.calls_to("files.getUploadURLExternal")
        if c.response["file_id"] == shared["id"]
    ]
    assert asked.params["filename"] == "costs.png"
    assert shared["title"] == messages.CHART_TITLE
    (upload,) = [c for c in slack.calls_to(UPLOAD_METHOD) if c.params["file_id"] == shared["id"]]
    assert upload.params["png"] is True
    assert upload.params["length"] == int(asked.params["length"]) > 1_000
    assert asked.at <= upload.at <= share.at
    time.sleep(QUIET)
    assert len(chart_shares(slack, channel)) == 1
    assert len(settled(slack, channel)) == 2  # the breakdown once, nothing more


def test_a_cost_question_at_another_volume_prices_it_and_keeps_the_project(
    sender: SlackSender, slack: FakeSlack
) -> None:
    channel = unique("CSUPPOSE")
    original = recommend(sender, slack, channel)
    sender.thread_reply(
        "what would it cost at 250,000 contracts a month?", channel=channel, thread_ts=original.ts
    )
    answer = posts(slack, channel, count=2)[1]
    check_message(answer)
    assert "*Supposing*" in answer.all_text()
    assert messages.SUPPOSED_NOT_SAVED.split(";")[0] in answer.all_text()
    chart_shares(slack, channel, count=1)
    time.sleep(QUIET)
    # Nothing was updated: the supposition is not the project.
    assert not [c for c in slack.calls_to("chat.update") if c.params.get("channel") == channel]
    sender.thread_reply(COST_QUESTION, channel=channel, thread_ts=original.ts)
    plain = posts(slack, channel, count=3)[2]
    assert "*Supposing*" not in plain.all_text()


def test_other_follow_ups_upload_no_chart(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CNOCHART")
    thread_ts = recommend(sender, slack, channel).ts
    replies = [
        "why not prompting?",
        "what if the budget is $500?",
        "what are the risks of overfitting?",
    ]
    for count, reply in enumerate(replies, start=2):
        sender.thread_reply(reply, channel=channel, thread_ts=thread_ts)
        posts(slack, channel, count=count)
    # A cost question last: by the time its chart is in, any other chart would be too.
    sender.thread_reply(COST_QUESTION, channel=channel, thread_ts=thread_ts)
    cost_answer = posts(slack, channel, count=len(replies) + 2)[-1]
    chart_shares(slack, channel, count=1)
    time.sleep(QUIET)
    (share,) = chart_shares(slack, channel)
    assert share.at >= cost_answer.at


@pytest.mark.parametrize(
    ("method", "status", "error", "logged"),
    [
        ("files.getUploadURLExternal", 200, "missing_scope", "missing_scope"),
        (UPLOAD_METHOD, 500, None, "HTTP Error 500"),
    ],
    ids=["refused-by-slack", "upload-url-fails"],
)
def test_a_chart_that_cannot_be_uploaded_leaves_the_breakdown_alone(
    sender: SlackSender,
    slack: FakeSlack,
    server: ServerProcess,
    method: str,
    status: int,
    error: str | None,
    logged: str,
) -> None:
    channel = unique("CCHARTFAIL")
    thread_ts = recommend(sender, slack, channel).ts
    slack.fail_next(method, status=status, error=error)
    sender.thread_reply(COST_QUESTION, channel=channel, thread_ts=thread_ts)
    answer = posts(slack, channel, count=2)[1]
    assert "*Costs*" in answer.all_text()
    expected = f"cost chart not shown in {channel}: {logged}"
    deadline = time.monotonic() + CHART_WAIT
    while expected not in server.log() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert expected in server.log()
    time.sleep(QUIET)
    assert chart_shares(slack, channel) == []
    texts = [c.text for c in settled(slack, channel)]
    assert len(texts) == 2  # no apology, no second breakdown
    assert messages.APOLOGY not in texts
