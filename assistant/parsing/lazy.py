"""Patterns compiled the first time they are used.

The parser has over a hundred patterns and a text needs about half of them (most are
tried only after a cheaper test passes: a currency sign, a number word, a heading).
Compiling a pattern costs far more than using it, so a command that reads one text
compiles only what that text needs; a long-running app compiles each pattern once.
A start-up cache (``assistant.startup_cache``) may hand back the compiled forms of an
earlier run, so that a command pays for none of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from assistant.parsing.precompiled import Form, form_of, rebuild

# Every pattern made, for the start-up cache to compile ahead; and the compiled forms it
# handed back, by (pattern, flags).
_CREATED: list[LazyPattern] = []
_RESTORED: dict[tuple[str, int], Form] = {}


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use; the same methods."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        _CREATED.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            form = _RESTORED.get((self.pattern, self.flags)) if _RESTORED else None
            if form is None:
                compiled = re.compile(self.pattern, self.flags)
            else:
                compiled = rebuild(self.pattern, form)
            self._compiled = compiled
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled the first time it is used."""
    return LazyPattern(pattern, flags)


def compiled_forms() -> dict[tuple[str, int], Form]:
    """Every pattern made so far, compiled as plain data (see ``precompiled``)."""
    forms: dict[tuple[str, int], Form] = {}
    for made in _CREATED:
        key = (made.pattern, made.flags)
        if key not in forms:
            form = form_of(made.pattern, made.flags)
            if form is not None:
                forms[key] = form
    return forms


def restore_compiled(forms: dict[tuple[str, int], Form]) -> None:
    """Use ``forms`` (from ``compiled_forms`` in an earlier run of the same code and
    Python) instead of compiling those patterns again."""
    _RESTORED.update(forms)
