"""Decisions and digests end to end: signed HTTP requests to ``advisor serve --http``,
``advisor digest run`` and ``advisor decisions`` as processes with the app's settings,
assertions on what the fake Slack Web API received."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from assistant import next_slot, parse_schedule
from integrations.slack.decision_inbound import RECORD_ACTION, RECORD_CALLBACK
from tests.slack.broadcasts import live_broadcast
from tests.slack.fake_slack import TEAM_ID, Call, FakeSlack
from tests.slack.server_process import ROOT, ServerProcess
from tests.slack.signing import USER, SlackSender, unique

pytestmark = pytest.mark.slow

PROJECT = "Brand voice assistant for our marketing team, 800 labeled examples, $15k budget"
CONTRACT_KEYS = {
    "team_id",
    "channel_id",
    "thread_ts",
    "title",
    "recommended_approach",
    "chosen_approach",
    "against_advice",
    "decided_by",
    "decided_at",
    "note",
    "status",
    "revisit_on",
    "constraints",
    "costs",
}


def advisor(server: ServerProcess, *args: str) -> subprocess.CompletedProcess[str]:
    """``advisor ...`` with the app's own settings (its environment)."""
    return subprocess.run(
        [sys.executable, "-m", "integrations.cli.main", *args],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def channel_posts(slack: FakeSlack, channel: str, *, threaded: bool | None = None) -> list[Call]:
    return [
        c
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("channel") == channel
        and (threaded is None or bool(c.params.get("thread_ts")) == threaded)
    ]


def wait_posts(slack: FakeSlack, channel: str, count: int, *, where: Any = None) -> list[Call]:
    return slack.wait_for_calls(
        "chat.postMessage",
        count=count,
        timeout=30,
        where=lambda c: c.params.get("channel") == channel and (where is None or where(c)),
    )


def ephemeral(slack: FakeSlack, channel: str, count: int = 1) -> list[Call]:
    return slack.wait_for_calls(
        "chat.postEphemeral",
        count=count,
        timeout=30,
        where=lambda c: c.params.get("channel") == channel,
    )


def recommend(sender: SlackSender, slack: FakeSlack, channel: str) -> Call:
    assert sender.command(PROJECT, channel=channel).status_code == 200
    return wait_posts(slack, channel, 1)[0]


def decide(
    sender: SlackSender, slack: FakeSlack, channel: str, root: Call, text: str, *, count: int
) -> Call:
    response, _event = sender.thread_reply(text, thread_ts=root.ts, channel=channel)
    assert response.status_code == 200
    return wait_posts(slack, channel, count, where=lambda c: c.params.get("thread_ts"))[-1]


def test_the_whole_path_from_advice_to_one_digest_and_the_export(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CDECIDE")
    root = recommend(sender, slack, channel)
    controls = [e for b in root.blocks for e in b.get("elements", []) if isinstance(e, dict)]
    assert any(e.get("action_id") == RECORD_ACTION for e in controls), (
        "the answer offers the Record decision control"
    )

    confirmation = decide(
        sender,
        slack,
        channel,
        root,
        "ok, we'll go with fine-tuning, because the brand voice matters",
        count=1,
    )
    assert "Recorded: *Fine-tuning*" in confirmation.all_text()
    assert f"<@{USER}>" in confirmation.all_text()

    assert (
        sender.command("digest weekly mon 09:00 Europe/Berlin", channel=channel).status_code == 200
    )
    [note] = ephemeral(slack, channel)
    assert "Digest set: weekly on Mon at 09:00 (Europe/Berlin)" in note.all_text()

    slot = next_slot(
        parse_schedule("weekly mon 09:00 Europe/Berlin", default_zone="UTC"),
        after=datetime.now(UTC),
    )
    for _ in range(2):
        run = advisor(server, "digest", "run", "--now", slot.isoformat())
        assert run.returncode == 0, run.stderr
    digests = channel_posts(slack, channel, threaded=False)[1:]  # after the recommendation
    assert len(digests) == 1
    text = digests[0].all_text()
    assert "Decisions digest" in text and "Brand voice assistant" in text
    assert "the brand voice matters" in text
    assert f"p{root.ts.replace('.', '')}" in text  # the link to the thread

    export = advisor(server, "decisions", "export", "--format", "json")
    assert export.returncode == 0, export.stderr
    rows = [r for r in json.loads(export.stdout) if r["channel_id"] == channel]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= CONTRACT_KEYS
    assert row["team_id"] == TEAM_ID and row["thread_ts"] == root.ts
    assert row["chosen_approach"] == "fine-tuning" and row["decided_by"] == USER
    assert row["recommended_approach"] in {"prompting", "fine-tuning", "prompt-then-fine-tune"}
    assert row["against_advice"] == (row["recommended_approach"] != "fine-tuning")
    assert datetime.fromisoformat(row["decided_at"].replace("Z", "+00:00")).tzinfo is not None
    assert row["note"] == "the brand voice matters" and row["status"] == "active"

    csv_export = advisor(server, "decisions", "export", "--format", "csv")
    assert csv_export.returncode == 0 and csv_export.stdout.startswith("team_id,channel_id,")
    listing = advisor(server, "decisions", "list", "--json")
    assert listing.returncode == 0
    assert any(r["thread_ts"] == root.ts for r in json.loads(listing.stdout))


def test_deciding_again_supersedes_and_the_same_decision_twice_changes_nothing(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CAGAIN")
    root = recommend(sender, slack, channel)
    decide(sender, slack, channel, root, "we'll go with prompting", count=1)
    again = decide(sender, slack, channel, root, "We will go with prompting.", count=2)
    assert "Already recorded" in again.all_text()
    # A Slack retry of a reply already handled is not answered again.
    event_id = unique("Ev")
    _response, event = sender.thread_reply(
        "let's fine-tune", thread_ts=root.ts, channel=channel, event_id=event_id
    )
    wait_posts(slack, channel, 3, where=lambda c: c.params.get("thread_ts"))
    assert sender.event(event, event_id=event_id, retry=1).status_code == 200
    time.sleep(1.5)
    assert len(channel_posts(slack, channel, threaded=True)) == 3  # the retry: no answer

    revisit = decide(sender, slack, channel, root, "revisit in 3 months", count=4)
    assert "due for a second look" in revisit.all_text()

    assert sender.command("decisions", channel=channel).status_code == 200
    [listed] = ephemeral(slack, channel)
    text = listed.all_text()
    assert "Fine-tuning" in text and "Prompting" not in text.split("(newest first)")[1]
    run = advisor(server, "decisions", "list", "--json")
    mine = [r for r in json.loads(run.stdout) if r["channel_id"] == channel]
    assert [r["status"] for r in mine] == ["active", "superseded"]
    assert [r["chosen_approach"] for r in mine] == ["fine-tuning", "prompting"]


def test_a_question_or_a_negation_in_the_thread_is_a_follow_up_not_a_decision(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CASK")
    root = recommend(sender, slack, channel)
    reply = decide(sender, slack, channel, root, "should we go with prompting?", count=1)
    assert "Recorded" not in reply.all_text()
    run = advisor(server, "decisions", "list", "--json")
    assert not [r for r in json.loads(run.stdout) if r["channel_id"] == channel]


def test_the_record_decision_control_opens_a_modal_and_records_with_a_note(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CBUTTON")
    root = recommend(sender, slack, channel)
    click = {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "user": {"id": USER, "team_id": TEAM_ID},
        "channel": {"id": channel},
        "container": {"type": "message", "message_ts": root.ts, "channel_id": channel},
        "message": {"ts": root.ts, "type": "message"},
        "trigger_id": unique("trigger."),
        "actions": [{"action_id": RECORD_ACTION, "block_id": "record_decision", "value": "record"}],
    }
    assert sender.interaction(click).status_code == 200
    opened = slack.wait_for_calls(
        "views.open", where=lambda c: RECORD_CALLBACK in json.dumps(c.params), timeout=30
    )[-1]
    view = opened.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    submission = {
        "type": "view_submission",
        "team": {"id": TEAM_ID},
        "user": {"id": USER},
        "view": {
            "id": unique("V"),
            "type": "modal",
            "callback_id": RECORD_CALLBACK,
            "private_metadata": view["private_metadata"],
            "state": {
                "values": {
                    "approach": {
                        "value": {
                            "type": "static_select",
                            "selected_option": {"value": "prompt-then-fine-tune"},
                        }
                    },
                    "note": {
                        "value": {"type": "plain_text_input", "value": "<!channel> pilot first"}
                    },
                }
            },
        },
    }
    assert sender.interaction(submission).status_code == 200, server.log()[-3000:]
    confirmation = wait_posts(slack, channel, 1, where=lambda c: c.params.get("thread_ts"))[-1]
    assert "Prompt now, fine-tune later" in confirmation.all_text()
    assert live_broadcast(confirmation.all_text().replace(f"<@{USER}>", "")) is None

    # The note is echoed by the digest preview, escaped.
    slack.user_zones[USER] = "Asia/Tokyo"
    assert sender.command("digest daily 08:30", channel=channel).status_code == 200
    assert "(Asia/Tokyo)" in ephemeral(slack, channel)[0].all_text()
    assert sender.command("digest now", channel=channel).status_code == 200
    preview = ephemeral(slack, channel, 2)[1]
    assert preview.params["user"] == USER
    text = preview.all_text()
    assert "&lt;!channel&gt; pilot first" in text  # echoed, never a live broadcast
    assert "<!" not in text
    assert channel_posts(slack, channel, threaded=False) == [root]  # a preview is not posted

    assert sender.command("digest off", channel=channel).status_code == 200
    assert "off" in ephemeral(slack, channel, 3)[2].all_text()


def test_app_home_shows_recommendations_decisions_and_digests(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CHOME")
    root = recommend(sender, slack, channel)
    decide(sender, slack, channel, root, "decided: prompting", count=1)
    assert (
        sender.command("digest weekly fri 16:00 Europe/Berlin", channel=channel).status_code == 200
    )
    ephemeral(slack, channel)
    event = {"type": "app_home_opened", "user": USER, "channel": "D0HOME", "tab": "home"}
    assert sender.event(event).status_code == 200
    published = slack.wait_for_calls(
        "views.publish", where=lambda c: c.params.get("user_id") == USER, timeout=30
    )[-1]
    view = published.params["view"]
    text = json.dumps(json.loads(view) if isinstance(view, str) else view)
    assert "Brand voice assistant" in text
    assert "Your recent recommendations" in text and "recent decisions" in text
    assert "weekly on Fri at 16:00 (Europe/Berlin)" in text


def test_following_the_advice_records_the_recommended_approach(
    sender: SlackSender, slack: FakeSlack, server: ServerProcess
) -> None:
    channel = unique("CFOLLOW")
    root = recommend(sender, slack, channel)
    reply = decide(sender, slack, channel, root, "ok, we'll follow the recommendation", count=1)
    assert "Recorded" in reply.all_text()
    run = advisor(server, "decisions", "list", "--json")
    [mine] = [r for r in json.loads(run.stdout) if r["channel_id"] == channel]
    assert mine["chosen_approach"] == mine["recommended_approach"]
    assert mine["against_advice"] is False
