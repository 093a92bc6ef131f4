"""The description cases: the shared examples and our own, read the same way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHARED_CASES = REPO.parent / "shared" / "cases" / "examples.jsonl"
OWN_CASES = REPO / "tests" / "cases" / "own_cases.jsonl"
RULE_CASES = REPO / "tests" / "cases" / "rule_cases.jsonl"

NUMERIC = (
    "labeled_examples",
    "budget_usd",
    "monthly_budget_usd",
    "timeline_days",
    "monthly_requests",
)


def read_cases(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def all_cases() -> list[dict[str, Any]]:
    return read_cases(SHARED_CASES) + read_cases(OWN_CASES) + read_cases(RULE_CASES)


def number_ok(expected: float, actual: float | None) -> bool:
    if actual is None:
        return False
    if expected == 0:
        return actual == 0
    return abs(actual - expected) <= 0.10 * abs(expected)
