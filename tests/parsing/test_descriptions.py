"""Whole descriptions in many styles (terse notes, chatty emails, bullet lists, Slack
messages in lower case, British spelling, numbers in words), each with the constraints
a careful reader takes from it: ``descriptions.jsonl``, one JSON object a line.

Numbers must be within 10% (0 exactly), like the product's acceptance bar.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assistant.parsing import parse

_CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "descriptions.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", _CASES, ids=[case["id"] for case in _CASES])
def test_description(case: dict[str, Any]) -> None:
    constraints = parse(case["text"])
    for name, want in case["expect"].items():
        got = getattr(constraints, name)
        if isinstance(want, str):
            assert got is not None and got.value == want, f"{name}: {got!r} != {want!r}"
        elif want == 0:
            assert got == 0, f"{name}: {got!r} != 0"
        else:
            assert got is not None, f"{name} missing"
            assert abs(Decimal(str(got)) - want) <= Decimal(want) / 10, f"{name}: {got} vs {want}"
