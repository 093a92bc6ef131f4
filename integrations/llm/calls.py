"""One chat-model call with a hard deadline, its token usage logged, and any failure turned
into ``None`` so the caller keeps the deterministic answer.

The call runs in a daemon thread: when the deadline passes the answer goes on without it
(a thread cannot be killed; a late reply is dropped, and the process can still exit). For
that, a call must not hand its work to a thread pool (LangChain's parallel runnables do,
and the interpreter waits for pool threads at exit): callers invoke the model, or the
model and a parser, in sequence.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage
from langchain_core.outputs import LLMResult

log = logging.getLogger("advisor.chat_model")

_T = TypeVar("_T")


def call_with_deadline(call: Callable[[], _T], *, timeout: float, purpose: str) -> _T | None:
    """``call()``'s result, or ``None`` when it raises or takes longer than ``timeout``
    seconds. Failures are logged at INFO: the person sees the deterministic answer, never
    an error."""
    outcome: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            outcome.put((True, call()))
        except BaseException as exc:  # the model's failure, whatever it is, is ours to absorb
            outcome.put((False, exc))

    threading.Thread(target=work, name=f"chat-model-{purpose}", daemon=True).start()
    try:
        succeeded, value = outcome.get(timeout=timeout)
    except queue.Empty:
        log.info(
            "chat model (%s): no reply within %.1f s; deterministic path kept", purpose, timeout
        )
        return None
    if not succeeded:
        log.info(
            "chat model (%s) failed: %s; deterministic path kept", purpose, type(value).__name__
        )
        return None
    result: _T = value
    return result


class UsageLogger(BaseCallbackHandler):
    """Logs the token usage a provider reports for each reply (pass it in the call's
    ``callbacks``)."""

    def __init__(self, purpose: str) -> None:
        self.purpose = purpose

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        for generations in response.generations:
            for generation in generations:
                message = getattr(generation, "message", None)
                usage = message.usage_metadata if isinstance(message, AIMessage) else None
                if usage:
                    log.info(
                        "chat model (%s): %d input tokens, %d output tokens",
                        self.purpose,
                        usage.get("input_tokens", 0),
                        usage.get("output_tokens", 0),
                    )
                else:
                    log.info("chat model (%s): no token usage reported", self.purpose)
