"""Speed goal: a digest over a workspace with 100,000 stored decisions builds in <= 200 ms.

    python benchmarks/bench_digest.py [--decisions 100000] [--postgres URL]

Fills a fresh SQLite file (and, with --postgres, a fresh schema there) with decisions
spread over 50 channels and a year, and one busy channel holding a tenth of them, then
times building the weekly digest (the store's aggregate and list queries plus the Block
Kit rendering) for the busy channel and for a quiet one. Prints the median and worst of
repeated builds and exits 1 when a median misses the goal.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from assistant import Approach, parse_schedule  # noqa: E402
from integrations.slack.digest_blocks import digest_message  # noqa: E402
from integrations.store import Store  # noqa: E402
from integrations.store.schema import decision_table  # noqa: E402

GOAL_MS = 200.0
TEAM = "TBENCH"
CHANNELS = 50
BUSY = "CBUSY"
START = datetime(2025, 3, 1, tzinfo=UTC)
END = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Berlin
APPROACHES = list(Approach)


def fill(store: Store, count: int) -> None:
    span = (END - START).total_seconds()
    rows: list[dict[str, Any]] = []
    for n in range(count):
        channel = BUSY if n % 10 == 0 else f"C{n % CHANNELS:03d}"
        chosen = APPROACHES[n % 3]
        recommended = APPROACHES[(n // 7) % 3]
        decided = START + timedelta(seconds=span * n / count)
        rows.append(
            {
                "team_id": TEAM,
                "channel_id": channel,
                "thread_ts": f"{1700000000 + n}.000100",
                "source_key": f"bench:{n}",
                "permalink": f"https://bench.slack.com/archives/{channel}/p{1700000000 + n}000100",
                "title": f"Project number {n}: support assistant for a retailer",
                "constraints": {"domain": "ecommerce", "labeled_examples": n % 5000},
                "costs": {"prompting_monthly_usd": 120.0, "fine_tuning_monthly_usd": 80.0},
                "monthly_cents": 1000 + n % 50000,
                "recommended_approach": recommended.value,
                "chosen_approach": chosen.value,
                "against_advice": chosen is not recommended,
                "reason_against": "Few labeled examples" if chosen is not recommended else "",
                "note": "the brand voice matters" if n % 4 == 0 else "",
                "decided_by": f"U{n % 40:04d}",
                "decided_at": decided,
                "status": "active",
                "revisit_on": (decided + timedelta(days=90)).date(),
                "superseded_at": None,
            }
        )
        if len(rows) == 5000:
            _insert(store, rows)
            rows = []
    if rows:
        _insert(store, rows)


def _insert(store: Store, rows: list[dict[str, Any]]) -> None:
    with store._engine.begin() as connection:
        connection.execute(insert(decision_table), rows)


def build(store: Store, channel: str, *, weeks: int = 1) -> tuple[float, int]:
    schedule = parse_schedule("weekly mon 09:00 Europe/Berlin", default_zone="UTC")
    start = END - timedelta(weeks=weeks)
    began = time.perf_counter()
    content = store.digest_content(
        team_id=TEAM,
        channel_id=channel,
        start=start,
        end=END,
        revisit_from=start.date(),
        revisit_to=END.date(),
    )
    digest_message(content, channel_id=channel, start=start, end=END, zone=schedule.tz)
    return (time.perf_counter() - began) * 1000, content.total


def measure(label: str, store: Store, count: int, repeats: int) -> bool:
    began = time.perf_counter()
    fill(store, count)
    print(f"{label}: {count:,} decisions stored in {time.perf_counter() - began:.1f} s")
    ok = True
    # A weekly digest in the busiest channel and in a quiet one; and a catch-up covering
    # a whole year in the busiest (every decision of the period counted and summed).
    for channel, weeks in ((BUSY, 1), ("C001", 1), (BUSY, 53)):
        build(store, channel, weeks=weeks)  # warm the connection pool and statement cache
        timings = []
        total = 0
        for _ in range(repeats):
            ms, total = build(store, channel, weeks=weeks)
            timings.append(ms)
        median = statistics.median(timings)
        ok = ok and median <= GOAL_MS
        print(
            f"  digest for {channel} ({total} decisions in {weeks} week(s)): "
            f"median {median:.1f} ms, worst {max(timings):.1f} ms over {repeats} builds "
            f"(goal <= {GOAL_MS:.0f} ms)"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--postgres", help="also measure on this PostgreSQL URL (a new schema)")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        store = Store.from_url(f"sqlite:///{folder}/bench.db")
        store.migrate()
        ok = measure("SQLite", store, args.decisions, args.repeats) and ok
        store.close()
    if args.postgres:
        from tests.pg import postgres_url_for_new_schema

        url, drop = postgres_url_for_new_schema(args.postgres)
        try:
            store = Store.from_url(url)
            store.migrate()
            ok = measure("PostgreSQL", store, args.decisions, args.repeats) and ok
            store.close()
        finally:
            drop()
    print("OK" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
