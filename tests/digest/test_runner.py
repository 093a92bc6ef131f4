"""The digest runner in one process, against the fake Slack Web API over HTTP, on both
stores: one digest per period, one catch-up, daylight-saving days, workspaces apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant import Approach
from integrations.slack.client import web_client
from integrations.slack.digest_runner import DigestRunner, Outcome
from integrations.store import Store
from tests.digest.helpers import new_decision, subscribe
from tests.slack.fake_slack import FakeSlack
from tests.slack.server_process import BOT_TOKEN

# Monday 2 March 2026, 09:00 in Berlin is 08:00 UTC.
MONDAY_9_BERLIN = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def runner(store: Store, slack: FakeSlack) -> DigestRunner:
    client = web_client(token=BOT_TOKEN, base_url=slack.api_url)
    return DigestRunner(store=store, client=client, sleep=lambda _s: None)


def posts(slack: FakeSlack, channel: str | None = None) -> list[str]:
    return [
        c.all_text()
        for c in slack.calls_to("chat.postMessage")
        if channel is None or c.params.get("channel") == channel
    ]


def test_a_due_digest_is_posted_once_and_names_the_decisions(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    sub = subscribe(store, "weekly mon 09:00 Europe/Berlin", at=MONDAY_9_BERLIN - timedelta(days=3))
    store.record_decision(
        new_decision(1, title="Support bot"), now=MONDAY_9_BERLIN - timedelta(days=2)
    )
    store.record_decision(
        new_decision(2, chosen=Approach.PROMPTING, title="Ad copy"),
        now=MONDAY_9_BERLIN - timedelta(days=1),
    )
    first = runner.run_due(now=MONDAY_9_BERLIN)
    again = runner.run_due(now=MONDAY_9_BERLIN + timedelta(minutes=5))
    assert [o.outcome for o in first] == [Outcome.POSTED]
    assert [o.outcome for o in again] == [Outcome.DONE]
    [text] = posts(slack)
    assert "Support bot" in text and "Ad copy" in text
    assert "1 × Prompting" in text and "1 × Fine-tuning" in text
    assert "$25.00" in text  # two decisions at $12.50 a month
    assert "Against the recommendation* (1)" in text
    [run] = store.digest_runs(schedule_id=sub.id)
    assert run["message_ts"] == slack.calls_to("chat.postMessage")[0].ts


def test_an_empty_period_posts_nothing(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "daily 08:30 Europe/Berlin", at=MONDAY_9_BERLIN - timedelta(days=1))
    assert [o.outcome for o in runner.run_due(now=MONDAY_9_BERLIN)] == [Outcome.EMPTY]
    assert posts(slack) == []


def test_nothing_is_due_before_the_first_slot_after_subscribing(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "weekly mon 09:00 Europe/Berlin", at=MONDAY_9_BERLIN + timedelta(hours=1))
    store.record_decision(new_decision(1), now=MONDAY_9_BERLIN + timedelta(hours=2))
    assert [o.outcome for o in runner.run_due(now=MONDAY_9_BERLIN + timedelta(days=6))] == [
        Outcome.NOT_DUE
    ]
    assert [o.outcome for o in runner.run_due(now=MONDAY_9_BERLIN + timedelta(weeks=1))] == [
        Outcome.POSTED
    ]


def test_a_week_of_downtime_gives_one_catch_up_digest(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "daily 09:00 Europe/Berlin", at=MONDAY_9_BERLIN - timedelta(hours=1))
    store.record_decision(new_decision(1), now=MONDAY_9_BERLIN - timedelta(minutes=30))
    assert [o.outcome for o in runner.run_due(now=MONDAY_9_BERLIN)] == [Outcome.POSTED]
    # Everything is down for a week; decisions were recorded meanwhile by another path.
    for day in range(1, 7):
        store.record_decision(
            new_decision(10 + day), now=MONDAY_9_BERLIN + timedelta(days=day, hours=1)
        )
    back = MONDAY_9_BERLIN + timedelta(days=7, hours=3)
    assert [o.outcome for o in runner.run_due(now=back)] == [Outcome.POSTED]
    assert [o.outcome for o in runner.run_due(now=back + timedelta(minutes=1))] == [Outcome.DONE]
    catch_up = posts(slack)[1]
    assert "*6 decisions*" in catch_up  # the whole week, in one digest
    assert len(posts(slack)) == 2


@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Europe/Berlin", date(2026, 3, 29)),
        ("Europe/Berlin", date(2026, 10, 25)),
        ("America/New_York", date(2026, 3, 8)),
        ("America/New_York", date(2026, 11, 1)),
    ],
)
@pytest.mark.parametrize("at", ["02:30", "09:00"])
def test_one_digest_per_day_across_a_daylight_saving_change(
    store: Store, runner: DigestRunner, slack: FakeSlack, zone: str, change: date, at: str
) -> None:
    tz = ZoneInfo(zone)
    begin = datetime.combine(change - timedelta(days=2), datetime.min.time(), tz).astimezone(UTC)
    subscribe(store, f"daily {at} {zone}", at=begin)
    # A decision every 6 hours, and a run every 30 minutes, for four days.
    for step in range(4 * 24 * 2):
        now = begin + timedelta(minutes=30 * step)
        if step % 12 == 0:
            store.record_decision(new_decision(step), now=now)
        runner.run_due(now=now)
    assert len(slack.calls_to("chat.postMessage")) == 4
    runs = store.digest_runs(schedule_id=store.digests()[0].id)
    local_days = [r["due_at"].astimezone(tz).date() for r in runs]
    assert local_days == sorted(set(local_days))
    assert len(local_days) == 4
    assert all(r["message_ts"] for r in runs)


def test_two_workspaces_never_see_each_others_decisions(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    for team in ("T1", "T2"):
        subscribe(store, "daily 09:00 UTC", team_id=team, at=MONDAY_9_BERLIN - timedelta(days=1))
    store.record_decision(new_decision(1, team_id="T1", title="Alpha secret"), now=MONDAY_9_BERLIN)
    store.record_decision(new_decision(2, team_id="T2", title="Beta secret"), now=MONDAY_9_BERLIN)
    outcomes = runner.run_due(now=MONDAY_9_BERLIN + timedelta(hours=2))
    assert sorted(o.outcome for o in outcomes) == [Outcome.POSTED, Outcome.POSTED]
    texts = posts(slack)
    assert len(texts) == 2
    assert sum("Alpha secret" in t for t in texts) == 1
    assert all(not ("Alpha secret" in t and "Beta secret" in t) for t in texts)


def test_decisions_due_for_revisit_are_listed_once(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "weekly mon 09:00 Europe/Berlin", at=MONDAY_9_BERLIN - timedelta(weeks=3))
    store.record_decision(
        new_decision(1, title="Legal summaries", revisit_on=date(2026, 3, 4)),
        now=MONDAY_9_BERLIN - timedelta(weeks=2, days=1),
    )
    runner.run_due(now=MONDAY_9_BERLIN - timedelta(weeks=2))
    runner.run_due(now=MONDAY_9_BERLIN - timedelta(weeks=1))  # nothing new: no post
    runner.run_due(now=MONDAY_9_BERLIN + timedelta(weeks=1))  # revisit date in the period
    runner.run_due(now=MONDAY_9_BERLIN + timedelta(weeks=2))
    texts = posts(slack)
    assert len(texts) == 2
    assert "Due for revisit" not in texts[0]
    assert "Due for revisit* (1)" in texts[1] and "Legal summaries" in texts[1]


def test_a_claim_whose_post_went_out_is_recovered_not_posted_again(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    sub = subscribe(store, "daily 09:00 UTC", at=MONDAY_9_BERLIN - timedelta(days=1))
    store.record_decision(new_decision(1), now=MONDAY_9_BERLIN)
    due = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    # A process claimed and posted, then died before recording the ts.
    claim = store.claim_digest(
        subscription=sub, due_at=due, period_start=due - timedelta(days=1), now=due
    )
    assert claim is not None
    runner._post(sub, claim, runner.preview(sub, now=due) or pytest.fail("empty"))
    assert len(posts(slack)) == 1
    later = runner.run_due(now=due + timedelta(minutes=1))  # the lease still holds
    assert [o.outcome for o in later] == [Outcome.TAKEN]
    after_lease = runner.run_due(now=due + runner.lease + timedelta(seconds=1))
    assert [o.outcome for o in after_lease] == [Outcome.RECOVERED]
    assert len(posts(slack)) == 1


def test_a_decision_recorded_late_for_a_period_is_still_posted_once(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "daily 09:00 UTC", at=MONDAY_9_BERLIN - timedelta(days=1))
    due = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert [o.outcome for o in runner.run_due(now=due)] == [Outcome.EMPTY]
    store.record_decision(new_decision(1, title="Late one"), now=due - timedelta(minutes=1))
    assert [o.outcome for o in runner.run_due(now=due)] == [Outcome.POSTED]
    assert [o.outcome for o in runner.run_due(now=due)] == [Outcome.DONE]
    assert len(posts(slack)) == 1 and "Late one" in posts(slack)[0]


def test_slack_failures_are_retried_and_a_lasting_one_leaves_the_period_to_the_next_run(
    store: Store, runner: DigestRunner, slack: FakeSlack
) -> None:
    subscribe(store, "daily 09:00 UTC", at=MONDAY_9_BERLIN - timedelta(days=1))
    store.record_decision(new_decision(1), now=MONDAY_9_BERLIN)
    due = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    slack.bot_not_in("C1")
    assert [o.outcome for o in runner.run_due(now=due)] == [Outcome.FAILED]
    assert posts(slack) == []
    slack.reset()
    slack.fail_next("chat.postMessage", times=1, status=200, error="internal_error")
    assert [o.outcome for o in runner.run_due(now=due + timedelta(minutes=5))] == [Outcome.POSTED]
    assert len(posts(slack)) == 1
    assert len(slack.calls_to("chat.postMessage", ok=False)) == 1  # retried once, then posted
