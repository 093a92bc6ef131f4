"""Reading the knowledge files: YAML through libyaml's C loader when it is available.

PyYAML is imported on the first read: a run that takes the knowledge from the start-up
cache reads no YAML."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import KnowledgeError

if TYPE_CHECKING:
    from pydantic import ValidationError


def load_yaml(path: Path) -> Any:
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open("rb") as handle:
            return yaml.load(handle, Loader=loader)  # a safe loader (C or Python)
    except FileNotFoundError as exc:
        raise KnowledgeError("file not found", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"not valid YAML: {exc}", file=path.name) from exc


@dataclass(frozen=True)
class FirstError:
    """The first validation error of a knowledge file, located for a person."""

    location: tuple[str, ...]
    entry: str | None  # the entry's name, when the location points into a list of entries
    message: str

    @property
    def where(self) -> str:
        """``passages[hidden-cost.overfitting].text``, or the dotted location."""
        if self.entry is None:
            return ".".join(self.location)
        return f"{self.location[0]}[{self.entry}]" + "".join(f".{p}" for p in self.location[2:])


def entry_id(entry: object, index: int) -> str | None:
    """An entry's ``id``, the usual way to name it."""
    return str(entry["id"]) if isinstance(entry, dict) and "id" in entry else None


def first_error(
    exc: ValidationError,
    raw: object,
    *,
    name: Callable[[object, int], str | None] = entry_id,
) -> FirstError:
    """``exc``'s first error, with the entry it is in named by ``name`` (entries are the
    items of a top-level list, as in ``passages:`` or ``rules:``)."""
    error = exc.errors()[0]
    location = error["loc"]
    entry = None
    if isinstance(raw, dict) and len(location) >= 2 and isinstance(location[1], int):
        entries = raw.get(str(location[0]))
        if isinstance(entries, list) and location[1] < len(entries):
            entry = name(entries[location[1]], location[1])
    return FirstError(
        location=tuple(str(part) for part in location), entry=entry, message=error["msg"]
    )
