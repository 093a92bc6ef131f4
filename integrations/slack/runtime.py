"""Putting the Slack app together from ``Settings``, for HTTP or Socket Mode.

    runtime = start(Settings(), mode=Mode.HTTP)   # answering process up, token checked
    try:
        serve_http(asgi_app(runtime.app, healthy=runtime.healthy), host=..., port=...)
    finally:
        runtime.close()                            # answers in progress finish first

Everything slow or fallible happens here, before the first request: the settings are
checked, the answering process migrates the database and loads the knowledge, and bolt
verifies the bot token.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from pydantic import SecretStr
from slack_bolt import App

from assistant import AdvisorError
from integrations.settings import Settings
from integrations.slack.app import build_app
from integrations.slack.client import web_client
from integrations.slack.logs import configure_logging
from integrations.slack.worker import AnswerWorker


class Mode(StrEnum):
    HTTP = "http"
    SOCKET = "socket"


class SlackSetupError(AdvisorError):
    """The Slack app cannot start as configured; the message says what to set."""


@dataclass(frozen=True)
class Runtime:
    app: App
    worker: AnswerWorker
    logger: logging.Logger

    def healthy(self) -> bool:
        """The answering process is alive and its database answers."""
        return self.worker.healthy()

    def close(self) -> None:
        self.worker.stop()


def start(settings: Settings, *, mode: Mode) -> Runtime:
    """Check the settings, start the answering process, build the bolt app."""
    logger = configure_logging(settings)
    bot_token = _required(settings.slack_bot_token, "SLACK_BOT_TOKEN", "the bot token (xoxb-...)")
    if mode is Mode.HTTP:
        secret = _required(
            settings.slack_signing_secret, "SLACK_SIGNING_SECRET", "the app's signing secret"
        )
    else:
        secret = ""  # Socket Mode requests arrive over the app's own websocket, unsigned
        _required(settings.slack_app_token, "SLACK_APP_TOKEN", "an app-level token (xapp-...)")

    worker = AnswerWorker(logger=logger)
    worker.start()
    try:
        app = build_app(
            signing_secret=secret,
            client=web_client(token=bot_token, base_url=settings.slack_api_url, logger=logger),
            submit=worker.submit,
            logger=logger,
            socket_mode=mode is Mode.SOCKET,
        )
    except Exception as error:  # bolt raises BoltError when auth.test refuses the token
        worker.stop()
        raise SlackSetupError(f"Slack refused to start the app: {error}") from error
    return Runtime(app=app, worker=worker, logger=logger)


def _required(value: SecretStr | None, variable: str, what: str) -> str:
    if value is None or not value.get_secret_value():
        raise SlackSetupError(f"{variable} is not set: the Slack app needs {what}")
    return value.get_secret_value()
