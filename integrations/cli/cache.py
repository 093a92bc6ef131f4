"""Where the command line keeps its start-up cache (``assistant.startup_cache``): one file
in the user's cache folder, written whole or not at all, readable by its owner only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_PREFIX = "startup-"
_SUFFIX = ".pickle"


class FileCache:
    """Cache entries as files in ``directory``; only the newest is kept. A folder that
    cannot be read or written is no cache, never an error."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / f"{_PREFIX}{key}{_SUFFIX}"

    def read(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except OSError:
            return None

    def write(self, key: str, data: bytes) -> None:
        path = self._path(key)
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=self.directory, suffix=".tmp", delete=False
            ) as out:
                temporary = Path(out.name)
                try:
                    out.write(data)
                except OSError:
                    temporary.unlink(missing_ok=True)
                    raise
            os.replace(temporary, path)
            for older in self.directory.glob(f"{_PREFIX}*{_SUFFIX}"):
                if older != path:
                    older.unlink(missing_ok=True)
        except OSError:
            return


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/advisor``, else ``~/.cache/advisor``; None when neither is known."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base and Path(base).is_absolute():
        return Path(base) / "advisor"
    home = os.environ.get("HOME", "").strip()
    if home:
        return Path(home) / ".cache" / "advisor"
    return None


def command_cache() -> FileCache | None:
    """The start-up cache of ``advisor ask`` and ``advisor cost``; None (every run loads
    the knowledge files afresh) when no cache folder is known."""
    directory = cache_dir()
    return None if directory is None else FileCache(directory)
