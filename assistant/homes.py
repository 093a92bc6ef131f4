"""Public names that load their module on first use.

``assistant`` and ``assistant.render`` name everything a caller needs, but a command
that answers one question should not import the Slack, store or chart code it never
touches. Each package keeps a table of where its names live; this builds the module
``__getattr__`` that imports a name's home the first time the name is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any


def lazy_names(
    package: str, homes: Mapping[str, str], namespace: MutableMapping[str, Any]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name in ``homes`` is imported from
    its module on first use and kept in ``namespace``, so later uses cost nothing."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    return __getattr__
