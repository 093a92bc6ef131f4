"""Where each input of an estimate came from, collected while the inputs are resolved."""

from __future__ import annotations

from assistant.costs.options import Default
from assistant.costs.report import Assumption, Given, InputSource, PriceUsed
from assistant.errors import CostInputError


class Record:
    """Assumptions (defaults used), given values, warnings and the price rows used."""

    def __init__(self) -> None:
        self.assumptions: list[Assumption] = []
        self.given: list[Given] = []
        self.warnings: list[str] = []
        self.prices: list[PriceUsed] = []

    def default(self, name: str, value: str, *, default: Default) -> None:
        """A documented default filled ``name``."""
        self.assumptions.append(
            Assumption(name=name, value=value, why=default.why, cites=default.cites)
        )

    def assume(self, name: str, value: str, *, why: str, cites: tuple[str, ...] = ()) -> None:
        """Something other than a fixed default (a template, a ratio) filled ``name``."""
        self.assumptions.append(Assumption(name=name, value=value, why=why, cites=cites))

    def give(self, name: str, value: str, *, source: InputSource) -> None:
        """The person gave ``name`` (an option or the description)."""
        self.given.append(Given(name=name, value=value, source=source))

    def warn(self, message: str) -> None:
        self.warnings.append(message)


def bad_input(name: str, value: object, problem: str) -> CostInputError:
    """The error for a figure the cost model cannot use: "monthly requests: -5 is negative"."""
    return CostInputError(f"{name}: {problem}", field=name, value=value)
