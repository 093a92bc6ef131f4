"""``advisor digest run`` as real processes, on SQLite and PostgreSQL: several at the same
instant, one killed mid-run; and two processes recording decisions at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from integrations.store import Store
from integrations.store.digest_queries import DIGEST_LEASE
from tests.digest.helpers import ROOT, digest_env, digest_run, finished, new_decision, subscribe
from tests.slack.fake_slack import FakeSlack

MONDAY_9_UTC = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CHANNELS = ("C1", "C2", "C3", "C4")

pytestmark = pytest.mark.slow


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def prepare(store: Store) -> None:
    """Four channels with a digest due at MONDAY_9_UTC, one with nothing to say."""
    for i, channel in enumerate(CHANNELS):
        subscribe(store, "daily 09:00 UTC", channel_id=channel, at=MONDAY_9_UTC - timedelta(days=1))
        if channel != "C4":
            store.record_decision(
                new_decision(i, channel_id=channel, title=f"Project in {channel}"),
                now=MONDAY_9_UTC - timedelta(hours=1),
            )


def posted_channels(slack: FakeSlack) -> list[str]:
    return sorted(str(c.params.get("channel")) for c in slack.calls_to("chat.postMessage"))


def test_three_processes_at_the_same_instant_post_each_digest_once(
    store: Store, database_url: str, slack: FakeSlack
) -> None:
    prepare(store)
    env = digest_env(database_url=database_url, slack_api_url=slack.api_url)
    processes = [digest_run(MONDAY_9_UTC, env) for _ in range(3)]
    results = [finished(p) for p in processes]
    assert all(code == 0 for code, _out, _err in results), results
    assert posted_channels(slack) == ["C1", "C2", "C3"]
    # Each process reports what it posted; together, each channel once.
    lines = [line for _c, out, _e in results for line in out.splitlines()]
    assert sorted(line.split("\t")[2] for line in lines) == ["C1", "C2", "C3"]
    # And again, later in the same period: nothing more.
    code, _out, err = finished(digest_run(MONDAY_9_UTC + timedelta(hours=1), env))
    assert code == 0, err
    assert posted_channels(slack) == ["C1", "C2", "C3"]


def test_a_run_killed_between_claim_and_post_is_posted_once_by_the_next(
    store: Store, database_url: str, slack: FakeSlack
) -> None:
    subscribe(store, "daily 09:00 UTC", at=MONDAY_9_UTC - timedelta(days=1))
    store.record_decision(new_decision(1, title="Killed mid-run"), now=MONDAY_9_UTC)
    env = digest_env(database_url=database_url, slack_api_url=slack.api_url)
    slack.hold("chat.postMessage")
    victim = digest_run(MONDAY_9_UTC, env)
    slack.wait_until_held()  # claimed, and its post is on the wire
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=10)  # reaped, its pipes closed
    slack.drop_held()  # that post never reached Slack
    assert posted_channels(slack) == []
    # Within the lease the dead claim still stands: nobody posts twice meanwhile.
    code, _out, err = finished(digest_run(MONDAY_9_UTC + timedelta(minutes=1), env))
    assert code == 0, err
    assert posted_channels(slack) == []
    after_lease = MONDAY_9_UTC + DIGEST_LEASE + timedelta(seconds=1)
    for _ in range(2):
        code, _out, err = finished(digest_run(after_lease, env))
        assert code == 0, err
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 1 and "Killed mid-run" in posts[0].all_text()
    [run] = store.digest_runs(schedule_id=store.digests()[0].id)
    assert run["attempts"] == 2 and run["message_ts"] == posts[0].ts


_RECORDER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from integrations.store import Store
    from tests.digest.helpers import new_decision

    url, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = Store.from_url(url)
    start = datetime(2026, 3, 2, tzinfo=UTC)
    for n in range(first, first + count):
        store.record_decision(
            new_decision(n, channel_id=f"C{n % 7}"), now=start + timedelta(seconds=n)
        )
    store.close()
    """
)


def test_two_processes_recording_a_thousand_decisions_lose_none(
    store: Store, database_url: str
) -> None:
    def recorder(first: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-c", _RECORDER, database_url, str(first), "500"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    processes = [recorder(0), recorder(500)]
    for process in processes:
        code, _out, err = finished(process, timeout=300)
        assert code == 0, err
    kept = list(store.iter_decisions())
    assert len(kept) == 1000
    assert len({d.source_key for d in kept}) == 1000
