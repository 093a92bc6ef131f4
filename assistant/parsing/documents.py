"""The size of the document each request carries: ``14-page contracts``, ``discharge notes,
each about 9,000 tokens``, ``reports of ~3,000 words`` -> ``document_tokens``.

Pages count as 500 words each and words as 4/3 of a token (English prose), so a page is
about 667 tokens; such figures are inferred. A token or word count belongs to a document
only when a document word names it more closely than a prompt or an output word does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import Quantity
from assistant.parsing.scan import Scan
from assistant.parsing.sizes import _OUTPUT, _PROMPT

_PAGES = lazy_pattern(r"\s*-?\s*pages?(?![a-z])")
_UNIT = lazy_pattern(r"\s*-?\s*(?P<unit>tokens?|words?)(?![a-z])")
_DOCUMENT = lazy_pattern(
    r"\b(?:documents?|docs?|contracts?|agreements?|reports?|articles?|notes?|files?|filings?"
    r"|transcripts?|papers?|chapters?|manuals?|records?|pdfs?|letters?|briefs?|policies"
    r"|claims?|statements?|emails?|tickets?|essays?|theses|invoices?|each|apiece)\b"
)
_PAGES_AFTER = lazy_pattern(r"\s*(?:long|each|apiece|in length)\b")
_PAGES_BEFORE = lazy_pattern(
    r"(?:\b(?:each|averag\w*|typically|usually)\b|\b(?:documents?|contracts?|reports?|files?"
    r"|filings?|papers?|agreements?|manuals?)\s+(?:of|are|is|run|with|average)\b)[^.;]*$"
)
WORDS_PER_PAGE = Decimal(500)
TOKENS_PER_WORD = Decimal(4) / 3
_NEAR = 80  # characters either side that may name what a figure measures


def extract(scan: Scan, draft: Draft) -> None:
    """Set ``document_tokens``; claim the page, token or word counts that give it."""
    low = scan.text.low
    for quantity in list(scan.free()):
        pages = _PAGES.match(low, quantity.end)
        if pages is not None and _one_document(low, quantity.start, pages):
            tokens = quantity.middle * WORDS_PER_PAGE * TOKENS_PER_WORD
            _put(scan, draft, quantity, end=pages.end(), tokens=tokens)
            continue
        unit = _UNIT.match(low, quantity.end)
        if unit is None:
            continue
        left = low[max(0, quantity.start - _NEAR) : quantity.start]
        right = low[unit.end() : unit.end() + 20]
        if not _names_document(left, right):
            continue
        per = TOKENS_PER_WORD if unit.group("unit").startswith("word") else Decimal(1)
        _put(scan, draft, quantity, end=unit.end(), tokens=quantity.middle * per, inferred=per != 1)


def _one_document(low: str, start: int, pages: re.Match[str]) -> bool:
    """Pages that size one document ("14-page contracts", "reports of about 30 pages
    each"), not a volume ("200 pages of manuals a month")."""
    if "-" in pages.group():
        return True
    if _PAGES_AFTER.match(low, pages.end()) is not None:
        return True
    return _PAGES_BEFORE.search(low[max(0, start - 40) : start]) is not None


def _names_document(left: str, right: str) -> bool:
    """A document word names the figure more closely than a prompt or output word."""
    named = right.lstrip(" -")
    noun = _DOCUMENT.match(named)
    if noun is not None and noun.group() not in ("each", "apiece"):
        return True
    if _PROMPT.match(named) is not None or _OUTPUT.match(named) is not None:
        return False  # "200-word summaries": the word after names it
    documents = [len(left) - m.end() for m in _DOCUMENT.finditer(left)]
    if not documents:
        return False
    others = [len(left) - m.end() for p in (_PROMPT, _OUTPUT) for m in p.finditer(left)]
    return min(documents) < min(others, default=len(left) + 1)


def _put(
    scan: Scan,
    draft: Draft,
    quantity: Quantity,
    *,
    end: int,
    tokens: Decimal,
    inferred: bool = True,
) -> None:
    scan.claim(quantity, end=end)
    draft.put(
        "document_tokens",
        int(tokens.to_integral_value()),
        evidence=scan.text.evidence(quantity.start, end),
        inferred=inferred or quantity.approximate,
    )
