"""A prompt pasted into the description: a fenced block (```...```) or a quoted one after
the word prompt. Its text is kept as ``prompt_text`` and hidden from the other
extractors, so "reply in 3 sentences" inside a prompt is not read as a fact."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.parsing.lazy import lazy_pattern

_FENCE = "```"
_PROMPT_NEAR = lazy_pattern(r"\b(?:prompts?|instructions?|system\s+(?:message|prompt))\b")
_QUOTED = lazy_pattern(r"\bprompt\b[^\"\n]{0,60}?(?:is|reads|says|:)\s*\"")
_BLOCK = lazy_pattern(
    r"\bprompt\s*(?:is|reads|below|looks like this|template|text)?\s*:\s*\n(?=\S)"
)
_LANGUAGE_TAG = lazy_pattern(r"[\w+-]{1,15}\n")
MIN_PROMPT_CHARS = 15


@dataclass
class Pasted:
    """What was pasted: the prompt (if any block was one) and every block's span."""

    prompt: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


def find(raw: str, low: str) -> Pasted:
    """Pasted blocks in the normalised text ``raw`` (``low`` is its lower-cased twin)."""
    pasted = Pasted()
    position = 0
    while (start := low.find(_FENCE, position)) != -1:
        close = low.find(_FENCE, start + 3)
        end = len(low) if close == -1 else close + 3
        body = raw[start + 3 : end - 3 if close != -1 else end]
        tag = _LANGUAGE_TAG.match(body)
        if tag:
            body = body[tag.end() :]
        pasted.spans.append((start, end))
        if pasted.prompt is None and _PROMPT_NEAR.search(low, max(0, start - 120), start):
            pasted.prompt = _usable(body)
        position = end
    if pasted.prompt is None and '"' in low and "prompt" in low:
        quoted = _QUOTED.search(low)
        if quoted is not None:
            close = low.find('"', quoted.end())
            if close != -1:
                pasted.prompt = _usable(raw[quoted.end() : close])
                if pasted.prompt is not None:
                    pasted.spans.append((quoted.end(), close))
    if pasted.prompt is None and "\n" in low and "prompt" in low:
        block = _BLOCK.search(low)
        if block is not None:
            close = low.find("\n\n", block.end())
            end = len(low) if close == -1 else close
            pasted.prompt = _usable(raw[block.end() : end])
            if pasted.prompt is not None:
                pasted.spans.append((block.end(), end))
    return pasted


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by blank space (offsets stay the same)."""
    if not spans:
        return text
    parts = list(text)
    for start, end in spans:
        # Line breaks at both ends: the block is a statement of its own, so a negation
        # or a clause never reaches across it.
        parts[start:end] = ("\n" + " " * (end - start))[: end - start - 1] + "\n"
    return "".join(parts)


def _usable(body: str) -> str | None:
    body = body.strip()
    return body if len(body) >= MIN_PROMPT_CHARS else None
