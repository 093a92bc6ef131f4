"""The phrasings of yes/no facts (``flags``) and graded facts (``levels``), found in
one pass over the text: a pass costs about as much as the rest of a small extractor."""

from __future__ import annotations

import re

from assistant.parsing.alternation import Table
from assistant.parsing.flags import ENTRIES as FLAG_ENTRIES
from assistant.parsing.keys import PhraseKey
from assistant.parsing.levels import ENTRIES as LEVEL_ENTRIES
from assistant.parsing.text import Text

_TABLE = Table(FLAG_ENTRIES + LEVEL_ENTRIES, start=r"(?<![\w-])", end=r"(?![\w-])")


def find(text: Text) -> list[tuple[PhraseKey, re.Match[str]]]:
    """Each phrase in ``text`` with its key (``PhraseKey("compliance", "no")``)."""
    return list(_TABLE.finditer(text.low))
