"""Plain records: what the engine builds itself, and how they turn into JSON.

The values on the answer path (constraints, cost reports, answers) are frozen dataclasses:
defining and building them costs next to nothing, so a one-shot ``advisor ask`` does not
pay for a validation library it would never use. What crosses a boundary (knowledge
files, Slack forms, tool arguments, stored threads) is still validated by pydantic, which
reads these dataclasses and the markers below (``assistant.validation``), and only where
that input arrives.

``json_data`` is the one conversion to JSON-ready data: a record becomes a dict of its
fields in declaration order, enums their values, dates ISO strings, tuples lists, and a
field annotated with ``JsonAs`` goes through its function (money rounded to cents).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Annotated, Any, Final, Union, get_args, get_origin, get_type_hints


@dataclasses.dataclass(frozen=True)
class JsonAs:
    """Field metadata: how the field's value is written in JSON."""

    convert: Callable[[Any], Any]


class _Limit:
    """Field metadata pydantic checks where input is validated, as the ``annotated_types``
    constraint ``_checked`` names (imported only then)."""

    def _checked(self) -> Any:
        raise NotImplementedError

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        return handler(Annotated[source, self._checked()])


@dataclasses.dataclass(frozen=True)
class AtLeast(_Limit):
    """The least value the field may hold."""

    bound: int

    def _checked(self) -> Any:
        from annotated_types import Ge

        return Ge(self.bound)


@dataclasses.dataclass(frozen=True)
class Above(_Limit):
    """A value the field must exceed."""

    bound: int

    def _checked(self) -> Any:
        from annotated_types import Gt

        return Gt(self.bound)


@dataclasses.dataclass(frozen=True)
class MinLength(_Limit):
    """The least length of a text or a sequence."""

    length: int

    def _checked(self) -> Any:
        from annotated_types import MinLen

        return MinLen(self.length)


@dataclasses.dataclass(frozen=True)
class Checked:
    """Field metadata: a function that checks (and returns) the value where input is
    validated, raising ``ValueError`` with a sentence when it is wrong."""

    check: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.check, handler(source))


_SLUG = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")


def slug(what: str) -> Checked:
    """Field metadata: an id written as a lowercase slug, dots and dashes between words
    ("gpt-4.1-mini", "hidden-cost.overfitting"); ``what`` names it in the error."""

    def check(value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(f"{what} {value!r} is not a lowercase dotted slug")
        return value

    return Checked(check)


@dataclasses.dataclass(frozen=True)
class FieldType:
    """A record field's type with its ``Annotated`` metadata split off."""

    annotation: Any
    metadata: tuple[Any, ...]

    @property
    def base(self) -> Any:
        """The type without ``| None``: ``int`` for ``int | None``."""
        if get_origin(self.annotation) in (Union, UnionType):
            (found,) = [a for a in get_args(self.annotation) if a is not type(None)]
            return found
        return self.annotation


@functools.cache
def field_types(cls: type) -> dict[str, FieldType]:
    """Each field of the dataclass ``cls``, in declaration order, with its type."""
    module = sys.modules[cls.__module__]
    hints = get_type_hints(cls, globalns=vars(module), include_extras=True)
    found: dict[str, FieldType] = {}
    for item in dataclasses.fields(cls):
        hint = hints[item.name]
        if get_origin(hint) is Annotated:
            annotation, *metadata = get_args(hint)
            found[item.name] = FieldType(annotation, tuple(metadata))
        else:
            found[item.name] = FieldType(hint, ())
    return found


@functools.cache
def _converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    return tuple(
        (name, _marked(kind.metadata) or _converter(kind.annotation))
        for name, kind in field_types(cls).items()
    )


def _marked(metadata: tuple[Any, ...]) -> Callable[[Any], Any] | None:
    """The function of the first ``JsonAs`` among a type's metadata."""
    return next((item.convert for item in metadata if isinstance(item, JsonAs)), None)


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """The ``JsonAs`` function a type asks for, reaching into ``X | None`` and tuples of X;
    None when the type asks for none."""
    if get_origin(hint) is Annotated:
        inner, *metadata = get_args(hint)
        return _marked(tuple(metadata)) or _converter(inner)
    args = get_args(hint)
    if get_origin(hint) in (tuple, list):
        inner = _converter(args[0])
        if inner is None:
            return None
        return lambda items: [inner(item) for item in items]
    if get_origin(hint) in (Union, UnionType):  # the converter of its non-None member
        for arg in args:
            found = None if arg is type(None) else _converter(arg)
            if found is not None:
                return found
    return None


def json_data(value: Any) -> Any:
    """``value`` as data ``json.dumps`` writes as the JSON contract shows it.

    >>> json_data({"on": date(2026, 1, 2), "n": (1, 2)})
    {'on': '2026-01-02', 'n': [1, 2]}
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for name, convert in _converters(type(value)):
            item = getattr(value, name)
            out[name] = (
                convert(item) if convert is not None and item is not None else json_data(item)
            )
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {json_data(key): json_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_data(item) for item in value]
    raise TypeError(f"no JSON form for {type(value).__name__}")


#: A text that may not be empty.
NonEmpty = Annotated[str, MinLength(1)]

#: ``__pydantic_config__`` of a record read from input: a key it does not have is an error.
STRICT_KEYS: Final = {"extra": "forbid"}
