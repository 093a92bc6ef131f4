from __future__ import annotations

import logging
from pathlib import Path

import pytest

from integrations.settings import LogLevel, Settings


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "ADVISOR_DATABASE_URL",
        "ADVISOR_PRICE_FILE",
        "ADVISOR_LOG_LEVEL",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_reads_the_contract_variables(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env.setenv("SLACK_BOT_TOKEN", "xoxb-secret-bot")
    env.setenv("SLACK_SIGNING_SECRET", "signing-secret-value")
    env.setenv("SLACK_APP_TOKEN", "xapp-secret-app")
    env.setenv("SLACK_API_URL", "http://127.0.0.1:9/api")
    env.setenv("ADVISOR_DATABASE_URL", "postgresql://u:hunter2@db/advisor")
    env.setenv("ADVISOR_PRICE_FILE", str(tmp_path / "prices.yaml"))
    env.setenv("ADVISOR_LOG_LEVEL", "debug")
    settings = Settings()
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-secret-bot"
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"  # slash added for slack_sdk
    assert settings.advisor_database_url.get_secret_value().endswith("@db/advisor")
    assert settings.advisor_price_file == tmp_path / "prices.yaml"
    assert settings.advisor_log_level is LogLevel.DEBUG


def test_secrets_never_appear_in_reprs_or_logs(
    env: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    env.setenv("SLACK_BOT_TOKEN", "xoxb-secret-bot")
    env.setenv("SLACK_SIGNING_SECRET", "signing-secret-value")
    env.setenv("ADVISOR_DATABASE_URL", "postgresql://u:hunter2@db/advisor")
    settings = Settings()
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("settings: %s %r", settings, settings)
    for shown in (repr(settings), str(settings), caplog.text, settings.model_dump_json()):
        assert "xoxb-secret-bot" not in shown
        assert "signing-secret-value" not in shown
        assert "hunter2" not in shown


def test_defaults(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env.setenv("XDG_DATA_HOME", str(tmp_path))
    settings = Settings()
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.slack_bot_token is None
    assert settings.advisor_database_url.get_secret_value().startswith("sqlite:///")
    assert settings.advisor_price_file is None
