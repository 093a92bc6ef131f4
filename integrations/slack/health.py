"""``/healthz``: 200 only when a request accepted now would be answered.

The serving process checks its own path to the store (it keeps every job before the
ack) on a background thread, so a database that stops answering turns ``/healthz`` to
503 within a few seconds and the check itself never hangs; the answering process
reports, every second, whether its store answers and whether it has made progress (been
free to take a job) recently. Any of these failing is a 503 with the reason.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Seconds between the serving process's checks that its store answers.
CHECK_INTERVAL = 1.0


@dataclass(frozen=True)
class Health:
    ok: bool
    reason: str = ""


OK = Health(ok=True)


class StoreMonitor:
    """Checks ``ping`` (bounded by the store's own timeout) every ``interval`` seconds."""

    def __init__(
        self,
        ping: Callable[[], bool],
        *,
        stale_after: float,
        interval: float = CHECK_INTERVAL,
    ) -> None:
        self._ping = ping
        self._interval = interval
        self._stale_after = stale_after
        self._last_ok = time.monotonic()
        self._failed = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="store-health", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def check(self) -> Health:
        silent = time.monotonic() - self._last_ok
        if self._failed or silent > self._stale_after:
            return Health(ok=False, reason=f"the database has not answered for {silent:.0f} s")
        return OK

    def _run(self) -> None:
        while not self._stop.is_set():
            ok = False
            try:
                ok = self._ping()
            except Exception:  # a failing check is an unhealthy store, never a dead thread
                ok = False
            if ok:
                self._last_ok = time.monotonic()
            self._failed = not ok
            self._stop.wait(self._interval)
