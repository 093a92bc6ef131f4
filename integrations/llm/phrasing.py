"""Phrasing, optional: the chat model may reword the answer's summary. The rewording is
used only when it carries exactly the same numbers, approach names and citation markers
as the deterministic text: nothing invented, nothing dropped."""

from __future__ import annotations

import re
from decimal import Decimal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from integrations.llm.calls import UsageLogger, call_with_deadline
from integrations.llm.grounding import mentioned_numbers

_INSTRUCTIONS = (
    "Reword this recommendation so it reads naturally for a product team. Keep every "
    "number, every approach name and every citation marker like [1] exactly; add none. "
    "Reply with the reworded text only."
)
_CITATION = re.compile(r"\[(\d+)\]")
# Longest first, so "prompt-then-fine-tune" is not also counted as prompting and fine-tuning.
_APPROACHES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "prompt-then-fine-tune",
        re.compile(
            r"prompt[- ]then[- ]fine[- ]?tun\w*|prompt now,? (?:and )?fine[- ]?tune later",
            re.IGNORECASE,
        ),
    ),
    ("fine-tuning", re.compile(r"fine[- ]?tun\w*", re.IGNORECASE)),
    ("prompting", re.compile(r"prompt\w*", re.IGNORECASE)),
)
#: A rewording longer than this many times the original is not a rewording.
_MAX_GROWTH = 3
_MARKUP = re.compile(r"[<>@`|*_~]|https?:|www\.|\n", re.IGNORECASE)


def key_facts(text: str) -> tuple[frozenset[Decimal], frozenset[str], frozenset[str]]:
    """The numbers, approach names and citation markers ``text`` mentions."""
    markers = frozenset(_CITATION.findall(text))
    rest = _CITATION.sub(" ", text)
    approaches = set()
    for name, pattern in _APPROACHES:
        if pattern.search(rest):
            approaches.add(name)
            rest = pattern.sub(" ", rest)
    numbers = frozenset(n.normalize() for n in mentioned_numbers(rest))
    return numbers, frozenset(approaches), markers


def phrasing_keeps_facts(original: str, candidate: str) -> bool:
    """Whether ``candidate`` states exactly the numbers, approaches and citation markers of
    ``original`` (none invented, none dropped).

    >>> phrasing_keeps_facts("Fine-tune it ($40,000, 90 days). [1]", "For $40,000 and 90 days, fine-tune. [1]")
    True
    >>> phrasing_keeps_facts("Fine-tune it ($40,000, 90 days). [1]", "Fine-tune it for $45,000. [1]")
    False
    """  # noqa: E501
    if not candidate.strip() or len(candidate) > _MAX_GROWTH * max(len(original), 40):
        return False
    if _markup(candidate) - _markup(original):
        return False  # no mentions, links or formatting the answer did not have
    return key_facts(original) == key_facts(candidate)


def _markup(text: str) -> set[str]:
    return {match.lower() for match in _MARKUP.findall(text)}


def rephrase_with_model(model: BaseChatModel, text: str, *, timeout: float) -> str | None:
    """``model``'s rewording of ``text`` when it keeps every fact, else ``None``."""
    candidate = call_with_deadline(lambda: _ask(model, text), timeout=timeout, purpose="phrasing")
    if candidate is None or not phrasing_keeps_facts(text, candidate):
        return None
    return candidate.strip()


def _ask(model: BaseChatModel, text: str) -> str | None:
    reply = model.invoke(
        [SystemMessage(_INSTRUCTIONS), HumanMessage(text)],
        config={"callbacks": [UsageLogger("phrasing")]},
    )
    if not isinstance(reply, AIMessage) or not isinstance(reply.content, str):
        return None
    return reply.content
