"""An operator's chat model helping Advisor read, never deciding (``ADVISOR_CHAT_MODEL``).

    advisor = assisted_advisor(Advisor.load(), Settings())   # the plain Advisor if unset

Importing this package loads no langchain-core; only a configured model does.
"""

from __future__ import annotations

from integrations.llm.setup import (
    advisor_with_environment_model,
    assisted_advisor,
    chat_model_configured,
)

__all__ = ["advisor_with_environment_model", "assisted_advisor", "chat_model_configured"]
