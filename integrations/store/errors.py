"""Errors the store raises on purpose; all derive from ``assistant.errors.AdvisorError``.

    AdvisorError
    └── StoreError                  the store cannot do what was asked
        ├── UnsupportedDatabaseError    the URL names a database we do not support
        ├── NaiveTimestampError         a timestamp without a timezone was passed in
        └── StoreUnavailableError       the database could not be reached or failed

The edges (Slack app, CLI) turn these into one sentence for the operator.
"""

from __future__ import annotations

from assistant import AdvisorError


class StoreError(AdvisorError):
    """Base class of every deliberate store error."""


class UnsupportedDatabaseError(StoreError):
    """``url`` is not a SQLite or PostgreSQL URL (the password is never kept)."""

    def __init__(self, url: str, *, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"cannot use database URL {url!r}: {reason}")


class NaiveTimestampError(StoreError):
    """A caller passed a datetime without a timezone; the store keeps UTC only."""

    def __init__(self, *, argument: str) -> None:
        self.argument = argument
        super().__init__(f"{argument} must be a timezone-aware datetime")


class StoreUnavailableError(StoreError):
    """The database refused, failed or could not be reached; ``operation`` says doing what."""

    def __init__(self, *, operation: str, detail: str) -> None:
        self.operation = operation
        self.detail = detail
        super().__init__(f"the store could not {operation}: {detail}")
