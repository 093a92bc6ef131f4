"""Every sentence the chat-model assist says to a person."""

from __future__ import annotations

#: Evidence recorded for a value the chat model read (the JSON answer's ``evidence``).
READ_BY_MODEL = "read by the chat model from the description"


def model_values_note(shown: list[str]) -> str:
    """The note an answer carries when the chat model supplied some of its values."""
    return (
        "Read with the help of the chat model (check them): "
        + ", ".join(shown)
        + ". The recommendation itself comes from Advisor's rules."
    )
