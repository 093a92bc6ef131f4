"""Compiled patterns as plain data: each rebuilds the very pattern ``re.compile`` makes."""

from __future__ import annotations

import re

import pytest

from assistant.parsing import lazy  # with the parser, so every parser pattern is made
from assistant.parsing.precompiled import form_of, rebuild


def test_every_parser_pattern_is_rebuilt_exactly() -> None:
    forms = lazy.compiled_forms()
    assert forms  # CPython: every parser pattern has a form
    for (pattern, flags), form in forms.items():
        # Pattern equality compares the flags, the pattern and the compiled code.
        assert rebuild(pattern, form) == re.compile(pattern, flags)


def test_a_form_keeps_group_names() -> None:
    form = form_of(r"(?P<amount>\d+)\s*(?i:k)", re.IGNORECASE)
    assert form is not None
    rebuilt = rebuild(r"(?P<amount>\d+)\s*(?i:k)", form)
    match = rebuilt.search("about 15K examples")
    assert match is not None
    assert match["amount"] == "15"


def test_a_restored_form_stands_in_for_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    text = r"(?P<days>\d+) ?days?\b"
    form = form_of(text, 0)
    assert form is not None
    lazy.restore_compiled({(text, 0): form})
    made = lazy.LazyPattern(text)

    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    with monkeypatch.context() as patched:
        patched.setattr(re, "compile", refuse)
        compiled = made.compiled
    assert compiled == re.compile(text)
    match = made.search("live in 90 days")
    assert match is not None
    assert match["days"] == "90"
