"""Putting the Slack app together from ``Settings``, for HTTP or Socket Mode.

    runtime = start(Settings(), mode=Mode.HTTP)   # store migrated, knowledge loaded
    serve_http(asgi_app(runtime.app, healthy=runtime.healthy), host=..., port=...)

Everything slow or fallible happens here, before the first request: the settings are
checked, the database migrated, the knowledge loaded and the bot token verified.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from slack_bolt import App
from slack_sdk import WebClient

from assistant.errors import AdvisorError
from integrations.settings import Settings
from integrations.slack.app import build_app
from integrations.slack.client import web_client
from integrations.slack.responder import Responder
from integrations.store import Store

LOGGER_NAME = "advisor.slack"


class Mode(StrEnum):
    HTTP = "http"
    SOCKET = "socket"


class SlackSetupError(AdvisorError):
    """The Slack app cannot start as configured; the message says what to set."""


@dataclass(frozen=True)
class Runtime:
    app: App
    store: Store
    logger: logging.Logger

    def healthy(self) -> bool:
        return self.store.healthy()


def start(settings: Settings, *, mode: Mode) -> Runtime:
    """Check the settings, migrate the store, load the knowledge, build the bolt app."""
    logger = configure_logging(settings)
    bot_token = _required(settings.slack_bot_token, "SLACK_BOT_TOKEN", "the bot token (xoxb-...)")
    if mode is Mode.HTTP:
        secret = _required(
            settings.slack_signing_secret, "SLACK_SIGNING_SECRET", "the app's signing secret"
        )
    else:
        secret = ""  # Socket Mode requests arrive over the app's own websocket, unsigned
        _required(settings.slack_app_token, "SLACK_APP_TOKEN", "an app-level token (xapp-...)")

    from assistant.advisor import Advisor

    store = Store.from_url(settings.advisor_database_url.get_secret_value())
    store.migrate()
    logger.info("store ready: %s", store.url)  # the URL with its password hidden
    advisor = Advisor.load(price_file=settings.advisor_price_file)
    client = web_client(token=bot_token, base_url=settings.slack_api_url, logger=logger)

    def responder(bolt_client: WebClient) -> Responder:
        return Responder(
            advisor=advisor,
            store=store,
            client=bolt_client,
            indicator_after=settings.advisor_working_indicator_after,
            logger=logger,
        )

    try:
        app = build_app(
            signing_secret=secret,
            client=client,
            responder_factory=responder,
            workers=settings.advisor_slack_workers,
            logger=logger,
            socket_mode=mode is Mode.SOCKET,
        )
    except Exception as error:  # bolt raises BoltError when auth.test refuses the token
        raise SlackSetupError(f"Slack refused to start the app: {error}") from error
    return Runtime(app=app, store=store, logger=logger)


def configure_logging(settings: Settings) -> logging.Logger:
    logging.basicConfig(
        level=settings.advisor_log_level.value,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return logging.getLogger(LOGGER_NAME)


def _required(value: object, variable: str, what: str) -> str:
    from pydantic import SecretStr

    if not isinstance(value, SecretStr) or not value.get_secret_value():
        raise SlackSetupError(f"{variable} is not set: the Slack app needs {what}")
    return value.get_secret_value()
