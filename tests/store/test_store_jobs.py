"""The job queue: kept once per key, claimed by one owner at a time, fair per channel,
and a dead owner's jobs claimed again (on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from integrations.store import JobQueue, Store

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LEASE = timedelta(seconds=20)


def add(queue: JobQueue, key: str, channel: str = "C1", at: datetime = T0) -> bool:
    return queue.enqueue(
        key=key, team_id="T1", channel_id=channel, kind="command", payload=key, now=at
    )


def test_a_key_is_kept_once(store: Store) -> None:
    queue = JobQueue(store)
    assert add(queue, "req:a") is True
    assert add(queue, "req:a") is False
    assert queue.counts().queued == 1


def test_a_claimed_job_is_nobody_elses_until_its_lease_runs_out(store: Store) -> None:
    queue = JobQueue(store)
    add(queue, "req:a")
    first = queue.claim(owner="one", now=T0, lease=LEASE)
    assert first is not None and first.payload == "req:a" and first.attempts == 1
    assert queue.claim(owner="two", now=T0 + LEASE / 2, lease=LEASE) is None
    again = queue.claim(owner="two", now=T0 + LEASE * 2, lease=LEASE)
    assert again is not None and again.id == first.id and again.attempts == 2
    # The first owner lost it: its completion is refused, the second's is kept.
    assert queue.complete(first.id, owner="one", now=T0 + LEASE * 2) is False
    assert queue.complete(first.id, owner="two", now=T0 + LEASE * 2) is True
    assert queue.claim(owner="three", now=T0 + LEASE * 10, lease=LEASE) is None


def test_a_renewed_lease_keeps_the_job(store: Store) -> None:
    queue = JobQueue(store)
    add(queue, "req:a")
    assert queue.claim(owner="one", now=T0, lease=LEASE) is not None
    assert queue.renew(owner="one", now=T0 + LEASE / 2, lease=LEASE) == 1
    assert queue.claim(owner="two", now=T0 + LEASE * 1.2, lease=LEASE) is None


def test_released_jobs_are_claimed_again_at_once(store: Store) -> None:
    queue = JobQueue(store)
    add(queue, "req:a")
    claimed = queue.claim(owner="one", now=T0, lease=LEASE)
    assert claimed is not None
    assert queue.release(owner="one") == 1
    again = queue.claim(owner="two", now=T0, lease=LEASE)
    assert again is not None and again.id == claimed.id


def test_one_job_per_channel_at_a_time_and_channels_take_turns(store: Store) -> None:
    queue = JobQueue(store)
    for n in range(3):
        add(queue, f"req:slow{n}", channel="CSLOW")
    add(queue, "req:other", channel="COTHER")
    first = queue.claim(owner="w", now=T0, lease=LEASE)
    second = queue.claim(owner="w", now=T0, lease=LEASE)
    assert first is not None and first.channel_id == "CSLOW"
    assert second is not None and second.channel_id == "COTHER"
    assert queue.claim(owner="w", now=T0, lease=LEASE) is None  # CSLOW is busy
    queue.complete(first.id, owner="w", now=T0)
    third = queue.claim(owner="w", now=T0, lease=LEASE)
    assert third is not None and third.payload == "req:slow1"


def test_concurrent_claimers_never_share_a_job(store: Store) -> None:
    queue = JobQueue(store)
    for n in range(30):
        add(queue, f"req:{n}", channel=f"C{n}")
    taken: list[int] = []
    lock = threading.Lock()

    def claimer(name: str) -> None:
        while (job := queue.claim(owner=name, now=T0, lease=LEASE)) is not None:
            with lock:
                taken.append(job.id)

    threads = [threading.Thread(target=claimer, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(taken) == 30 and len(set(taken)) == 30


def test_finished_jobs_are_pruned_but_waiting_ones_kept(store: Store) -> None:
    queue = JobQueue(store)
    add(queue, "req:done")
    add(queue, "req:waiting", channel="C2")
    done = queue.claim(owner="w", now=T0, lease=LEASE)
    assert done is not None
    queue.complete(done.id, owner="w", now=T0)
    assert queue.prune(older_than=T0 + timedelta(days=1)) == 1
    assert queue.counts().queued == 1
