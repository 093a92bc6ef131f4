"""The model a description names: ``gpt-4o-mini``, ``GPT-6 Luna``, ``Llama 3 8B``, ``Claude``,
as a lower-case id ("gpt-4o-mini", "gpt-4.1", "llama-3-8b", "claude")."""

from __future__ import annotations

import re

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.text import Text

_V = r"(?:[- ]?\d{1,2}(?:\.\d)?)"
_MODEL = lazy_pattern(
    r"(?=[gocmlpqdbrft])(?<![\w-])(?:"
    rf"gpt{_V}o?(?:[- ](?:mini|nano|turbo|pro|luna|sol|terra|astra))?"
    r"|o[134](?:[- ](?:mini|pro|preview))?"
    rf"|claude(?:{_V})?(?:[- ](?:opus|sonnet|haiku|instant))?(?:{_V})?"
    rf"|(?:meta[- ])?llama(?:{_V})?(?:[- ]\d{{1,3}}\s?b)?"
    rf"|mi[sx]tral(?:[- ](?:7b|8x7b|8x22b|small|medium|large|nemo|tiny)(?:{_V})?)?"
    rf"|gemini(?:{_V})?(?:[- ](?:pro|flash|ultra|nano)(?:[- ]lite)?)?"
    rf"|gemma(?:{_V})?(?:[- ]\d{{1,3}}\s?b)?"
    rf"|phi{_V}(?:[- ](?:mini|small|medium))?"
    rf"|qwen(?:{_V})?(?:[- ]\d{{1,3}}\s?b)?"
    r"|deepseek(?:[- ](?:v\d|r\d|coder))?"
    r"|(?:distil)?(?:ro)?berta?(?:[- ](?:base|large))?"
    r"|(?:flan[- ])?t5(?:[- ](?:small|base|large|xl|xxl))?"
    r")(?![\w])"
)
_FAMILY_DIGIT = lazy_pattern(r"^(gpt|llama|claude|gemini|gemma|phi|qwen)(?=\d)")
_FINE_TUNE = lazy_pattern(r"\bfine[- ]?tun\w*")
_MOVED_TO = lazy_pattern(
    r"(?:\bfrom\s+\S+(?:\s+\S+){0,3}?\s+(?:to|->)|\b(?:switch\w*|mov(?:e|es|ed|ing)|migrat\w*"
    r"|upgrad\w*|downgrad\w*)\s+(?:\w+\s+){0,2}?(?:to|onto)|\u2192)\s*$"
)
_NAME_AFTER = lazy_pattern(
    r"[ -](?!(?:And|Or|For|To|In|On|With|The|API|Via|From)\b)[A-Z][a-z]{2,}\b"
)


def extract(text: Text, draft: Draft) -> None:
    """Set ``model``: the model named right after "fine-tune", else the first one named."""
    found = list(_MODEL.finditer(text.low))
    if not found:
        return
    chosen = found[0]
    # The model named right after "fine-tune" is the one the project is about.
    for tune in _FINE_TUNE.finditer(text.low):
        after = [m for m in found if 0 <= m.start() - tune.end() <= 40]
        if after:
            chosen = after[0]
            break
    # A model moved to is the one the project will use: "procurement is moving us from
    # GPT-4o to Claude 3.5 Sonnet", "we switched to Llama 3".
    moved = [m for m in found if _MOVED_TO.search(text.low, max(0, m.start() - 60), m.start())]
    if moved:
        chosen = moved[-1]
    start, end = chosen.span()
    # A new model's name after its family and version ("GPT-6 Nova"): kept, so an unknown
    # model is named in full rather than as its family.
    named = _NAME_AFTER.match(text.raw, end) if chosen.group()[-1:].isdigit() else None
    if named is not None and len(text.raw) == len(text.low):
        end = named.end()
    draft.put("model", model_id(text.low[start:end]), evidence=text.evidence(start, end))


def model_id(name: str) -> str:
    """The lower-case id of a model name.

    >>> model_id("Llama 3 8B")
    'llama-3-8b'
    """
    ident = re.sub(r"[\s_]+", "-", name.strip().lower())
    ident = _FAMILY_DIGIT.sub(r"\1-", ident)
    ident = re.sub(r"(\d)-b$", r"\1b", ident)
    return re.sub(r"-{2,}", "-", ident)
