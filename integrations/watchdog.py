"""Overall deadlines for blocking network calls: a socket past its deadline is shut down.

A socket timeout bounds each read, not the call: a peer that sends one byte every few
seconds, or a database proxy that accepts bytes and never answers, keeps a blocking call
waiting for ever. The watchdog is one daemon thread per process holding the sockets that
are in use and the instant each must be done by; at that instant it shuts the socket down,
and the blocked read in the calling thread fails at once with a connection error.

    with deadline(5.0):                 # everything network in this block: 5 s in all
        guard = arm(sock)               # done by the HTTP and database hooks
        ...
        disarm(guard)

``deadline`` nests: an inner block never extends an outer one.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

_local = threading.local()
#: Seconds: how late past its deadline a socket may be shut down.
_RESOLUTION = 0.05


def current_deadline() -> float | None:
    """The ``time.monotonic()`` instant this thread's network calls must end by, if any."""
    value: float | None = getattr(_local, "deadline", None)
    return value


def remaining(default: float) -> float:
    """Seconds left before this thread's deadline; ``default`` when there is none."""
    at = current_deadline()
    return default if at is None else max(0.0, at - time.monotonic())


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Bound every armed socket used in this thread within the block to ``seconds`` in all."""
    outer = current_deadline()
    mine = time.monotonic() + seconds
    _local.deadline = mine if outer is None else min(outer, mine)
    try:
        yield _local.deadline
    finally:
        _local.deadline = outer


class DeadlineExceeded(TimeoutError):
    """A network call did not finish before its deadline."""


@dataclass(order=True)
class _Entry:
    at: float
    number: int
    sock: socket.socket | None = field(compare=False)
    fd: int = field(compare=False, default=-1)
    fired: bool = field(compare=False, default=False)


class _Watchdog:
    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._lock = threading.Condition()
        self._numbers = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, *, at: float, sock: socket.socket | None = None, fd: int = -1) -> _Entry:
        entry = _Entry(at=at, number=next(self._numbers), sock=sock, fd=fd)
        with self._lock:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="watchdog", daemon=True)
                self._thread.start()
            if self._heap[0] is entry:  # only an earlier deadline changes the next wake-up
                self._lock.notify()
        return entry

    def disarm(self, entry: _Entry) -> bool:
        """Forget ``entry``; True when the watchdog had already fired on it."""
        with self._lock:
            fired = entry.fired
            entry.sock, entry.fd = None, -1  # the heap drops it when its time comes
            return fired

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._heap or self._heap[0].at > time.monotonic():
                    wait = self._heap[0].at - time.monotonic() if self._heap else None
                    # Deadlines are kept to within a few hundredths of a second: waking
                    # at least that far apart keeps a busy server's watchdog cheap.
                    self._lock.wait(None if wait is None else max(wait, _RESOLUTION))
                entry = heapq.heappop(self._heap)
                if entry.sock is None and entry.fd < 0:
                    continue
                entry.fired = True
                # Under the lock: the owner cannot disarm (and close the socket, freeing
                # its descriptor for reuse) while it is being shut down.
                _shut_down(entry)


def _shut_down(entry: _Entry) -> None:
    with contextlib.suppress(OSError):
        if entry.sock is not None:
            entry.sock.shutdown(socket.SHUT_RDWR)
        elif entry.fd >= 0:
            # A driver's own descriptor (libpq): shut the connection down through a
            # duplicate, which acts on the shared socket; closing the duplicate leaves
            # the driver's descriptor for the driver to close.
            with socket.socket(fileno=_dup(entry.fd)) as dup:
                dup.shutdown(socket.SHUT_RDWR)


def _dup(fd: int) -> int:
    import os

    return os.dup(fd)


_WATCHDOG = _Watchdog()


def arm(*, at: float, sock: socket.socket | None = None, fd: int = -1) -> _Entry:
    """Shut ``sock`` (or the socket with descriptor ``fd``) down at ``at`` unless disarmed."""
    return _WATCHDOG.arm(at=at, sock=sock, fd=fd)


def disarm(entry: _Entry) -> bool:
    """Stop watching; True when the deadline had already passed and the socket is shut."""
    return _WATCHDOG.disarm(entry)
