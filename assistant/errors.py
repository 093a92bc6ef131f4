"""Every error Advisor raises on purpose, as one tree.

    AdvisorError
    ├── InputError            the person's text or options cannot be used
    │   ├── EmptyInputError
    │   └── InputTooLargeError
    ├── KnowledgeError        a file in knowledge/ is invalid (names the file and entry)
    └── CostError             the cost engine cannot price what was asked
        └── UnknownModelError

The edges (CLI, Slack) turn these into one sentence for the person; see
``assistant.messages``. Anything else escaping the core is a bug.
"""

from __future__ import annotations


class AdvisorError(Exception):
    """Base class of every deliberate Advisor error."""


class InputError(AdvisorError):
    """The text or an option cannot be used as given."""


class EmptyInputError(InputError):
    def __init__(self) -> None:
        super().__init__("the description is empty")


class InputTooLargeError(InputError):
    def __init__(self, *, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"the description has {size:,} characters; the limit is {limit:,}")


class KnowledgeError(AdvisorError):
    """A knowledge file is invalid. ``file`` and ``entry`` say where."""

    def __init__(self, message: str, *, file: str, entry: str | None = None) -> None:
        self.file = file
        self.entry = entry
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {message}")


class CostError(AdvisorError):
    """The cost engine cannot price what was asked."""


class UnknownModelError(CostError):
    def __init__(self, model: str, *, known: tuple[str, ...]) -> None:
        self.model = model
        self.known = known
        super().__init__(f"no price row for model {model!r}; known: {', '.join(known)}")
