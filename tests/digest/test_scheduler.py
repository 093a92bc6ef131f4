"""``advisor serve``'s scheduler thread: posts what is due on its own, and stops promptly."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from integrations.slack.client import web_client
from integrations.slack.digest_runner import DigestRunner
from integrations.slack.scheduler import DigestScheduler
from integrations.store import Store
from tests.digest.helpers import new_decision, subscribe
from tests.slack.fake_slack import FakeSlack
from tests.slack.server_process import BOT_TOKEN

DUE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def test_the_scheduler_posts_a_due_digest_once_and_stops(store: Store, slack: FakeSlack) -> None:
    subscribe(store, "daily 09:00 UTC", at=DUE - timedelta(days=1))
    store.record_decision(new_decision(1, title="Scheduled one"), now=DUE - timedelta(hours=1))
    runner = DigestRunner(store=store, client=web_client(token=BOT_TOKEN, base_url=slack.api_url))
    clock = iter(DUE + timedelta(seconds=s) for s in range(10_000))
    scheduler = DigestScheduler(runner, clock=lambda: next(clock), interval=0.05)
    scheduler.start()
    posts = slack.wait_for_calls("chat.postMessage", timeout=20)
    deadline = time.monotonic() + 20
    while scheduler.ticks < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    scheduler.stop()
    assert time.monotonic() - started < 5
    assert scheduler.ticks >= 5
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert "Scheduled one" in posts[0].all_text()


def test_an_interval_must_be_positive(store: Store, slack: FakeSlack) -> None:
    runner = DigestRunner(store=store, client=web_client(token=BOT_TOKEN, base_url=slack.api_url))
    with pytest.raises(ValueError, match="positive"):
        DigestScheduler(runner, clock=lambda: DUE, interval=0)
