"""Logging for the Slack app's processes: one format, the level from ``Settings``."""

from __future__ import annotations

import logging

from integrations.settings import Settings

LOGGER_NAME = "advisor.slack"


def configure_logging(settings: Settings) -> logging.Logger:
    """Log to stderr at the configured level; the process id tells the two processes apart."""
    logging.basicConfig(
        level=settings.advisor_log_level.value,
        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s",
    )
    return logging.getLogger(LOGGER_NAME)
