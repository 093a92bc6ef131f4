"""The one place Advisor's edges read the environment.

    settings = Settings()            # SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, ... from the env
    settings.slack_bot_token         # SecretStr: never printed in logs or reprs

Secrets are ``SecretStr``; call ``get_secret_value()`` only where a client needs the value.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class LogLevel(StrEnum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


def _default_database_url() -> str:
    # Imported here so reading settings does not pull SQLAlchemy in until it is needed.
    from integrations.store import default_database_url

    return default_database_url()


class Settings(BaseSettings):
    """Everything the Slack app and the CLI read from the environment (names are the
    upper-case field names, as ``CONTRACT.md`` lists them)."""

    model_config = SettingsConfigDict(
        case_sensitive=False, extra="ignore", frozen=True, hide_input_in_errors=True
    )

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    advisor_database_url: SecretStr = Field(
        # A database URL may carry a password: treat it as a secret too.
        default_factory=lambda: SecretStr(_default_database_url())
    )
    advisor_price_file: Path | None = None
    advisor_log_level: LogLevel = LogLevel.INFO
    #: Threads that answer after the ack (each mostly waits on Slack or the database).
    advisor_slack_workers: int = Field(default=8, ge=1, le=64)
    #: An answer slower than this shows the working indicator (seconds).
    advisor_working_indicator_after: float = Field(default=0.8, ge=0)
    #: Optional chat model that helps read (``module:factory`` or ``provider:model``).
    advisor_chat_model: str | None = None
    #: Hard deadline for one chat-model call (seconds); then the deterministic path stands.
    advisor_chat_timeout: float = Field(default=8.0, gt=0, le=120)
    #: Let the chat model reword the answer's summary (checked to keep every fact).
    advisor_chat_rephrase: bool = False
    #: Seconds between the scheduler's looks for due digests in `advisor serve` (0: off,
    #: e.g. when a cron job runs `advisor digest run` instead).
    advisor_digest_interval: float = Field(default=60.0, ge=0, le=3600)
    #: Seconds any one Slack call (retries and Retry-After waits included) may take.
    advisor_slack_call_deadline: float = Field(default=30.0, gt=0, le=600)
    #: Seconds any one database operation may take, connecting included, when answering.
    advisor_store_timeout: float = Field(default=5.0, gt=0, le=120)
    #: Seconds answers in progress get to finish after SIGTERM before they are handed back.
    advisor_shutdown_grace: float = Field(default=10.0, ge=0, le=600)

    @field_validator("advisor_log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # slack_sdk joins base_url and the method name by plain concatenation.
        return value if value.endswith("/") else value + "/"
