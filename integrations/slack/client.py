"""The Slack Web API client: retries on rate limits, server errors and dropped connections.

slack_sdk's retry handlers do the waiting: a 429 waits for ``Retry-After``, a 500/503
backs off, a reset connection is retried. Each Web API call therefore either arrives once
or raises ``SlackApiError`` after the last attempt.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

#: Attempts after the first; a 429 waits Retry-After, so keep this small.
MAX_RETRIES = 3
#: Seconds a single Web API request may take.
TIMEOUT_SECONDS = 15


def web_client(
    *, token: str | None, base_url: str, logger: logging.Logger | None = None
) -> WebClient:
    """A ``WebClient`` for ``base_url`` that retries transient failures."""
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=TIMEOUT_SECONDS,
        logger=logger,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=MAX_RETRIES),
            RateLimitErrorRetryHandler(max_retry_count=MAX_RETRIES),
            ServerErrorRetryHandler(max_retry_count=MAX_RETRIES),
        ],
    )
