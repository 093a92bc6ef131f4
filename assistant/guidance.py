"""The curated guidance of the five source documents: ``knowledge/guidance.yaml``.

Each passage restates one piece of a document's guidance in our own words, with the
document and section it comes from, so every answer can cite where its reasons come from.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import KnowledgeError
from assistant.yamlio import first_error, load_yaml

_ID = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")


class Document(BaseModel):
    # Built on first validation: a run that reads the knowledge from the start-up cache
    # (assistant.startup_cache) never validates a file, so never builds this.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: str
    title: str  # exactly as the source lists it; the JSON contract's citations[].source
    file: str  # the source file it was curated from (reference only, never read)


class Passage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: str
    document: str
    section: str
    text: str = Field(min_length=20)
    topics: tuple[str, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"passage id {value!r} is not a lowercase dotted slug")
        return value


class _GuidanceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

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
    raw = load_yaml(path)
    try:
        parsed = _GuidanceFile.model_validate(raw)
    except ValidationError as exc:
        problem = first_error(exc, raw)
        raise KnowledgeError(f"{problem.where}: {problem.message}", file=path.name) from exc
    return Guidance(documents=parsed.documents, passages=parsed.passages, file=path.name)
