"""``estimate()`` speed for a 4,000-token prompt with the counts given (goal: median < 1 ms).

    python benchmarks/bench_estimate.py [--rounds N]

Three cases on the shipped price table, each warm, sensitivity analysis included: the
default pairing at 50,000 requests/month; the same at 2,000,000 requests/month (the fixed
part of the prompt is billed at the cached-input price); and through the Batch API. Prints
one line per case with PASS or FAIL and exits 1 if any median misses the goal.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Advisor, Constraints, CostOptions, Task  # noqa: E402

GOAL_MS = 1.0
COUNTS = {"prompt_tokens": 4_000, "fine_tuned_prompt_tokens": 600, "output_tokens": 300}
CASES = {
    "default pairing, 50,000 requests/month": CostOptions(monthly_requests=50_000, **COUNTS),
    "cached input, 2,000,000 requests/month": CostOptions(monthly_requests=2_000_000, **COUNTS),
    "Batch API, 50,000 requests/month": CostOptions(monthly_requests=50_000, batch=True, **COUNTS),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2_000)
    args = parser.parse_args()
    # Advisor.cost with the constraints given and no text is estimate() behind the public
    # API: the merge of an empty description with the given values, then the estimate.
    advisor = Advisor.load()
    constraints = Constraints(task=Task.SUMMARIZATION, labeled_examples=2_000)
    failed = False
    for name, options in CASES.items():
        options = dataclasses.replace(options, today=date(2026, 12, 3))
        for _ in range(50):  # warm caches (templates, encodings, retrain months)
            advisor.cost(given=constraints, options=options)
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            advisor.cost(given=constraints, options=options)
            times.append((time.perf_counter() - start) * 1_000)
        median = statistics.median(times)
        p99 = sorted(times)[int(0.99 * (len(times) - 1))]
        verdict = "PASS" if median < GOAL_MS else "FAIL"
        failed = failed or median >= GOAL_MS
        print(
            f"{verdict}  estimate(), {name}: median {median:.3f} ms, p99 {p99:.3f} ms "
            f"(goal: median < {GOAL_MS} ms, {args.rounds} rounds)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
