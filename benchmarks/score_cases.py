"""Accuracy on the description cases, per set, as the hidden evaluation scores it.

    python benchmarks/score_cases.py [--details]

For each case file: the approach right (any accepted value), the domain right, every
extracted number within 10% (0 exactly). The holdout sets (``holdout_cases.jsonl``,
``blind_holdout.jsonl``) are scored here and nowhere else: nobody tunes on them, and
``--details`` lists their misses only as a count (see tests/cases/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Advisor, answer_to_dict  # noqa: E402
from tests.scenarios.cases import NUMERIC, SHARED_CASES, number_ok, read_cases  # noqa: E402

SETS = (
    SHARED_CASES,
    ROOT / "tests" / "cases" / "own_cases.jsonl",
    ROOT / "tests" / "cases" / "rule_cases.jsonl",
    ROOT / "tests" / "cases" / "holdout_cases.jsonl",
    ROOT / "tests" / "cases" / "blind_dev.jsonl",
    ROOT / "tests" / "cases" / "blind_holdout.jsonl",
    ROOT / "tests" / "cases" / "real_dev.jsonl",
    ROOT / "tests" / "cases" / "real_holdout.jsonl",
)
#: Sets scored and never read: their misses are counted, not listed.
HOLDOUTS = frozenset({"holdout_cases.jsonl", "blind_holdout.jsonl", "real_holdout.jsonl"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args()
    advisor = Advisor.load()
    for path in SETS:
        cases = read_cases(path)
        if not cases:
            print(f"{path.name}: not found")
            continue
        approach = domains = domain_total = numbers = number_total = 0
        misses = []
        for case in cases:
            got = answer_to_dict(advisor.ask(case["text"]))
            expect = case["expect"]
            if got["recommendation"]["approach"] in expect["approach"]:
                approach += 1
            else:
                misses.append(
                    (case["id"], "approach", expect["approach"], got["recommendation"]["approach"])
                )
            if "domain" in expect:
                domain_total += 1
                if got["constraints"]["domain"] == expect["domain"]:
                    domains += 1
                else:
                    misses.append(
                        (case["id"], "domain", expect["domain"], got["constraints"]["domain"])
                    )
            for key in NUMERIC:
                if key in expect:
                    number_total += 1
                    if number_ok(expect[key], got["constraints"][key]):
                        numbers += 1
                    else:
                        misses.append((case["id"], key, expect[key], got["constraints"][key]))
        print(
            f"{path.name}: approach {approach}/{len(cases)} ({approach / len(cases):.0%}), "
            f"domain {domains}/{domain_total}, numbers within 10% {numbers}/{number_total}"
        )
        if args.details and path.name not in HOLDOUTS:
            for miss in misses:
                print("   ", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
