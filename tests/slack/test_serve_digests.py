"""``advisor serve`` posts due digests on its own, once, even as two replicas sharing one
database (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from integrations.store import Store
from tests.conftest_store import database_url, postgres_url, sqlite_url
from tests.digest.helpers import new_decision, subscribe
from tests.slack.fake_slack import TEAM_ID, FakeSlack
from tests.slack.server_process import start_server

__all__ = ["database_url", "postgres_url", "sqlite_url"]

pytestmark = pytest.mark.slow


def test_two_replicas_post_a_due_digest_once(database_url: str) -> None:
    now = datetime.now(UTC)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with Store.from_url(database_url) as store:
        store.migrate()
        subscribe(
            store,
            "daily 00:00 UTC",
            team_id=TEAM_ID,
            channel_id="CSERVE",
            at=midnight - timedelta(days=2),
        )
        store.record_decision(
            new_decision(1, team_id=TEAM_ID, channel_id="CSERVE", title="Posted by serve"),
            now=midnight - timedelta(hours=1),
        )
    with FakeSlack() as slack:
        servers = [
            start_server(
                slack_api_url=slack.api_url,
                database_url=database_url,
                extra_env={"ADVISOR_DIGEST_INTERVAL": "0.5"},
            )
            for _ in range(2)
        ]
        try:
            posted = slack.wait_for_calls(
                "chat.postMessage", where=lambda c: c.params.get("channel") == "CSERVE", timeout=60
            )
            time.sleep(3)  # several more ticks of both schedulers
            posted = [
                c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == "CSERVE"
            ]
        finally:
            codes = [server.stop() for server in servers]
        assert codes == [0, 0]
    assert len(posted) == 1
    assert "Posted by serve" in posted[0].all_text()
