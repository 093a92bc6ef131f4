"""The curated guidance of the five source documents: ``knowledge/guidance.yaml``.

Each passage restates one piece of a document's guidance in our own words, with the
document and section it comes from, so every answer can cite where its reasons come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated

from assistant.errors import KnowledgeError
from assistant.records import STRICT_KEYS, MinLength, slug
from assistant.validation import validated
from assistant.yamlio import first_error, load_yaml


@dataclass(frozen=True, kw_only=True)
class Document:
    __pydantic_config__ = STRICT_KEYS

    id: str
    title: str  # exactly as the source lists it; the JSON contract's citations[].source
    file: str  # the source file it was curated from (reference only, never read)


@dataclass(frozen=True, kw_only=True)
class Passage:
    __pydantic_config__ = STRICT_KEYS

    id: Annotated[str, slug("passage id")]
    document: str
    section: str
    text: Annotated[str, MinLength(20)]
    topics: Annotated[tuple[str, ...], MinLength(1)]


@dataclass(frozen=True, kw_only=True)
class _GuidanceFile:
    __pydantic_config__ = STRICT_KEYS

    documents: list[Document]
    passages: list[Passage]


class Guidance:
    """Documents and passages, validated and indexed by id."""

    def __init__(self, *, documents: list[Document], passages: list[Passage], file: str) -> None:
        self.documents = {d.id: d for d in documents}
        self.passages = {p.id: p for p in passages}
        if len(self.documents) != len(documents):
            raise KnowledgeError("two documents share an id", file=file)
        seen: set[str] = set()
        for passage in passages:
            if passage.id in seen:
                raise KnowledgeError("duplicate passage id", file=file, entry=passage.id)
            seen.add(passage.id)
            if passage.document not in self.documents:
                raise KnowledgeError(
                    f"unknown document {passage.document!r}", file=file, entry=passage.id
                )

    @cached_property
    def ordered(self) -> tuple[Passage, ...]:
        """Passages sorted by id: the stable order every listing uses."""
        return tuple(sorted(self.passages.values(), key=lambda p: p.id))


def load_guidance(path: Path) -> Guidance:
    from pydantic import ValidationError  # loaded to check a file, never from the cache

    raw = load_yaml(path)
    try:
        parsed = validated(_GuidanceFile, raw)
    except ValidationError as exc:
        problem = first_error(exc, raw)
        raise KnowledgeError(f"{problem.where}: {problem.message}", file=path.name) from exc
    return Guidance(documents=parsed.documents, passages=parsed.passages, file=path.name)
