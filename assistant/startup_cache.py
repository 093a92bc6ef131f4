"""What a short-lived process (``advisor ask``) would otherwise rebuild on every start:
the loaded knowledge and the parser's compiled patterns, kept between runs.

Both are derived data. The key hashes every knowledge file's bytes (and a price file's),
the size and modification time of every module of this package (the test Python's own
bytecode cache makes), and the Python, pydantic and PyYAML versions; a change to any of
them means a fresh load from the files. The cache never fails a run: a missing, stale or
corrupt entry is a plain load, as without one.

The core only turns a load into bytes and back; where the bytes are kept is the edge's
(``CacheStore``: the command line keeps them in the user's cache folder). The bytes are a
pickle, to be kept where only their owner can write, as Python keeps its bytecode.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from assistant.parsing import lazy

_FORMAT = b"advisor start-up cache 1"
_PACKAGE = Path(__file__).resolve().parent
# Token encodings are read only when a count first needs them, and checked against their
# published SHA-256 then; loading the knowledge never reads them.
_NOT_READ_ON_LOAD = "encodings"

T = TypeVar("T")


class CacheStore(Protocol):
    """Bytes by key, kept between runs. Neither method raises: a store that cannot read
    returns None, one that cannot write forgets."""

    def read(self, key: str) -> bytes | None: ...

    def write(self, key: str, data: bytes) -> None: ...


def cached_knowledge(
    folder: Path,
    *,
    price_file: Path | None,
    store: CacheStore,
    load: Callable[[], T],
    kind: type[T],
) -> T:
    """The knowledge ``load`` returns (a ``kind``), from ``store`` when it holds this
    exact load. After a fresh load the store is given the new entry, with every parser
    pattern made so far compiled ahead."""
    try:
        key = _key(folder, price_file)
    except OSError:
        return load()
    found = _unpickle(store.read(key), kind)
    if found is not None:
        return found
    knowledge = load()
    try:
        data = pickle.dumps((knowledge, lazy.compiled_forms()), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something in the knowledge that cannot be kept: load every time
        return knowledge
    store.write(key, data)
    return knowledge


def _key(folder: Path, price_file: Path | None) -> str:
    digest = hashlib.sha256(_FORMAT)
    for part in (sys.version, sys.implementation.cache_tag or "", _versions()):
        digest.update(part.encode() + b"\0")
    digest.update(f"{folder}\0{price_file}\0".encode())
    for path in _knowledge_files(folder):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    if price_file is not None:
        digest.update(price_file.read_bytes())
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(
            f"{path.relative_to(_PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode()
        )
    return digest.hexdigest()[:32]


def _versions() -> str:
    # The libraries that check the files on a miss: a run from the cache imports neither.
    return "\0".join(f"{name} {_package_stamp(name)}" for name in ("pydantic", "yaml"))


def _package_stamp(name: str) -> str:
    """The files of the installed package ``name`` (its C extension included) by size and
    modification time: they change when it is upgraded, and reading them does not import
    it (a run served from the cache never needs PyYAML)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return "absent"
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = sorted((entry.name, entry.stat()) for entry in os.scandir(folder) if entry.is_file())
    return ";".join(f"{file}:{stat.st_size}:{stat.st_mtime_ns}" for file, stat in files)


def _knowledge_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != _NOT_READ_ON_LOAD)
        found.extend(Path(root) / name for name in sorted(files))
    return found


def _unpickle(data: bytes | None, kind: type[T]) -> T | None:
    if data is None:
        return None
    try:
        knowledge, patterns = pickle.loads(data)
    except Exception:  # a corrupt or foreign entry is a miss, whatever it raises
        return None
    if not isinstance(knowledge, kind) or not isinstance(patterns, dict):
        return None
    lazy.restore_compiled(patterns)
    return knowledge
