"""Where the knowledge file lives: inside an installed wheel, or beside a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def knowledge_dir() -> Path:
    """The folder holding guidance, rules, prices and encodings."""
    installed = _PACKAGE / "_knowledge"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "knowledge"
