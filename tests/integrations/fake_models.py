"""Chat models for the tests: langchain-core's fake chat models, scripted.

A chat model is the one network edge of the assist, so this is where tests substitute:
``ScriptedChatModel`` replies with the given messages in order (tool calls included, as a
provider's structured output does); ``SlowChatModel`` never answers in time;
``FailingChatModel`` raises. The factories at the bottom serve ``ADVISOR_CHAT_MODEL`` in
subprocess tests (``tests.integrations.fake_models:reading_model``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult

USAGE = {"input_tokens": 120, "output_tokens": 30, "total_tokens": 150}


class ScriptedChatModel(GenericFakeChatModel):
    """Replies with the scripted messages in order; ``bind_tools`` keeps the script (the
    reply decides which tool it calls), so ``with_structured_output`` works."""

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedChatModel:
        return self


def tool_reply(name: str, args: dict[str, Any]) -> AIMessage:
    """What a provider sends back for structured output: one tool call, with usage."""
    return AIMessage(
        content="",
        tool_calls=[{"name": name, "args": args, "id": f"call-{name}", "type": "tool_call"}],
        usage_metadata=USAGE,  # type: ignore[arg-type]
    )


def scripted(*replies: AIMessage | str) -> ScriptedChatModel:
    messages = [AIMessage(content=r) if isinstance(r, str) else r for r in replies]
    return ScriptedChatModel(messages=iter(messages))


class SlowChatModel(ScriptedChatModel):
    """Answers only after ``delay`` seconds (longer than any deadline a test sets)."""

    delay: float = 5.0

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        time.sleep(self.delay)
        return super()._generate(messages, stop, run_manager, **kwargs)


class FailingChatModel(ScriptedChatModel):
    """Raises the way a provider client does when the network or the key is wrong."""

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        raise ConnectionError("provider unreachable")


# --- factories for ADVISOR_CHAT_MODEL in subprocess tests --------------------------------


def reading_model() -> BaseChatModel:
    """Proposes the ProjectFacts in ``ADVISOR_TEST_FACTS`` (JSON) once, for reading."""
    facts = json.loads(os.environ.get("ADVISOR_TEST_FACTS", "{}"))
    return scripted(tool_reply("ProjectFacts", facts))


def failing_model() -> BaseChatModel:
    return FailingChatModel(messages=iter([]))


def not_a_model() -> object:
    return time.monotonic


def slow_model() -> BaseChatModel:
    """Never answers within a test's deadline."""
    return SlowChatModel(delay=30.0, messages=iter([]))
