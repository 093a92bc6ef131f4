"""The operator's chat model from ``ADVISOR_CHAT_MODEL``.

Two forms:

- ``module.path:factory``: ``factory()`` is called with no arguments and must return a
  langchain-core ``BaseChatModel`` (configure it in your own code: keys, base URL, ...).
- ``provider:model-name`` for the common provider packages, when installed:
  ``openai:gpt-4.1-mini`` (langchain-openai), ``anthropic:claude-...``
  (langchain-anthropic), ``ollama:llama3.1`` (langchain-ollama), ``google:gemini-...``
  (langchain-google-genai), ``mistral:...`` (langchain-mistralai), ``groq:...``
  (langchain-groq). These short names always mean the provider, never a module.
"""

from __future__ import annotations

import importlib
import re

from langchain_core.language_models import BaseChatModel

#: Short name -> (package module, chat model class).
PROVIDERS: dict[str, tuple[str, str]] = {
    "openai": ("langchain_openai", "ChatOpenAI"),
    "anthropic": ("langchain_anthropic", "ChatAnthropic"),
    "ollama": ("langchain_ollama", "ChatOllama"),
    "google": ("langchain_google_genai", "ChatGoogleGenerativeAI"),
    "mistral": ("langchain_mistralai", "ChatMistralAI"),
    "groq": ("langchain_groq", "ChatGroq"),
}
_DOTTED = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")


class ChatModelConfigError(ValueError):
    """``ADVISOR_CHAT_MODEL`` names nothing usable; the message says what to fix."""


def load_chat_model(spec: str) -> BaseChatModel:
    """The chat model ``spec`` names, or ``ChatModelConfigError``."""
    prefix, sep, rest = spec.strip().partition(":")
    if not sep or not prefix or not rest:
        raise ChatModelConfigError(
            f"ADVISOR_CHAT_MODEL={spec!r}: expected 'module:factory' or 'provider:model'"
        )
    if prefix in PROVIDERS:
        module_name, class_name = PROVIDERS[prefix]
        chat_class = getattr(_import(module_name, spec), class_name)
        model = chat_class(model=rest)
    else:
        if not _DOTTED.match(prefix) or not _DOTTED.match(rest):
            raise ChatModelConfigError(f"ADVISOR_CHAT_MODEL={spec!r}: not a 'module:factory' path")
        target = _import(prefix, spec)
        factory = target
        for part in rest.split("."):
            factory = getattr(factory, part, None)
            if factory is None:
                raise ChatModelConfigError(f"ADVISOR_CHAT_MODEL={spec!r}: {prefix} has no {rest}")
        if not callable(factory):
            raise ChatModelConfigError(f"ADVISOR_CHAT_MODEL={spec!r}: {rest} is not callable")
        model = factory()
    if not isinstance(model, BaseChatModel):
        raise ChatModelConfigError(
            f"ADVISOR_CHAT_MODEL={spec!r} gave a {type(model).__name__}, not a BaseChatModel"
        )
    return model


def _import(module_name: str, spec: str) -> object:
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        package = module_name.replace("_", "-")
        raise ChatModelConfigError(
            f"ADVISOR_CHAT_MODEL={spec!r}: cannot import {module_name} (pip install {package}?)"
        ) from exc
