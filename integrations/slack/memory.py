"""Keeping the resident size of the two processes what they actually use.

glibc gives each thread that allocates its own malloc arena, and memory freed in an arena
is rarely handed back; a server whose requests hop between many threads (the ASGI
thread pool, the answering threads) grows by an arena per thread. Two arenas are plenty
for processes that mostly wait on the network, and trimming now and then returns freed
heap to the system.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc

_M_ARENA_MAX = -8  # glibc's mallopt parameter number
ARENAS = 2


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def limit_malloc_arenas(count: int = ARENAS) -> None:
    """At most ``count`` malloc arenas from now on (call before starting threads)."""
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(AttributeError):  # not glibc: nothing to limit
            libc.mallopt(_M_ARENA_MAX, count)


def return_free_memory() -> None:
    """Collect garbage and hand freed heap back to the system."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(AttributeError):  # not glibc: nothing to trim
            libc.malloc_trim(0)
