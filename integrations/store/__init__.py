"""Advisor's database: Slack thread state and event claims, scoped by workspace.

SQLite by default (a file created on first run), PostgreSQL for several replicas; the
schema is kept by migrations shipped in this package.

    from integrations.store import Store, default_database_url

    store = Store.from_url(os.environ.get("ADVISOR_DATABASE_URL") or default_database_url())
    store.migrate()
    if store.claim_event(team_id=team, event_id=event, now=now):
        ...  # answer, then store.finish_event(...), or store.release_event(...) on failure
"""

from __future__ import annotations

from integrations.store.errors import (
    NaiveTimestampError,
    StoreError,
    StoreUnavailableError,
    UnsupportedDatabaseError,
)
from integrations.store.jobs import DEFAULT_JOB_LEASE, ClaimedJob, JobQueue, JobState
from integrations.store.records import ThreadState
from integrations.store.store import DEFAULT_LEASE, Store
from integrations.store.urls import default_database_url

__all__ = [
    "DEFAULT_JOB_LEASE",
    "DEFAULT_LEASE",
    "ClaimedJob",
    "JobQueue",
    "JobState",
    "NaiveTimestampError",
    "Store",
    "StoreError",
    "StoreUnavailableError",
    "ThreadState",
    "UnsupportedDatabaseError",
    "default_database_url",
]
