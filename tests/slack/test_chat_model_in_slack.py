"""The optional chat model behind the real Slack app: the ack never waits on it, its values
are marked in the posted answer, and a model that does not answer changes nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.slack.fake_slack import FakeSlack
from tests.slack.server_process import SIGNING_SECRET, ServerProcess, start_server
from tests.slack.signing import SlackSender, unique

pytestmark = pytest.mark.slow

FAKES = "tests.integrations.fake_models"
# The parser reads the timeline here but neither the field nor the volume.
STORE = (
    "Need something for the store; traffic is around 2000 visitors hitting it daily; "
    "go-live before the holidays, 6 weeks out"
)
NOTE = "Read with the help of the chat model"


def serve_with(
    slack: FakeSlack, tmp_path: Path, env: dict[str, str]
) -> Iterator[tuple[ServerProcess, SlackSender]]:
    server = start_server(
        slack_api_url=slack.api_url, database_url=f"sqlite:///{tmp_path / 'a.db'}", extra_env=env
    )
    sender = SlackSender(server.base_url, SIGNING_SECRET, response_url=slack.response_url())
    try:
        yield server, sender
    finally:
        sender.close()
        code = server.stop()
        log = server.log()
        server.log_path.unlink(missing_ok=True)
        assert code == 0, log


def posted(slack: FakeSlack, channel: str, *, timeout: float) -> str:
    calls = slack.wait_for_calls(
        "chat.postMessage", where=lambda c: c.params.get("channel") == channel, timeout=timeout
    )
    return calls[0].all_text()


def test_model_values_are_marked_in_the_posted_answer(slack: FakeSlack, tmp_path: Path) -> None:
    env = {
        "ADVISOR_CHAT_MODEL": f"{FAKES}:reading_model",
        "ADVISOR_TEST_FACTS": json.dumps({"domain": "ecommerce", "monthly_requests": 60000}),
    }
    for _server, sender in serve_with(slack, tmp_path, env):
        channel = unique("CLLM")
        assert sender.command(STORE, channel=channel).status_code == 200
        text = posted(slack, channel, timeout=20)
        assert NOTE in text
        assert "monthly_requests = 60000" in text


def test_a_model_that_never_answers_delays_nothing_but_itself(
    slack: FakeSlack, tmp_path: Path
) -> None:
    env = {"ADVISOR_CHAT_MODEL": f"{FAKES}:slow_model", "ADVISOR_CHAT_TIMEOUT": "1"}
    for server, sender in serve_with(slack, tmp_path, env):
        channel = unique("CSLOW")
        started = time.perf_counter()
        assert sender.command(STORE, channel=channel).status_code == 200
        assert time.perf_counter() - started < 3  # the ack never waits on the model
        text = posted(slack, channel, timeout=20)
        assert NOTE not in text and "*Understood:*" in text
        assert "no reply within 1.0 s" in server.log()
