"""The Slack Web API client: retries on rate limits, server errors and dropped connections,
and every call ends by its deadline.

slack_sdk's retry handlers do the waiting (``deadlines``): a 429 waits for
``Retry-After`` (fractional seconds honoured), a 500/503 backs off, a reset connection is
retried, each only while the call's deadline leaves room. Each Web API call therefore
either arrives once or raises after the last attempt, within ``deadline`` seconds.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient

from integrations.slack.deadlines import DEFAULT_DEADLINE, DeadlineClient, retry_handlers

#: Attempts after the first; a 429 waits Retry-After, so keep this small.
MAX_RETRIES = 3
#: Seconds a single read from the Web API may take (the call as a whole: ``deadline``).
TIMEOUT_SECONDS = 15


def web_client(
    *,
    token: str | None,
    base_url: str,
    logger: logging.Logger | None = None,
    deadline: float = DEFAULT_DEADLINE,
) -> WebClient:
    """A ``WebClient`` for ``base_url`` that retries transient failures within ``deadline``."""
    return DeadlineClient(
        deadline=deadline,
        token=token,
        base_url=base_url,
        timeout=TIMEOUT_SECONDS,
        logger=logger,
        retry_handlers=retry_handlers(MAX_RETRIES),
    )
