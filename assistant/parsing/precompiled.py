"""A compiled pattern as plain data, so a start-up cache can keep it between runs.

``re.compile`` parses a pattern and turns it into the code CPython's regular-expression
engine runs; for the parser's long alternations that takes far longer than a match. The
code is a list of integers: kept with the pattern's flags and group names, it rebuilds
the very same ``re.Pattern`` (equal to a fresh ``re.compile``, which compares the code)
without parsing anything. This leans on CPython's ``re`` internals, so the forms are
only made there, checked against ``re.compile`` before they are kept, and keyed by the
exact Python version by whoever stores them.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from array import array
from typing import Any

#: The arguments CPython's ``re`` passes to ``_sre.compile`` besides the pattern: flags,
#: code (as the bytes of its machine words: read back far faster than a list of ints),
#: the number of groups, the group index and its inverse.
Form = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The array type code of one word of compiled code ("I": four bytes, as CPython uses).
_WORD = "I"


@functools.cache
def _internals() -> tuple[Any, Any, Any] | None:
    if sys.implementation.name != "cpython":
        return None
    try:
        return (
            importlib.import_module("_sre"),
            importlib.import_module("re._parser"),
            importlib.import_module("re._compiler"),
        )
    except ImportError:
        return None


def form_of(pattern: str, flags: int) -> Form | None:
    """``re.compile(pattern, flags)`` as plain data, or None where that cannot be made
    exactly (another Python, or a rebuilt pattern that differs from ``re.compile``'s)."""
    internals = _internals()
    if internals is None:
        return None
    sre, parser, compiler = internals
    if array(_WORD).itemsize != sre.CODESIZE:
        return None
    try:
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        form: Form = (
            int(flags | parsed.state.flags),
            array(_WORD, code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        if rebuild(pattern, form) != re.compile(pattern, flags):
            return None
    except Exception:  # internals other than expected: no form, compile as usual
        return None
    return form


def rebuild(pattern: str, form: Form) -> re.Pattern[str]:
    """The pattern ``form_of`` described."""
    internals = _internals()
    if internals is None:
        raise RuntimeError("compiled forms need CPython")
    sre = internals[0]
    flags, words, groups, groupindex, indexgroup = form
    code = array(_WORD)
    code.frombytes(words)
    compiled: re.Pattern[str] = sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, indexgroup
    )
    return compiled
