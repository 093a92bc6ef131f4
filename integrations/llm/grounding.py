"""Is a value a chat model read from a text actually in that text?

A model may only fill in what the person wrote: a number counts when the number itself (in
digits, with "k"/"thousand"/..., or in words) appears in the text, or a plain unit
conversion of one that does (3 months -> 90 days; 500 a day -> 15,000 a month); a domain
or task counts when one of its words appears. Everything here is pure and deterministic.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assistant import NUMBER_WORDS

_SCALES = {
    "k": 1_000,
    "thousand": 1_000,
    "grand": 1_000,
    "m": 1_000_000,
    "mm": 1_000_000,
    "million": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}
_DIGITS = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*"
    r"(k|thousand|grand|mm|m|million|bn|b|billion)?(?![a-z])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def mentioned_numbers(text: str) -> set[Decimal]:
    """Every number the text states, in digits or in words, scaled ("15k" -> 15000).

    >>> sorted(mentioned_numbers("15k NDAs, three months, $2.5 million"))
    [Decimal('3'), Decimal('15000'), Decimal('2500000')]
    """
    found: set[Decimal] = set()
    for match in _DIGITS.finditer(text):
        whole, fraction, scale = match.groups()
        try:
            value = Decimal(whole.replace(",", "") + (fraction or ""))
        except InvalidOperation:
            continue
        if scale:
            value *= _SCALES[scale.lower()]
        found.add(value.normalize())
    found.update(_word_numbers(text))
    return found


def _word_numbers(text: str) -> set[Decimal]:
    """Numbers written in words: "fifteen thousand", "two hundred", "a million", "a dozen"."""
    found: set[Decimal] = set()
    total = current = 0
    started = False
    words = [w.lower() for w in _WORD.findall(text)] + ["."]
    for i, word in enumerate(words):
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            started = True
        elif word == "dozen":
            current = (current or 1) * 12
            started = True
        elif word == "hundred" and (started or words[i - 1] in {"a", "one"}):
            current = (current or 1) * 100
            started = True
        elif word == "grand" and started:
            total += current * 1_000
            current = 0
        elif word in {"thousand", "million", "billion"} and (
            started or words[i - 1] in {"a", "one"}
        ):
            total += (current or 1) * _SCALES[word]
            current = 0
            started = True
        elif word == "and" and started:
            continue
        else:
            if started:
                found.add(Decimal(total + current))
            total = current = 0
            started = False
    return found


def _close(value: Decimal, candidate: Decimal) -> bool:
    # A converted figure may be rounded either way (500 a week -> 2,166.67 a month).
    return abs(value - candidate) <= max(Decimal(1), abs(candidate) / 100)


def _has(text: str, pattern: str) -> bool:
    return re.search(pattern, text, re.IGNORECASE) is not None


def number_grounded(name: str, value: Decimal, text: str) -> bool:
    """Whether ``value`` for the constraint ``name`` is stated in ``text`` (directly or by a
    unit conversion that the text's own words call for)."""
    numbers = mentioned_numbers(text)
    if value == 0:
        return name == "labeled_examples" and _has(
            text, r"\b(no|zero|none|without)\b[^.]{0,40}\b(label|data|example|annotat)"
        )
    candidates = set(numbers)
    if name == "timeline_days":
        if _has(text, r"\bweeks?\b"):
            candidates |= {n * 7 for n in numbers}
        if _has(text, r"\bmonths?\b"):
            candidates |= {n * 30 for n in numbers} | {n * 31 for n in numbers}
        if _has(text, r"\b(years?|annual)"):
            candidates |= {n * 365 for n in numbers}
    if name in {"monthly_requests", "monthly_budget_usd"}:
        if _has(text, r"\b(day|daily|per day|a day)\b"):
            candidates |= {n * 30 for n in numbers}
        if _has(text, r"\b(week|weekly)\b"):
            candidates |= {n * 52 / 12 for n in numbers}
        if _has(text, r"\b(year|yearly|annual|annually)\b"):
            candidates |= {n / 12 for n in numbers}
    return any(_close(value, candidate) for candidate in candidates)


#: Words that ground each domain (matched as word prefixes, case-insensitive).
DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    "healthcare": (
        "health",
        "medic",
        "clinic",
        "hospital",
        "patient",
        "pharma",
        "doctor",
        "nurse",
        "symptom",
        "diagnos",
    ),
    "legal": (
        "legal",
        "law",
        "contract",
        "nda",
        "attorney",
        "lawyer",
        "court",
        "litigat",
        "clause",
    ),
    "finance": (
        "financ",
        "bank",
        "insur",
        "account",
        "tax",
        "invest",
        "loan",
        "credit",
        "trading",
        "fintech",
    ),
    "customer_service": (
        "customer",
        "support",
        "service desk",
        "helpdesk",
        "help desk",
        "call cent",
        "ticket",
    ),
    "technical_support": (
        "technical support",
        "tech support",
        "it support",
        "helpdesk",
        "troubleshoot",
        "outage",
    ),
    "marketing": ("marketing", "advert", "ads", "campaign", "social media", "seo", "brand"),
    "media": ("news", "publish", "podcast", "journalis", "media", "editorial"),
    "creative": ("fiction", "story", "stories", "game", "creative", "novel", "poem", "poetry"),
    "ecommerce": (
        "e-commerce",
        "ecommerce",
        "online store",
        "store",
        "checkout",
        "shop",
        "product listing",
        "product description",
        "retail",
        "catalog",
    ),
    "education": (
        "educat",
        "school",
        "student",
        "teach",
        "tutor",
        "course",
        "learner",
        "universit",
    ),
    "general": ("general",),
}

#: Words that ground each task.
TASK_WORDS: dict[str, tuple[str, ...]] = {
    "classification": ("classif", "categori", "tag", "label", "triage", "route", "routing"),
    "extraction": ("extract", "pull out", "parse", "field"),
    "summarization": ("summar", "digest", "condense", "tl;dr", "brief"),
    "generation": ("generat", "write", "writing", "draft", "compose", "copy"),
    "chat": ("chat", "bot", "conversation", "assistant", "agent"),
    "question_answering": ("question", "answer", "faq", "q&a", "ask"),
    "translation": ("translat", "locali"),
    "sentiment": ("sentiment", "opinion", "tone", "mood"),
    "document_review": ("review", "flag", "audit", "contract", "clause"),
    "code": ("code", "coding", "program", "developer", "sql", "script"),
}


def word_grounded(words: tuple[str, ...], text: str) -> bool:
    """Whether one of ``words`` starts a word of ``text``."""
    lowered = text.lower()
    return any(re.search(r"(?<![a-z])" + re.escape(word), lowered) for word in words)
