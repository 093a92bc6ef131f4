"""Putting the Slack app together from ``Settings``, for HTTP or Socket Mode.

    runtime = start(Settings(), mode=Mode.HTTP)   # answering process up, token checked
    try:
        serve_http(asgi_app(runtime.app, healthy=runtime.healthy), host=..., port=...)
    finally:
        runtime.close()       # answers in progress finish (or are handed back) first

Everything slow or fallible happens here, before the first request: the settings are
checked, the database must answer within seconds (else one line and exit), the
answering process migrates it and loads the knowledge, and bolt verifies the bot token.
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
from integrations.slack.health import Health, StoreMonitor
from integrations.slack.intake import JobIntake, JobNotKept
from integrations.slack.logs import configure_logging
from integrations.slack.memory import limit_malloc_arenas
from integrations.slack.worker import AnswerWorker, WorkerStartError

#: Seconds the serving process's store operations may take: a job is kept before the
#: ack, and Slack wants the ack within 3 s.
ACK_STORE_TIMEOUT = 1.5


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
    intake: JobIntake
    monitor: StoreMonitor
    signing_secret: str | None = None

    def healthy(self) -> Health:
        """Whether a request accepted now would be answered: this process's store answers,
        and the answering process is alive, reaches its store and makes progress."""
        store = self.monitor.check()
        return store if not store.ok else self.worker.health()

    def close(self) -> None:
        self.worker.stop()
        self.monitor.stop()
        self.intake.close()


def start(settings: Settings, *, mode: Mode) -> Runtime:
    """Check the settings, start the answering process, build the bolt app."""
    limit_malloc_arenas()
    logger = configure_logging(settings)
    bot_token = _required(settings.slack_bot_token, "SLACK_BOT_TOKEN", "the bot token (xoxb-...)")
    if mode is Mode.HTTP:
        secret = _required(
            settings.slack_signing_secret, "SLACK_SIGNING_SECRET", "the app's signing secret"
        )
    else:
        secret = ""  # Socket Mode requests arrive over the app's own websocket, unsigned
        _required(settings.slack_app_token, "SLACK_APP_TOKEN", "an app-level token (xapp-...)")

    try:
        intake = JobIntake.from_url(
            settings.advisor_database_url.get_secret_value(),
            timeout=min(ACK_STORE_TIMEOUT, settings.advisor_store_timeout),
        )
    except JobNotKept as error:
        raise SlackSetupError(f"ADVISOR_DATABASE_URL: {error}") from None
    if not intake.healthy():
        raise WorkerStartError(
            f"the database could not be prepared: it does not answer within {intake.timeout:.1f} s"
        )
    worker = AnswerWorker(intake=intake, logger=logger, grace=settings.advisor_shutdown_grace)
    worker.start()
    monitor = StoreMonitor(intake.healthy, stale_after=intake.timeout + 1.5)
    monitor.start()
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
        monitor.stop()
        raise SlackSetupError(f"Slack refused to start the app: {error}") from error
    return Runtime(
        app=app,
        worker=worker,
        logger=logger,
        intake=intake,
        monitor=monitor,
        signing_secret=secret or None,
    )


def _required(value: SecretStr | None, variable: str, what: str) -> str:
    if value is None or not value.get_secret_value():
        raise SlackSetupError(f"{variable} is not set: the Slack app needs {what}")
    return value.get_secret_value()
