"""Shared assertions for the parser tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.constraints import Constraints
from assistant.parsing import parse


def check(text: str, **expected: Any) -> Constraints:
    """Parse ``text`` and assert each expected field; ``None`` means "left empty"."""
    constraints = parse(text)
    for name, want in expected.items():
        got = getattr(constraints, name)
        if isinstance(got, Decimal) and want is not None:
            assert got == Decimal(str(want)), f"{name}: {got!r} != {want!r} in {text!r}"
        else:
            assert got == want, f"{name}: {got!r} != {want!r} in {text!r}"
    return constraints
