"""One task's prompt template: the instructions, the examples and a typical exchange, from
which a request's tokens are counted when the text gives no prompt of its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from assistant.constraints import Task
from assistant.costs.tokens import ChatMessage, Role
from assistant.records import STRICT_KEYS, AtLeast, MinLength, NonEmpty


@dataclass(frozen=True, kw_only=True)
class Example:
    __pydantic_config__ = STRICT_KEYS

    input: NonEmpty
    output: NonEmpty


@dataclass(frozen=True, kw_only=True)
class PromptTemplate:
    __pydantic_config__ = STRICT_KEYS

    task: Task
    default_k: Annotated[int, AtLeast(0)]
    system: Annotated[str, MinLength(40)]  # the prompting path's instructions
    fine_tuned_system: Annotated[str, MinLength(5)]  # the fine-tuned path's short instruction
    examples: Annotated[tuple[Example, ...], MinLength(1)]
    input: NonEmpty  # a typical input
    output: NonEmpty  # a typical answer: sizes the output tokens

    def __post_init__(self) -> None:
        # Checked when a template file is validated (``assistant.validation``).
        if self.default_k > len(self.examples):
            raise ValueError(
                f"default_k {self.default_k} exceeds the {len(self.examples)} examples"
            )
        if len(self.fine_tuned_system) >= len(self.system):
            raise ValueError("the fine-tuned instruction should be shorter than the prompt's")

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
