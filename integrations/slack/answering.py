"""The answering loop: claim a job, answer it on a free thread, mark it done; repeat.

    loop = AnswerLoop(queue=JobQueue(store), run=answer, owner="host:1234:1", workers=8)
    loop.run(stop_event, grace=10)     # returns once stopped; in-flight jobs handed back

Guarantees:

- **Isolation**: each job runs inside its own ``try``; an error is logged with the job
  and the loop goes on. A store that fails is retried with a pause, never a dead loop.
  Every thread of the loop is guarded the same way.
- **Fairness**: at most one job per channel at a time (the queue's claim skips busy
  channels), so a channel waiting out a rate limit holds one thread, not all of them.
- **Leases**: while jobs run, their leases are renewed; when this process dies they run
  out and any replica claims the jobs again. A job claimed ``MAX_ATTEMPTS`` times without
  finishing is given up on (a request that kills its answering process must not kill
  every one after it).
- **Shutdown**: once ``stop`` is set nothing new is claimed; jobs still running after
  ``grace`` seconds are handed back to the queue for another process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from integrations.slack.deadlines import on_answer_posted
from integrations.slack.health import OK, Health
from integrations.store import DEFAULT_JOB_LEASE, ClaimedJob, JobQueue, StoreError

#: Seconds between looks at the queue when it was empty.
POLL_INTERVAL = 0.05
#: Seconds to pause after the store failed, before trying again.
STORE_RETRY = 0.5
MAX_ATTEMPTS = 3
#: Seconds between log lines about the same store failure.
_LOG_EVERY = 10.0


def utc_now() -> datetime:
    return datetime.now(UTC)


class AnswerLoop:
    def __init__(
        self,
        *,
        queue: JobQueue,
        run: Callable[[ClaimedJob], None],
        owner: str,
        workers: int,
        stall_after: float,
        lease: timedelta = DEFAULT_JOB_LEASE,
        logger: logging.Logger | None = None,
    ) -> None:
        self._queue = queue
        self._run_job = run
        self.owner = owner
        self._workers = workers
        self._lease = lease
        self._stall_after = stall_after
        self._log = logger or logging.getLogger("advisor.slack")
        self._running: dict[int, str] = {}  # job id -> channel
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._progress = time.monotonic()  # the last time the loop was free to take a job
        self._store_error: str | None = None
        self._last_logged = 0.0

    # --- what /healthz reads ---------------------------------------------------------

    def health(self) -> Health:
        """Whether the loop is taking jobs: its store answers and it is not stuck."""
        if self._store_error is not None:
            return Health(
                ok=False, reason=f"the answering side cannot reach the store: {self._store_error}"
            )
        stalled = time.monotonic() - self._progress
        if stalled > self._stall_after:
            return Health(
                ok=False,
                reason=f"all {self._workers} answering threads busy for {stalled:.0f} s",
            )
        return OK

    # --- the loop --------------------------------------------------------------------

    def run(self, stop: threading.Event, *, grace: float) -> None:
        renewer = threading.Thread(
            target=self._renew_leases, args=(stop,), name="job-leases", daemon=True
        )
        renewer.start()
        pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="answer")
        try:
            while not stop.is_set():
                try:
                    self._step(pool, stop)
                except Exception:  # the loop itself must never die
                    self._log.exception("the answering loop failed; going on")
                    stop.wait(STORE_RETRY)
        finally:
            self._finish(pool, grace)

    def _step(self, pool: ThreadPoolExecutor, stop: threading.Event) -> None:
        with self._lock:
            if len(self._running) >= self._workers:
                self._idle.wait(POLL_INTERVAL * 4)
                return
            busy = frozenset(self._running.values())
        self._progress = time.monotonic()
        try:
            job = self._queue.claim(
                owner=self.owner, now=utc_now(), lease=self._lease, busy_channels=busy
            )
        except StoreError as error:
            self._store_failed(error)
            stop.wait(STORE_RETRY)
            return
        self._store_error = None
        if job is None:
            stop.wait(POLL_INTERVAL)
            return
        with self._lock:
            self._running[job.id] = job.channel_id
        pool.submit(self._answer, job)

    def _answer(self, job: ClaimedJob) -> None:
        failed = True
        completed = threading.Event()

        def complete(failed: bool = False) -> None:
            if not completed.is_set():
                completed.set()
                self._complete(job, failed=failed)

        try:
            if job.attempts > MAX_ATTEMPTS:
                self._log.error(
                    "job %d (%s in %s) given up after %d attempts",
                    job.id,
                    job.kind,
                    job.channel_id,
                    job.attempts - 1,
                )
            else:
                # Done the moment its answer is posted: what follows (storing the thread,
                # the chart) must not make a crash answer it twice.
                with on_answer_posted(complete):
                    self._run_job(job)
                failed = False
        except Exception:
            self._log.exception("job %d (%s in %s) failed", job.id, job.kind, job.channel_id)
        finally:
            complete(failed=failed)
            with self._lock:
                self._running.pop(job.id, None)
                self._idle.notify_all()

    def _complete(self, job: ClaimedJob, *, failed: bool) -> None:
        try:
            if not self._queue.complete(job.id, owner=self.owner, now=utc_now(), failed=failed):
                self._log.warning("job %d was no longer ours when it finished", job.id)
        except StoreError as error:
            # Its lease runs out and it is answered again: a duplicate, never a loss.
            self._log.error("could not mark job %d done: %s", job.id, error)

    def _renew_leases(self, stop: threading.Event) -> None:
        every = self._lease.total_seconds() / 4
        while not stop.wait(every):
            try:
                with self._lock:
                    if not self._running:
                        continue
                self._queue.renew(owner=self.owner, now=utc_now(), lease=self._lease)
            except Exception as error:  # the next round tries again
                self._log.error("could not renew job leases: %s", error)

    def _finish(self, pool: ThreadPoolExecutor, grace: float) -> None:
        """Let running jobs finish for ``grace`` seconds, then hand the rest back."""
        deadline = time.monotonic() + grace
        with self._lock:
            while self._running and time.monotonic() < deadline:
                self._idle.wait(deadline - time.monotonic())
            left = list(self._running)
        if left:
            try:
                handed = self._queue.release(owner=self.owner, job_ids=left)
                self._log.warning(
                    "%d job(s) still running after %.0f s handed back to the queue",
                    handed,
                    grace,
                )
            except StoreError as error:
                self._log.error("could not hand jobs back (their leases run out): %s", error)
        pool.shutdown(wait=False, cancel_futures=True)

    def _store_failed(self, error: StoreError) -> None:
        self._store_error = str(error).split("\n")[0]
        now = time.monotonic()
        if now - self._last_logged >= _LOG_EVERY:
            self._last_logged = now
            self._log.error("cannot take jobs: %s", self._store_error)

    @property
    def running(self) -> int:
        with self._lock:
            return len(self._running)
