"""The app manifest asks for exactly what the app uses."""

from __future__ import annotations

from pathlib import Path

import yaml

from integrations.slack import app as slack_app
from integrations.slack import messages
from integrations.slack.server import EVENTS_PATH

MANIFEST = Path(slack_app.__file__).with_name("manifest.yaml")


def load() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(MANIFEST.read_text())


def test_command_events_and_interactivity_match_the_app() -> None:
    manifest = load()
    commands = manifest["features"]["slash_commands"]
    assert [c["command"] for c in commands] == [slack_app.COMMAND]
    settings = manifest["settings"]
    assert sorted(settings["event_subscriptions"]["bot_events"]) == [
        "app_home_opened",
        "app_mention",
        "assistant_thread_started",  # the agent panel's suggested prompts
        "message.channels",
        "message.groups",
        "message.im",  # direct messages, and messages in the agent panel's threads
    ]
    assert settings["interactivity"]["is_enabled"] is True
    urls = [
        commands[0]["url"],
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    ]
    assert all(url.endswith(EVENTS_PATH) for url in urls)


def test_scopes_are_exactly_those_used() -> None:
    scopes = load()["oauth_config"]["scopes"]
    assert set(scopes) == {"bot"}
    assert sorted(scopes["bot"]) == sorted(
        [
            "commands",  # /advise
            "chat:write",  # chat.postMessage, chat.postEphemeral
            "app_mentions:read",  # app_mention
            "channels:history",  # message.channels
            "groups:history",  # message.groups
            "im:history",  # message.im
            "assistant:write",  # assistant.threads.setSuggestedPrompts, setStatus, setTitle
            "reactions:write",  # the working indicator
            "files:write",  # files.getUploadURLExternal, files.completeUploadExternal
            "users:read",  # users.info: the default time zone of a digest
        ]
    )


def test_the_home_tab_is_enabled_for_app_home_opened() -> None:
    assert load()["features"]["app_home"]["home_tab_enabled"] is True


def test_direct_messages_and_the_agent_panel_are_enabled() -> None:
    features = load()["features"]
    assert features["app_home"]["messages_tab_enabled"] is True
    assert features["app_home"]["messages_tab_read_only_enabled"] is False
    panel = features["assistant_view"]
    assert panel["assistant_description"].strip()
    # The prompts shown before a thread starts are those set when it starts.
    offered = [(p["title"], p["message"]) for p in panel["suggested_prompts"]]
    assert offered == list(messages.PANEL_PROMPTS)
