"""The values found so far, with where each came from; turned into ``Constraints`` last."""

from __future__ import annotations

from typing import Any

from assistant.constraints import CONSTRAINT_FIELDS, Constraints, InputIssue, Provenance

_FIELDS = frozenset(CONSTRAINT_FIELDS)


class Draft:
    """Collects values, provenance, evidence and issues while the extractors run.

    The first value put for a field stays: extractors run from the most specific reading
    to the most general, so an earlier, surer reading is never overwritten.
    """

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._provenance: dict[str, Provenance] = {}
        self._evidence: dict[str, str] = {}
        self._readings: dict[str, str] = {}
        #: The reading now running (set by ``parse`` before each one), recorded with values.
        self.reading = ""
        self._issues: list[InputIssue] = []

    def has(self, name: str) -> bool:
        return name in self._values

    def get(self, name: str) -> Any:
        return self._values.get(name)

    def put(self, name: str, value: Any, *, evidence: str, inferred: bool = False) -> None:
        """Record ``value`` for ``name`` unless a value is already there."""
        if name not in _FIELDS:
            raise ValueError(f"the parser set {name!r}, which is not a constraint")
        if name in self._values or value is None:
            return
        self._values[name] = value
        self._provenance[name] = Provenance.INFERRED if inferred else Provenance.STATED
        self._evidence[name] = evidence
        if self.reading:
            self._readings[name] = self.reading

    def issue(self, field: str, message: str, *values: str, contradiction: bool = False) -> None:
        """Report something the text says that cannot be used as written."""
        issue = InputIssue(
            field=field, message=message, values=tuple(values), contradiction=contradiction
        )
        if issue not in self._issues:
            self._issues.append(issue)

    def build(self) -> Constraints:
        return Constraints(
            **{
                **self._values,
                "provenance": self._provenance,
                "evidence": self._evidence,
                "readings": self._readings,
                "issues": self._issues,
            }
        )
