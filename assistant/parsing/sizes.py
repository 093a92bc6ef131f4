"""Prompt and output sizes: ``our prompt has 2,000 tokens``, ``answers are about 300
tokens``, ``~200-word summaries`` (words count as 4/3 of a token each, inferred).

A size belongs to the nearest word naming a prompt or an output. What a prompt is made
of counts as the prompt ("3,000 tokens of instructions", "policy text and sample
answers": examples shown to the model are input). A size in brackets or in a clause of
its own describes what was named just before it: "our prompt is enormous (about 2,500
tokens)", "the system prompt is long, about 3k tokens".
"""

from __future__ import annotations

from decimal import Decimal

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.scan import Scan

_UNIT = lazy_pattern(r"\s*-?\s*(?P<unit>tokens?|toks?|words?|characters?|chars?)(?![a-z])")
_PROMPT = lazy_pattern(
    r"\b(?:prompts?|instructions?|system\s+(?:message|prompt)|few-shot|inputs?|templates?"
    r"|preamble|context|demonstrations?|(?:sample|example)s?\s+(?:answers?|responses?|outputs?"
    r"|replies)|polic(?:y|ies)\s+(?:text|docs?|documents?|excerpts?|wording)|(?:style|policy"
    r"|business)\s+(?:guide(?:lines)?|rules)|(?:sends?|sending|sent)(?!\s+back))\b"
)
# "Sample answers" are examples in the prompt, not the model's answers.
_OUTPUT = lazy_pattern(
    r"\b(?<!sample )(?<!example )(?<!samples )(?<!examples )(?:outputs?|answers?|responses?"
    r"|replies|reply|completions?|generat\w+|summar(?:y|ies)|captions?|descriptions?|drafts?"
    r"|results?|max_tokens|writes?|produc\w+|headlines?|explanations?|narratives?|emails?"
    r"|posts?|(?:sends?|sent|sending)\s+back|returns?|returned)\b"
)
_DIGIT = lazy_pattern(r"\d")
# A word after the number names it less surely than one before ("prompts are ~1,500
# tokens"), so it counts as this many characters further away.
_AFTER_PENALTY = 10
_CONTEXT_WINDOW = lazy_pattern(r"\bcontext\s+(?:window|length|size|limit)\b")
# Tokens per unit: English averages about 3/4 of a word, or 4 characters, per token.
_TOKENS_PER = {"word": Decimal(4) / 3, "character": Decimal(1) / 4, "char": Decimal(1) / 4}


def extract(scan: Scan, draft: Draft) -> None:
    """Set ``prompt_tokens`` and ``output_tokens``; claim every token or word count."""
    text = scan.text
    low = text.low
    for quantity in list(scan.free()):
        unit = _UNIT.match(low, quantity.end)
        if unit is None:
            continue
        scan.claim(quantity, end=unit.end())
        begin, end = text.clause(quantity.start)
        right = low[unit.end() : min(end, unit.end() + 80)]
        digit = _DIGIT.search(right)
        if digit is not None:
            right = right[: digit.start()]  # words past the next number describe that one
        if begin > 0 and low[begin - 1] in "([":
            begin = text.clause(begin - 1)[0]  # brackets explain what comes before them
        left = low[max(begin, quantity.start - 80) : quantity.start]
        field = _role(left, right)
        if field is None:
            # A clause with no word of its own ("..., about 3k tokens") goes on about
            # what the sentence named before it.
            left = _earlier(
                low[max(text.sentence(quantity.start)[0], quantity.start - 80) : quantity.start]
            )
            field = _role(left, right)
        if field is None or _CONTEXT_WINDOW.search(left + " " + right):
            continue
        name = unit.group("unit").rstrip("s")
        name = "token" if name.startswith("tok") else name
        value = quantity.middle * _TOKENS_PER.get(name, Decimal(1))
        draft.put(
            field,
            int(value.to_integral_value()),
            evidence=text.evidence(quantity.start, unit.end()),
            inferred=name != "token" or quantity.approximate,
        )


def _earlier(left: str) -> str:
    """``left`` from its last number on: words before an earlier number describe that one."""
    digits = [m.end() for m in _DIGIT.finditer(left)]
    return left[digits[-1] :] if digits else left


def _role(left: str, right: str) -> str | None:
    """The field a size belongs to: the nearest word naming a prompt or an output."""
    distances: dict[str, int] = {}
    for field, pattern in (("prompt_tokens", _PROMPT), ("output_tokens", _OUTPUT)):
        before = [len(left) - m.end() for m in pattern.finditer(left)]
        after = [m.start() + _AFTER_PENALTY for m in pattern.finditer(right)]
        if before or after:
            distances[field] = min(before + after)
    if not distances:
        return None
    return min(distances, key=lambda f: (distances[f], f))
