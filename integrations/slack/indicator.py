"""The working indicator: an hourglass reaction while a slow answer is being prepared.

    with WorkingIndicator(client, channel="C1", ts="1732170000.000100", after=0.8):
        ...  # prepare and post the answer

Answers that come within ``after`` seconds show nothing (no flicker); slower ones get the
reaction, removed as soon as the answer is out. A failure to react never fails the answer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from types import TracebackType

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from integrations.slack.messages import WORKING_REACTION


class WorkingIndicator:
    def __init__(
        self,
        client: WebClient,
        *,
        channel: str,
        ts: str,
        after: float,
        logger: logging.Logger | None = None,
    ) -> None:
        self._client = client
        self._channel = channel
        self._ts = ts
        self._after = after
        self._logger = logger or logging.getLogger(__name__)
        # Held while reacting, so the removal can never overtake the addition.
        self._lock = threading.Lock()
        self._done = False
        self._shown = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> WorkingIndicator:
        if self._after <= 0:
            self._show()
        else:
            self._timer = threading.Timer(self._after, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._done = True
            if self._shown:
                self._call(self._client.reactions_remove)

    @property
    def shown(self) -> bool:
        return self._shown

    def _show(self) -> None:
        with self._lock:
            if self._done:
                return
            self._shown = self._call(self._client.reactions_add)

    def _call(self, method: Callable[..., SlackResponse]) -> bool:
        try:
            method(channel=self._channel, timestamp=self._ts, name=WORKING_REACTION)
        except SlackApiError as error:
            self._logger.warning(
                "working indicator: %s failed: %s", method.__name__, error.response.get("error")
            )
            return False
        except Exception:  # a reaction is decoration: never let it fail an answer
            self._logger.warning("working indicator: %s failed", method.__name__, exc_info=True)
            return False
        return True
