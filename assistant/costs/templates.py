"""The prompts a technique would send, per task: ``knowledge/prompt_templates.yaml``.

For each ``Task`` the file holds the prompting path (full instructions, few-shot
examples, a typical input) and the fine-tuned path (a short instruction and the same
input: the examples and most instructions live in the weights). Counting these is how
the cost engine knows the prompt size when the description does not say it.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.constraints import Task
from assistant.costs.tokens import ChatMessage, EncodingName, Role, TokenCounter
from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir
from assistant.yamlio import load_yaml


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    input: str = Field(min_length=1)
    output: str = Field(min_length=1)


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    task: Task
    default_k: int = Field(ge=0)
    system: str = Field(min_length=40)  # the prompting path's instructions
    fine_tuned_system: str = Field(min_length=5)  # the fine-tuned path's short instruction
    examples: tuple[Example, ...] = Field(min_length=1)
    input: str = Field(min_length=1)  # a typical input
    output: str = Field(min_length=1)  # a typical answer: sizes the output tokens

    @model_validator(mode="after")
    def _enough_examples(self) -> PromptTemplate:
        if self.default_k > len(self.examples):
            raise ValueError(
                f"default_k {self.default_k} exceeds the {len(self.examples)} examples"
            )
        if len(self.fine_tuned_system) >= len(self.system):
            raise ValueError("the fine-tuned instruction should be shorter than the prompt's")
        return self

    def prompting_messages(self, k: int) -> list[ChatMessage]:
        """System instructions, ``k`` example exchanges, then the input."""
        messages = [ChatMessage(role=Role.SYSTEM, content=self.system)]
        for example in self.examples[:k]:
            messages.append(ChatMessage(role=Role.USER, content=example.input))
            messages.append(ChatMessage(role=Role.ASSISTANT, content=example.output))
        messages.append(ChatMessage(role=Role.USER, content=self.input))
        return messages

    def fine_tuned_messages(self) -> list[ChatMessage]:
        return [
            ChatMessage(role=Role.SYSTEM, content=self.fine_tuned_system),
            ChatMessage(role=Role.USER, content=self.input),
        ]


class TemplateCounts(BaseModel):
    """Token counts of one template in one encoding."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompting: int  # with k examples
    prompting_without_examples: int
    fine_tuned: int
    output: int
    k: int


class _TemplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    templates: list[PromptTemplate]


class PromptTemplates:
    """One template per task, with their token counts cached per (task, k, encoding)."""

    def __init__(self, templates: dict[Task, PromptTemplate]) -> None:
        self.templates = templates
        self._counts: dict[tuple[Task, int, EncodingName], TemplateCounts] = {}
        self._lock = threading.Lock()

    def __getitem__(self, task: Task) -> PromptTemplate:
        return self.templates[task]

    def counts(
        self, task: Task, *, k: int | None, encoding: EncodingName, tokens: TokenCounter
    ) -> TemplateCounts:
        """Token counts of ``task``'s template with ``k`` examples (its default when None)."""
        template = self.templates[task]
        shots = template.default_k if k is None else min(k, len(template.examples))
        key = (task, shots, encoding)
        found = self._counts.get(key)
        if found is None:
            found = TemplateCounts(
                prompting=tokens.count_chat(template.prompting_messages(shots), encoding=encoding),
                prompting_without_examples=tokens.count_chat(
                    template.prompting_messages(0), encoding=encoding
                ),
                fine_tuned=tokens.count_chat(template.fine_tuned_messages(), encoding=encoding),
                output=tokens.count(template.output, encoding=encoding),
                k=shots,
            )
            with self._lock:
                self._counts[key] = found
        return found


def load_prompt_templates(path: Path) -> PromptTemplates:
    """Load and validate the templates: one per ``Task``, no more, no fewer."""
    raw = load_yaml(path)
    try:
        parsed = _TemplateFile.model_validate(raw)
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
    return PromptTemplates(found)


@cache
def shipped_templates() -> PromptTemplates:
    """The templates the product ships, loaded once per process."""
    return load_prompt_templates(knowledge_dir() / "prompt_templates.yaml")
