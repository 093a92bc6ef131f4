"""Bringing a database's schema up to date with the migrations shipped in this package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Any fixed 64-bit number works; all replicas must use the same one. Spells "advisor1".
_MIGRATION_LOCK_KEY = 0x61_64_76_69_73_6F_72_31


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration not yet applied, in one transaction.

    On PostgreSQL a transaction-scoped advisory lock serialises replicas that start at the
    same moment: the second waits, then finds the schema current and does nothing. On
    SQLite the transaction starts with ``BEGIN IMMEDIATE`` (see ``engine``), which does
    the same through the file lock.
    """
    # Imported here: only migrating needs alembic, not every process that reads the store.
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        command.upgrade(_alembic_config(connection), "head")


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None before the first migration."""
    from alembic.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped in this package."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config
