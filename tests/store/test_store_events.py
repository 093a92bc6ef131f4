"""Each Slack event is handled once: claims, leases, release, finish, prune."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone

import pytest

from integrations.store import DEFAULT_LEASE, NaiveTimestampError, Store, StoreError

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=2)


def claim(store: Store, event_id: str, at: datetime, *, team_id: str = "T1") -> bool:
    return store.claim_event(team_id=team_id, event_id=event_id, now=at, lease=LEASE)


def test_a_first_claim_wins_and_a_retry_does_not(store: Store) -> None:
    assert claim(store, "Ev1", T0) is True
    assert claim(store, "Ev1", T0) is False
    assert claim(store, "Ev1", T0 + timedelta(seconds=30)) is False


def test_the_default_lease_is_two_minutes(store: Store) -> None:
    assert timedelta(minutes=2) == DEFAULT_LEASE
    assert store.claim_event(team_id="T1", event_id="Ev1", now=T0) is True
    before = T0 + DEFAULT_LEASE - timedelta(seconds=1)
    assert store.claim_event(team_id="T1", event_id="Ev1", now=before) is False
    at_expiry = T0 + DEFAULT_LEASE
    assert store.claim_event(team_id="T1", event_id="Ev1", now=at_expiry) is True


def test_an_expired_unfinished_claim_can_be_claimed_again_once(store: Store) -> None:
    assert claim(store, "Ev1", T0) is True
    assert claim(store, "Ev1", T0 + LEASE - timedelta(microseconds=1)) is False
    # The first claimer died: its lease runs out and a retry is handled.
    assert claim(store, "Ev1", T0 + LEASE) is True
    # The new claim has its own lease, measured from when it was taken.
    assert claim(store, "Ev1", T0 + LEASE + timedelta(minutes=1)) is False
    assert claim(store, "Ev1", T0 + 2 * LEASE) is True


def test_a_finished_event_is_never_claimed_again(store: Store) -> None:
    assert claim(store, "Ev1", T0) is True
    store.finish_event(team_id="T1", event_id="Ev1", now=T0 + timedelta(seconds=5))
    assert claim(store, "Ev1", T0 + timedelta(seconds=10)) is False
    assert claim(store, "Ev1", T0 + timedelta(days=30)) is False


def test_releasing_a_claim_lets_the_retry_be_handled(store: Store) -> None:
    assert claim(store, "Ev1", T0) is True
    store.release_event(team_id="T1", event_id="Ev1")
    assert claim(store, "Ev1", T0 + timedelta(seconds=1)) is True
    assert claim(store, "Ev1", T0 + timedelta(seconds=2)) is False


def test_releasing_a_finished_event_does_not_reopen_it(store: Store) -> None:
    assert claim(store, "Ev1", T0) is True
    store.finish_event(team_id="T1", event_id="Ev1", now=T0)
    store.release_event(team_id="T1", event_id="Ev1")
    assert claim(store, "Ev1", T0 + timedelta(seconds=1)) is False


def test_releasing_an_unknown_event_is_harmless(store: Store) -> None:
    store.release_event(team_id="T1", event_id="never-seen")
    assert claim(store, "never-seen", T0) is True


def test_finishing_an_unclaimed_event_still_blocks_it(store: Store) -> None:
    store.finish_event(team_id="T1", event_id="Ev1", now=T0)
    assert claim(store, "Ev1", T0 + timedelta(seconds=1)) is False


def test_the_same_event_id_in_two_workspaces_is_two_events(store: Store) -> None:
    assert claim(store, "Ev1", T0, team_id="T1") is True
    assert claim(store, "Ev1", T0, team_id="T2") is True
    store.finish_event(team_id="T1", event_id="Ev1", now=T0)
    store.release_event(team_id="T2", event_id="Ev1")
    assert claim(store, "Ev1", T0, team_id="T1") is False
    assert claim(store, "Ev1", T0, team_id="T2") is True


def test_times_in_any_timezone_compare_as_instants(store: Store) -> None:
    plus_five = timezone(timedelta(hours=5))
    assert claim(store, "Ev1", T0.astimezone(plus_five)) is True
    # One second before expiry, written in another zone: still held.
    almost = (T0 + LEASE - timedelta(seconds=1)).astimezone(timezone(timedelta(hours=-8)))
    assert claim(store, "Ev1", almost) is False
    assert claim(store, "Ev1", (T0 + LEASE).astimezone(plus_five)) is True


def test_naive_times_and_empty_leases_are_refused(store: Store) -> None:
    with pytest.raises(NaiveTimestampError, match="now"):
        store.claim_event(team_id="T1", event_id="Ev1", now=datetime(2025, 3, 1, 12, 0))
    with pytest.raises(NaiveTimestampError, match="now"):
        store.finish_event(team_id="T1", event_id="Ev1", now=datetime(2025, 3, 1))
    with pytest.raises(StoreError, match="lease must be positive"):
        store.claim_event(team_id="T1", event_id="Ev1", now=T0, lease=timedelta(0))
    # Nothing was recorded by the refused calls.
    assert claim(store, "Ev1", T0) is True


def test_eight_threads_claiming_the_same_events_win_each_exactly_once(
    database_url: str, store: Store
) -> None:
    events = [f"Ev{n}" for n in range(40)]
    workers = 8
    start = threading.Barrier(workers)
    stores = [Store.from_url(database_url) for _ in range(workers)]

    def run(worker: Store) -> list[str]:
        start.wait()
        return [event for event in events if claim(worker, event, T0)]

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            won = [event for result in pool.map(run, stores) for event in result]
    finally:
        for worker in stores:
            worker.close()
    assert sorted(won) == sorted(events)


def test_racing_to_take_over_an_expired_claim_lets_one_thread_win(
    database_url: str, store: Store
) -> None:
    assert claim(store, "Ev1", T0) is True
    workers = 8
    start = threading.Barrier(workers)
    stores = [Store.from_url(database_url) for _ in range(workers)]

    def run(worker: Store) -> bool:
        start.wait()
        return claim(worker, "Ev1", T0 + LEASE + timedelta(seconds=1))

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(run, stores))
    finally:
        for worker in stores:
            worker.close()
    assert results.count(True) == 1


def _claim_in_a_process(
    url: str, events: list[str], start: threading.Barrier, won: multiprocessing.Queue[str]
) -> None:
    with Store.from_url(url) as store:
        start.wait()
        for event in events:
            if claim(store, event, T0):
                won.put(event)
    won.put("done")


def test_two_processes_claiming_the_same_events_win_each_exactly_once(
    database_url: str, store: Store
) -> None:
    events = [f"Ev{n}" for n in range(60)]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    won: multiprocessing.Queue[str] = context.Queue()
    processes = [
        context.Process(target=_claim_in_a_process, args=(database_url, events, start, won))
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    claimed: list[str] = []
    finished = 0
    while finished < len(processes):
        item = won.get(timeout=60)
        if item == "done":
            finished += 1
        else:
            claimed.append(item)
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    assert sorted(claimed) == sorted(events)


def test_prune_forgets_old_events_and_keeps_live_claims(store: Store) -> None:
    day = timedelta(days=1)
    assert claim(store, "finished-old", T0) is True
    store.finish_event(team_id="T1", event_id="finished-old", now=T0)
    assert claim(store, "lapsed-old", T0) is True  # never finished, lease long gone
    assert claim(store, "finished-new", T0 + 2 * day) is True
    store.finish_event(team_id="T1", event_id="finished-new", now=T0 + 2 * day)
    assert claim(store, "held", T0 + 2 * day) is True  # a handler is still at work

    removed = store.prune_events(older_than=T0 + day)

    assert removed == 2
    later = T0 + 2 * day + timedelta(seconds=1)
    assert claim(store, "finished-new", later) is False
    assert claim(store, "held", later) is False
    # Forgotten events are new again, which is why older_than must exceed Slack's retries.
    assert claim(store, "finished-old", later) is True
    assert claim(store, "lapsed-old", later) is True
    assert store.prune_events(older_than=T0 + day) == 0


def test_prune_refuses_a_naive_cutoff(store: Store) -> None:
    with pytest.raises(NaiveTimestampError, match="older_than"):
        store.prune_events(older_than=datetime(2025, 1, 1))
