"""Every error Advisor raises on purpose, as one tree.

    AdvisorError
    ├── InputError            the person's text or options cannot be used
    │   ├── EmptyInputError
    │   └── InputTooLargeError
    ├── KnowledgeError        a file in knowledge/ is invalid (names the file and entry)
    └── CostError             the cost engine cannot price what was asked
        ├── UnknownModelError
        ├── CostInputError    a figure the cost model cannot use (negative, absurd, too long)
        └── CurrencyError     a price in a currency other than USD

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


class CostInputError(CostError):
    """A figure given to the cost engine (an option or a stated value) it cannot use."""

    def __init__(self, message: str, *, field: str, value: object) -> None:
        self.field = field
        self.value = value
        super().__init__(message)


class CurrencyError(CostError):
    """A price given in another currency: Advisor prices in US dollars only."""

    def __init__(self, text: str, *, currency: str) -> None:
        self.text = text
        self.currency = currency
        super().__init__(
            f"the price {text!r} is in {currency}; Advisor prices in USD - convert it first"
        )
