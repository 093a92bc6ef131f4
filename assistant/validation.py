"""Input checked into records: the one place the answer path's dataclasses meet pydantic.

Knowledge files, stored threads, Slack forms and tool arguments arrive as plain data; here
pydantic checks them against the record's annotations (``AtLeast``, ``MinLength`` and the
records' ``__post_init__`` checks included) and builds the record, or raises
``pydantic.ValidationError`` naming every field that is wrong. Pydantic is imported on the
first check, so a run that validates nothing never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import TypeAdapter

T = TypeVar("T")


def validated(kind: type[T], data: Any) -> T:
    """``data`` as a ``kind`` record, checked; raises ``pydantic.ValidationError``.

    >>> from assistant.constraints import Constraints
    >>> validated(Constraints, {"domain": "legal"}).domain
    <Domain.LEGAL: 'legal'>
    """
    checked: T = _adapter(kind).validate_python(data)
    return checked


def validated_json(kind: type[T], text: str | bytes) -> T:
    """The JSON document ``text`` as a ``kind`` record, checked."""
    checked: T = _adapter(kind).validate_json(text)
    return checked


def _adapter(kind: type[T]) -> TypeAdapter[T]:
    found: TypeAdapter[T] | None = _ADAPTERS.get(kind)
    if found is None:
        from pydantic import TypeAdapter

        # Two threads may build one at once; either result is the same adapter.
        found = _ADAPTERS[kind] = TypeAdapter(kind)
    return found


#: One adapter per record type, built on its first check (building one compiles its schema).
_ADAPTERS: dict[type, Any] = {}
