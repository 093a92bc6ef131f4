"""The phrasings of yes/no facts (``flags``) and graded facts (``levels``), found in
one pass over the text: a pass costs about as much as the rest of a small extractor."""

from __future__ import annotations

import re

from assistant.parsing import flags, levels
from assistant.parsing.alternation import Table
from assistant.parsing.text import Text

_TABLE = Table(flags.ENTRIES + levels.ENTRIES, start=r"(?<![\w-])", end=r"(?![\w-])")


def find(text: Text) -> list[tuple[str, re.Match[str]]]:
    """Each phrase in ``text`` with its key ("compliance:no", "ml_expertise:high")."""
    return list(_TABLE.finditer(text.low))
