"""``advisor digest run [--now ISO-8601]``: post every digest due at that instant, once.

For cron or a Kubernetes CronJob, with the same settings as ``advisor serve``. Running it
again, or in several places at once, posts nothing twice.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from integrations.cli.exits import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "digest",
        help="post the scheduled decision digests",
        description="Scheduled digests of the team decisions recorded in Slack.",
    )
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    run_parser = actions.add_parser(
        "run",
        help="post every digest due now (or at --now), once",
        description="Post every channel digest that is due at this instant, each once, "
        "whatever else runs at the same time. Reads SLACK_BOT_TOKEN, SLACK_API_URL and "
        "ADVISOR_DATABASE_URL like 'advisor serve'.",
    )
    run_parser.add_argument(
        "--now",
        metavar="ISO-8601",
        help="act as if it were this instant (e.g. 2026-03-02T09:00:00+01:00; no offset means UTC)",
    )
    run_parser.set_defaults(run=run)


def parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def run(args: argparse.Namespace) -> int:
    import logging

    from integrations.cli.store_access import SettingsProblem, load_settings, open_store
    from integrations.slack.client import web_client
    from integrations.slack.digest_runner import DigestRunner, Outcome
    from integrations.slack.logs import configure_logging
    from integrations.store import StoreError

    try:
        now = parse_now(args.now)
    except ValueError:
        return fail(f"--now {args.now!r} is not an ISO-8601 instant", code=EXIT_BAD_INPUT)
    try:
        settings = load_settings()
    except SettingsProblem as error:
        return fail(str(error), code=EXIT_BAD_INPUT)
    if settings.slack_bot_token is None or not settings.slack_bot_token.get_secret_value():
        return fail(
            "SLACK_BOT_TOKEN is not set: digests are posted by the bot", code=EXIT_BAD_INPUT
        )
    log = configure_logging(settings)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a migration check, every run
    try:
        store = open_store(settings)
    except StoreError as error:
        return fail(str(error), code=EXIT_FAILURE)
    client = web_client(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        logger=log,
    )
    try:
        outcomes = DigestRunner(store=store, client=client, logger=log).run_due(now=now)
    except StoreError as error:
        return fail(str(error), code=EXIT_FAILURE)
    finally:
        store.close()
    for o in outcomes:
        if o.outcome in {Outcome.POSTED, Outcome.RECOVERED, Outcome.FAILED}:
            print(
                f"{o.outcome.value}\t{o.team_id}\t{o.channel_id}\t{o.due_at.isoformat()}\t"
                f"{o.decisions} decisions\t{o.ts or ''}",
                file=sys.stdout,
            )
    return EXIT_FAILURE if any(o.outcome is Outcome.FAILED for o in outcomes) else EXIT_OK
