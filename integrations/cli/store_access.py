"""Opening the store (and the Slack client) the way ``advisor serve`` does, for the
``decisions`` and ``digest`` commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from integrations.settings import Settings
    from integrations.store import Store


class SettingsProblem(Exception):
    """A setting is missing or unreadable; the message names it."""


def load_settings() -> Settings:
    from pydantic import ValidationError

    from integrations.settings import Settings

    try:
        return Settings()
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]).upper()
        raise SettingsProblem(f"setting {where}: {problem['msg']}") from error


def open_store(settings: Settings) -> Store:
    """The migrated store at ``ADVISOR_DATABASE_URL`` (migrating is a no-op when current)."""
    from integrations.store import Store

    store = Store.from_url(settings.advisor_database_url.get_secret_value())
    store.migrate()
    return store
