"""``advisor serve``'s digest scheduler: a thread that runs due digests on a timer.

    scheduler = DigestScheduler(runner, clock=utc_now, interval=60)
    scheduler.start()
    ...
    scheduler.stop()        # returns within one run (bounded by the client's timeouts)

Any number of replicas may run one: the store's per-period claim keeps each digest to one
post. A failing run is logged and the next tick tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from integrations.slack.digest_runner import DigestRunner

STOP_TIMEOUT = 30.0


class DigestScheduler:
    def __init__(
        self,
        runner: DigestRunner,
        *,
        clock: Callable[[], datetime],
        interval: float,
        logger: logging.Logger | None = None,
    ) -> None:
        if interval <= 0:
            raise ValueError(f"interval must be positive, got {interval}")
        self.runner = runner
        self.clock = clock
        self.interval = interval
        self.log = logger or logging.getLogger("advisor.digest")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ticks = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="digest-scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def tick(self) -> None:
        """One look for due digests, now."""
        try:
            self.runner.run_due(now=self.clock())
        except Exception:  # the next tick tries again; the claim keeps it to one post
            self.log.exception("digest run failed")
        self.ticks += 1

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.tick()
            self._stop.wait(self.interval)
