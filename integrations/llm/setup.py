"""Turning the operator's settings into an ``Advisor``: the plain one unless
``ADVISOR_CHAT_MODEL`` names a chat model. Nothing here imports langchain-core until a model
is configured."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant import Advisor
    from integrations.settings import Settings

if TYPE_CHECKING:
    import logging

_VARIABLE = "ADVISOR_CHAT_MODEL"


def chat_model_configured() -> bool:
    """Whether the environment names a chat model: a cheap check, so the deterministic
    path (``advisor ask``) pays nothing for reading the full settings."""
    return any(name.upper() == _VARIABLE and value.strip() for name, value in os.environ.items())


def assisted_advisor(advisor: Advisor, settings: Settings) -> Advisor:
    """``advisor`` itself when no chat model is configured (or it cannot be loaded: then
    one warning is logged); otherwise the same advisor with the model's help."""
    spec = settings.advisor_chat_model
    if not spec:
        return advisor
    from integrations.llm.assisted import AssistedAdvisor
    from integrations.llm.loading import ChatModelConfigError, load_chat_model

    try:
        model = load_chat_model(spec)
    except ChatModelConfigError as exc:
        _log().warning("%s; answering without a chat model", exc)
        return advisor
    except Exception as exc:  # a factory that fails is the operator's to fix, not the person's
        _log().warning("ADVISOR_CHAT_MODEL: the factory failed (%s); answering without it", exc)
        return advisor
    return AssistedAdvisor(
        advisor,
        model=model,
        timeout=settings.advisor_chat_timeout,
        rephrase=settings.advisor_chat_rephrase,
    )


def advisor_with_environment_model(advisor: Advisor) -> Advisor:
    """``assisted_advisor`` with the settings read from the environment, for the command
    line: without ``ADVISOR_CHAT_MODEL`` this returns ``advisor`` before reading anything
    else."""
    if not chat_model_configured():
        return advisor
    from pydantic import ValidationError

    from integrations.settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        names = ", ".join(sorted({str(error["loc"][0]).upper() for error in exc.errors()}))
        _log().warning("invalid settings (%s); answering without a chat model", names)
        return advisor
    return assisted_advisor(advisor, settings)


def _log() -> logging.Logger:
    # Imported on first use: `advisor ask` without a model never loads logging.
    import logging

    return logging.getLogger("advisor.chat_model")
