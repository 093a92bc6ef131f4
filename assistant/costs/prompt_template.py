"""One task's prompt template: the instructions, the examples and a typical exchange, from
which a request's tokens are counted when the text gives no prompt of its own."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.constraints import Task
from assistant.costs.tokens import ChatMessage, Role


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
