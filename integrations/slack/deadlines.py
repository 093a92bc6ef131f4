"""Every Slack call ends by its deadline: a dripping or stalled peer cannot hold a thread.

A socket timeout bounds one read; Slack's answer dripping in a byte at a time defeats it.
``install()`` makes ``urllib`` (which slack_sdk's ``WebClient``, ``WebhookClient`` and
file uploads all use) arm every connection it opens on the ``watchdog``; ``DeadlineClient``
sets one deadline per Web API call, retries and their waits included; and the retry
handlers here read ``Retry-After`` as a number of seconds, fractional or not, and give up
rather than wait past the deadline.

    install(default_deadline=30)         # once per process, before any call
    client = DeadlineClient(token=..., deadline=30, retry_handlers=retry_handlers(3))
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import math
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web import SlackResponse

from integrations import watchdog

#: Seconds any one Slack call (Web API method, response_url, upload) may take in all.
DEFAULT_DEADLINE = 30.0
_default_deadline = DEFAULT_DEADLINE
_log = logging.getLogger("advisor.slack")


def install(*, default_deadline: float = DEFAULT_DEADLINE) -> None:
    """Make every ``urllib`` connection of this process end by its deadline."""
    global _default_deadline
    _default_deadline = default_deadline
    urllib.request.install_opener(
        urllib.request.build_opener(_HTTPHandler(), _HTTPSHandler(context=_ssl_context()))
    )


def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _arm(sock: Any) -> None:
    at = watchdog.current_deadline() or time.monotonic() + _default_deadline
    watchdog.arm(at=at, sock=sock)  # forgotten once past; shutting a closed socket is a no-op


class _Connection(http.client.HTTPConnection):
    def connect(self) -> None:
        self.timeout = _bounded(self.timeout)
        super().connect()
        _arm(self.sock)


class _TLSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        self.timeout = _bounded(self.timeout)
        super().connect()
        _arm(self.sock)


def _bounded(timeout: Any) -> Any:
    """The socket timeout, no longer than what is left of the deadline."""
    left = watchdog.remaining(_default_deadline)
    if isinstance(timeout, int | float):
        return max(0.05, min(float(timeout), left))
    return max(0.05, left)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_Connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, *, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self._tls = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_TLSConnection, req, context=self._tls)


#: The Web API methods that put an answer in front of a person.
ANSWER_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "views.open"})
_posted = threading.local()


@contextlib.contextmanager
def on_answer_posted(callback: Callable[[], None]) -> Iterator[None]:
    """Call ``callback`` once, in this thread, as soon as an answer is posted: the job
    queue marks the job done then, so a crash after that instant does not answer twice."""
    _posted.callback = callback
    try:
        yield
    finally:
        _posted.callback = None


class DeadlineClient(WebClient):
    """A ``WebClient`` whose every call, retries and waits included, ends by ``deadline``."""

    def __init__(self, *, deadline: float = DEFAULT_DEADLINE, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.deadline = deadline

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:
        with watchdog.deadline(self.deadline):
            response = super().api_call(api_method, **kwargs)
        callback = getattr(_posted, "callback", None)
        if callback is not None and api_method in ANSWER_METHODS:
            _posted.callback = None
            try:
                callback()
            except Exception as error:  # the answer is out; the job finishes later anyway
                _log.error("could not record a posted answer: %s", error)
        return response


def retry_after_seconds(response: HttpResponse) -> float:
    """``Retry-After`` as seconds (``"20"``, ``"1.5"``); 1 when absent or unreadable."""
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                seconds = float(values[0])
            except ValueError:
                return 1.0
            return seconds if math.isfinite(seconds) and seconds >= 0 else 1.0
    return 1.0


def _fits(wait: float) -> bool:
    """Whether waiting ``wait`` seconds still leaves time for another attempt."""
    at = watchdog.current_deadline()
    return at is None or time.monotonic() + wait < at - 0.1


class RateLimitRetry(RateLimitErrorRetryHandler):
    """Waits ``Retry-After`` (fractional seconds honoured), unless that passes the deadline."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return (
            response is not None
            and response.status_code == 429
            and _fits(retry_after_seconds(response))
        )

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:  # pragma: no cover - only 429 responses get here
            raise error or RuntimeError("rate limited without a response")
        state.next_attempt_requested = True
        time.sleep(retry_after_seconds(response))
        state.increment_current_attempt()


class _WithinDeadline(RetryHandler):
    """Mixin: retry only while the deadline leaves room for the back-off and an attempt."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        wait = self.interval_calculator.calculate_sleep_duration(state.current_attempt)
        return bool(
            super()._can_retry(state=state, request=request, response=response, error=error)
            and _fits(wait)
        )


class ConnectionRetry(_WithinDeadline, ConnectionErrorRetryHandler):
    pass


class ServerErrorRetry(_WithinDeadline, ServerErrorRetryHandler):
    pass


def retry_handlers(max_retries: int) -> list[RetryHandler]:
    return [
        ConnectionRetry(max_retry_count=max_retries),
        RateLimitRetry(max_retry_count=max_retries),
        ServerErrorRetry(max_retry_count=max_retries),
    ]
