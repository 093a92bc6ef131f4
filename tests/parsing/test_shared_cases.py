"""The shared example descriptions: every constraint they expect is extracted."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assistant.parsing import parse

_CASES = Path(__file__).resolve().parents[3] / "shared" / "cases" / "examples.jsonl"


def _cases() -> list[Any]:
    if not _CASES.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{_CASES} is absent"))]
    lines = _CASES.read_text(encoding="utf-8").splitlines()
    return [pytest.param(json.loads(line), id=json.loads(line)["id"]) for line in lines if line]


@pytest.mark.parametrize("case", _cases())
def test_shared_case(case: dict[str, Any]) -> None:
    constraints = parse(case["text"])
    for name, want in case["expect"].items():
        if name == "approach":
            continue
        got = getattr(constraints, name)
        if isinstance(want, (int, float)) and not isinstance(want, bool) and want != 0:
            assert got is not None, f"{case['id']}: {name} missing"
            assert abs(Decimal(str(got)) - Decimal(str(want))) <= Decimal(str(want)) / 10, (
                f"{case['id']}: {name} {got} is not within 10% of {want}"
            )
        else:
            assert got == want, f"{case['id']}: {name} {got!r} != {want!r}"
