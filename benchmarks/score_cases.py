"""Accuracy on the description cases, per set, as the hidden evaluation scores it.

    python benchmarks/score_cases.py [--details]

For each case file: the approach right (any accepted value), the domain right, every
extracted number within 10% (0 exactly). The holdout sets (every file named
``*holdout*``) are scored here and nowhere else: nobody tunes on them, and ``--details``
lists their misses only as a count (see tests/cases/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
    ROOT / "tests" / "cases" / "blind2_dev.jsonl",
    ROOT / "tests" / "cases" / "blind2_holdout.jsonl",
    ROOT / "tests" / "cases" / "real2_dev.jsonl",
    ROOT / "tests" / "cases" / "real2_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind3_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind4_dev.jsonl",
    ROOT / "tests" / "cases" / "blind4_holdout.jsonl",
    ROOT / "tests" / "cases" / "real3_dev.jsonl",
    ROOT / "tests" / "cases" / "real3_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind5_dev.jsonl",
    ROOT / "tests" / "cases" / "blind5_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind6_dev.jsonl",
    ROOT / "tests" / "cases" / "blind6_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind7_dev.jsonl",
    ROOT / "tests" / "cases" / "blind7_holdout.jsonl",
    ROOT / "tests" / "cases" / "real4_dev.jsonl",
    ROOT / "tests" / "cases" / "real4_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind8_dev.jsonl",
    ROOT / "tests" / "cases" / "blind8_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind9_dev.jsonl",
    ROOT / "tests" / "cases" / "blind9_holdout.jsonl",
    ROOT / "tests" / "cases" / "real5_dev.jsonl",
    ROOT / "tests" / "cases" / "real5_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind10_dev.jsonl",
    ROOT / "tests" / "cases" / "blind10_holdout.jsonl",
    ROOT / "tests" / "cases" / "real6_dev.jsonl",
    ROOT / "tests" / "cases" / "real6_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind11_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind12_dev.jsonl",
    ROOT / "tests" / "cases" / "blind12_holdout.jsonl",
    ROOT / "tests" / "cases" / "real7_dev.jsonl",
    ROOT / "tests" / "cases" / "real7_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind13_holdout.jsonl",
    ROOT / "tests" / "cases" / "real8_dev.jsonl",
    ROOT / "tests" / "cases" / "real8_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind14_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind15_dev.jsonl",
    ROOT / "tests" / "cases" / "blind15_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind16_dev.jsonl",
    ROOT / "tests" / "cases" / "blind16_holdout.jsonl",
    ROOT / "tests" / "cases" / "real9_dev.jsonl",
    ROOT / "tests" / "cases" / "real9_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind17_dev.jsonl",
    ROOT / "tests" / "cases" / "blind17_holdout.jsonl",
    ROOT / "tests" / "cases" / "real10_dev.jsonl",
    ROOT / "tests" / "cases" / "real10_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind18_dev.jsonl",
    ROOT / "tests" / "cases" / "blind18_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind19_dev.jsonl",
    ROOT / "tests" / "cases" / "blind19_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind20_dev.jsonl",
    ROOT / "tests" / "cases" / "blind20_holdout.jsonl",
    ROOT / "tests" / "cases" / "real11_dev.jsonl",
    ROOT / "tests" / "cases" / "real11_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind21_dev.jsonl",
    ROOT / "tests" / "cases" / "blind21_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind22_dev.jsonl",
    ROOT / "tests" / "cases" / "blind22_holdout.jsonl",
    ROOT / "tests" / "cases" / "real12_dev.jsonl",
    ROOT / "tests" / "cases" / "real12_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind23_dev.jsonl",
    ROOT / "tests" / "cases" / "blind23_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind24_dev.jsonl",
    ROOT / "tests" / "cases" / "blind24_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind25_dev.jsonl",
    ROOT / "tests" / "cases" / "blind25_holdout.jsonl",
    ROOT / "tests" / "cases" / "real13_dev.jsonl",
    ROOT / "tests" / "cases" / "real13_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind26_dev.jsonl",
    ROOT / "tests" / "cases" / "blind26_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind27_dev.jsonl",
    ROOT / "tests" / "cases" / "blind27_holdout.jsonl",
    ROOT / "tests" / "cases" / "real14_dev.jsonl",
    ROOT / "tests" / "cases" / "real14_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind28_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind29_dev.jsonl",
    ROOT / "tests" / "cases" / "blind29_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind30_dev.jsonl",
    ROOT / "tests" / "cases" / "blind30_holdout.jsonl",
    ROOT / "tests" / "cases" / "real15_dev.jsonl",
    ROOT / "tests" / "cases" / "real15_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind32_dev.jsonl",
    ROOT / "tests" / "cases" / "blind32_holdout.jsonl",
    ROOT / "tests" / "cases" / "blind31_holdout.jsonl",
)
#: Sets scored and never read: their misses are counted, not listed. Every file named
#: as a holdout is one, so a new holdout cannot be listed by forgetting to add it here.
HOLDOUTS = frozenset(path.name for path in SETS if "holdout" in path.name)


def classes_of(case: dict[str, Any]) -> list[str]:
    """The classes of a case, from its expected facts alone (so a holdout is never read)."""
    expect = case["expect"]
    found = [f"expects {expect['approach'][0]}"]
    if expect.get("prompting_fell_short") is True:
        found.append("prompting tried and fell short")
    labels = expect.get("labeled_examples")
    if labels == 0:
        found.append("no labeled data")
    elif labels is not None:
        found.append("labeled data given")
    if "monthly_requests" in expect:
        found.append("volume given")
    if "budget_other_currency" in expect:
        found.append("budget in another currency")
    if case.get("register") == "non-english":
        found.append("not in English")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument(
        "--classes",
        action="store_true",
        help="approach accuracy per class of case, read from the cases' expected facts",
    )
    args = parser.parse_args()
    advisor = Advisor.load()
    for path in SETS:
        cases = read_cases(path)
        if not cases:
            print(f"{path.name}: not found")
            continue
        approach = domains = domain_total = numbers = number_total = 0
        misses = []
        by_class: dict[str, list[int]] = {}
        for case in cases:
            got = answer_to_dict(advisor.ask(case["text"]))
            expect = case["expect"]
            right = got["recommendation"]["approach"] in expect["approach"]
            for name in classes_of(case):
                tally = by_class.setdefault(name, [0, 0])
                tally[0] += right
                tally[1] += 1
            if right:
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
        if args.classes:
            for name, (right, total) in sorted(by_class.items()):
                print(f"    class {name}: approach {right}/{total} ({right / total:.0%})")
        if args.details and path.name not in HOLDOUTS:
            for miss in misses:
                print("   ", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
