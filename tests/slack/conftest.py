"""Fixtures for the Slack tests: the fake Slack Web API, and ``advisor serve --http``
running against it as a real process, shared by the tests of a module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.slack.fake_slack import FakeSlack
from tests.slack.server_process import SIGNING_SECRET, ServerProcess, start_server
from tests.slack.signing import SlackSender


@pytest.fixture(scope="module")
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture(scope="module")
def server(slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    database = Path(tmp_path_factory.mktemp("slack-db")) / "advisor.db"
    process = start_server(
        slack_api_url=slack.api_url,
        database_url=f"sqlite:///{database}",
        # Show the working indicator on every answer, so every scenario exercises it.
        extra_env={"ADVISOR_WORKING_INDICATOR_AFTER": "0"},
    )
    yield process
    code = process.stop()
    log = process.log()
    process.log_path.unlink(missing_ok=True)
    assert code == 0, log


@pytest.fixture
def sender(server: ServerProcess, slack: FakeSlack) -> Iterator[SlackSender]:
    client = SlackSender(server.base_url, SIGNING_SECRET, response_url=slack.response_url())
    yield client
    client.close()
