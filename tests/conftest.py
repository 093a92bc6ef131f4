"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

from assistant.advisor import Advisor


@pytest.fixture(scope="session")
def advisor() -> Advisor:
    """The shipped knowledge, loaded once for the whole run (as a server does)."""
    return Advisor.load()
