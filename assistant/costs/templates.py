"""The prompts a technique would send, per task: ``knowledge/prompt_templates.yaml``.

For each ``Task`` the file holds the prompting path (full instructions, few-shot
examples, a typical input) and the fine-tuned path (a short instruction and the same
input: the examples and most instructions live in the weights). Counting these is how
the cost engine knows the prompt size when the description does not say it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from assistant.constraints import Task
from assistant.costs.prompt_template import PromptTemplate
from assistant.costs.template_counts import (
    COUNTS_FILE,
    TemplateTokens,
    count_template,
    fingerprint,
    load_stored,
)
from assistant.costs.tokens import EncodingName, TokenCounter
from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir
from assistant.records import STRICT_KEYS
from assistant.validation import validated
from assistant.yamlio import load_yaml


@dataclass(frozen=True, kw_only=True)
class TemplateCounts:
    """Token counts of one template in one encoding."""

    prompting: int  # with k examples
    prompting_without_examples: int
    fine_tuned: int
    output: int
    k: int


@dataclass(frozen=True, kw_only=True)
class _TemplateFile:
    __pydantic_config__ = STRICT_KEYS

    templates: list[PromptTemplate]


class PromptTemplates:
    """One template per task, with token counts cached in memory per (task, encoding).

    ``stored`` holds precomputed counts (see ``template_counts``); one is used only when
    its fingerprint matches the template, otherwise the template is counted live.
    """

    def __init__(
        self,
        templates: dict[Task, PromptTemplate],
        *,
        stored: dict[tuple[str, EncodingName], TemplateTokens] | None = None,
    ) -> None:
        self.templates = templates
        self._stored = stored or {}
        self._counts: dict[tuple[Task, EncodingName], TemplateTokens] = {}
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[PromptTemplates], tuple[Any, ...], dict[str, Any]]:
        # Pickled (by the start-up cache) as loaded: the lock and the live counts are
        # this process's own.
        return (PromptTemplates, (self.templates,), {"_stored": self._stored})

    def __getitem__(self, task: Task) -> PromptTemplate:
        return self.templates[task]

    def counts(
        self, task: Task, *, k: int | None, encoding: EncodingName, tokens: TokenCounter
    ) -> TemplateCounts:
        """Token counts of ``task``'s template with ``k`` examples (its default when None)."""
        template = self.templates[task]
        shots = template.default_k if k is None else min(k, len(template.examples))
        counted = self.tokens_of(task, encoding=encoding, tokens=tokens)
        return TemplateCounts(
            prompting=counted.prompting[shots],
            prompting_without_examples=counted.prompting[0],
            fine_tuned=counted.fine_tuned,
            output=counted.output,
            k=shots,
        )

    def tokens_of(
        self, task: Task, *, encoding: EncodingName, tokens: TokenCounter
    ) -> TemplateTokens:
        """All of ``task``'s counts in ``encoding``: stored when current, else live."""
        key = (task, encoding)
        found = self._counts.get(key)
        if found is not None:
            return found
        template = self.templates[task]
        stored = self._stored.get((task.value, encoding))
        if stored is not None and stored.fingerprint == fingerprint(template, encoding):
            found = stored
        else:
            found = count_template(template, encoding=encoding, tokens=tokens)
        with self._lock:
            self._counts[key] = found
        return found


def load_prompt_templates(
    path: Path, *, stored: dict[tuple[str, EncodingName], TemplateTokens] | None = None
) -> PromptTemplates:
    """Load and validate the templates: one per ``Task``, no more, no fewer.

    ``stored`` counts default to the file beside ``path`` (``prompt_template_counts.json``);
    pass ``{}`` to count everything live.
    """
    from pydantic import ValidationError  # loaded to check a file, never from the cache

    raw = load_yaml(path)
    try:
        parsed = validated(_TemplateFile, raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise KnowledgeError(f"{where}: {error['msg']}", file=path.name) from exc
    found: dict[Task, PromptTemplate] = {}
    for template in parsed.templates:
        if template.task in found:
            raise KnowledgeError("two templates for one task", file=path.name, entry=template.task)
        found[template.task] = template
    missing = sorted(set(Task) - set(found))
    if missing:
        raise KnowledgeError(f"no template for tasks {', '.join(missing)}", file=path.name)
    if stored is None:
        stored = load_stored(path.parent / COUNTS_FILE)
    return PromptTemplates(found, stored=stored)


@cache
def shipped_templates() -> PromptTemplates:
    """The templates the product ships, loaded once per process."""
    return load_prompt_templates(knowledge_dir() / "prompt_templates.yaml")
