"""Which database the store talks to: the default SQLite file, and URL normalisation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from integrations.store.errors import UnsupportedDatabaseError

_APP_FOLDER = "advisor"
_FILE_NAME = "advisor.db"
# psycopg (v3) is the PostgreSQL driver the `postgres` extra installs.
_POSTGRES_DRIVER = "postgresql+psycopg"


def default_database_url(*, environ: Mapping[str, str] | None = None) -> str:
    """The SQLite file used when no URL is configured, creating its folder.

    ``$XDG_DATA_HOME/advisor/advisor.db``, or ``~/.local/share/advisor/advisor.db``.

    >>> default_database_url(environ={"XDG_DATA_HOME": "/tmp/x"})  # doctest: +SKIP
    'sqlite:////tmp/x/advisor/advisor.db'
    """
    env = os.environ if environ is None else environ
    folder = _data_home(env) / _APP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / _FILE_NAME}"


def _data_home(env: Mapping[str, str]) -> Path:
    configured = env.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    home = env.get("HOME")
    return (Path(home) if home else Path.home()) / ".local" / "share"


def engine_url(url: str) -> URL:
    """Parse ``url`` into the URL the engine is created with.

    ``postgres://`` and ``postgresql://`` are mapped to the psycopg v3 driver; an explicit
    ``postgresql+driver://`` is kept. Anything but SQLite or PostgreSQL is refused.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise UnsupportedDatabaseError(_masked(url), reason="not a database URL") from error
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed
    if backend in {"postgres", "postgresql"}:
        if "+" not in parsed.drivername:
            return parsed.set(drivername=_POSTGRES_DRIVER)
        if backend == "postgres":
            driver = parsed.get_driver_name()
            return parsed.set(drivername=f"postgresql+{driver}")
        return parsed
    raise UnsupportedDatabaseError(
        parsed.render_as_string(hide_password=True),
        reason="only sqlite:/// and postgresql:// URLs are supported",
    )


def _masked(url: str) -> str:
    # An unparseable URL may still hold a password after the scheme; keep only the scheme.
    scheme, separator, _ = url.partition("://")
    return f"{scheme}{separator}..." if separator else "<unparseable>"
