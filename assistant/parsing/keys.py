"""The key of a phrasing in the shared phrase table: the fact it speaks to and what it
says of it (``PhraseKey("compliance", "no")``, ``PhraseKey("ml_expertise", Level.HIGH)``)."""

from __future__ import annotations

from typing import NamedTuple


class PhraseKey(NamedTuple):
    fact: str  # the constraint field
    reading: str  # "yes", "no", "hint_yes", "hint_no", or a level
