"""Shared pieces of the digest tests: decisions to record, and the CLI as a process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from assistant import Approach, parse_schedule
from integrations.store import Store
from integrations.store.decision_records import NewDecision, Subscription
from tests.slack.server_process import BOT_TOKEN

ROOT = Path(__file__).resolve().parents[2]


def new_decision(
    n: int,
    *,
    team_id: str = "T1",
    channel_id: str = "C1",
    chosen: Approach = Approach.FINE_TUNING,
    recommended: Approach = Approach.PROMPTING,
    revisit_on: date | None = None,
    title: str | None = None,
) -> NewDecision:
    return NewDecision(
        team_id=team_id,
        channel_id=channel_id,
        thread_ts=f"{1700000000 + n}.000100",
        source_key=f"reply:{team_id}:{n}",
        permalink=f"https://example.slack.com/archives/{channel_id}/p{1700000000 + n}000100",
        title=title or f"Project {n}",
        constraints={"domain": "finance", "labeled_examples": n},
        costs={"prompting_monthly_usd": 10.0},
        monthly_usd=Decimal("12.50"),
        recommended_approach=recommended,
        chosen_approach=chosen,
        reason_against="Too few labeled examples" if chosen is not recommended else "",
        note=f"note {n}",
        decided_by="U1",
        revisit_on=revisit_on,
    )


def subscribe(
    store: Store, text: str, *, team_id: str = "T1", channel_id: str = "C1", at: datetime
) -> Subscription:
    return store.set_digest(
        team_id=team_id,
        channel_id=channel_id,
        schedule=parse_schedule(text, default_zone="UTC"),
        user_id="U1",
        now=at,
    )


def digest_env(*, database_url: str, slack_api_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADVISOR_"))}
    return env | {
        "SLACK_API_URL": slack_api_url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "ADVISOR_DATABASE_URL": database_url,
        "ADVISOR_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def digest_run(now: datetime, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``advisor digest run --now <now>`` as its own process (not waited for)."""
    return subprocess.Popen(
        [sys.executable, "-m", "integrations.cli.main", "digest", "run", "--now", now.isoformat()],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finished(process: subprocess.Popen[bytes], timeout: float = 120) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out.decode(), err.decode()
