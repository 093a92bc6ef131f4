"""``advisor serve --http [--host H] [--port N]`` and ``advisor serve --socket``: the Slack app."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from integrations.cli.exits import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, CommandParser, fail

DEFAULT_HOST = "0.0.0.0"
DEFAULT_PORT = 3000


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "serve",
        help="run the Slack app (HTTP in production, Socket Mode on a laptop)",
        description="Serve /advise, mentions and thread follow-ups. Reads SLACK_BOT_TOKEN, "
        "SLACK_SIGNING_SECRET (HTTP), SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL and "
        "ADVISOR_DATABASE_URL from the environment.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--http", action="store_true", help="serve POST /slack/events, GET /healthz")
    mode.add_argument("--socket", action="store_true", help="connect over Socket Mode")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"HTTP address ({DEFAULT_HOST})")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"HTTP port ({DEFAULT_PORT})"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from assistant import AdvisorError, describe_error
    from integrations.settings import Settings
    from integrations.slack.runtime import Mode, SlackSetupError, start
    from integrations.slack.worker import WorkerStartError

    try:
        settings = Settings()
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]).upper()
        return fail(f"setting {where}: {problem['msg']}", code=EXIT_BAD_INPUT)
    mode = Mode.SOCKET if args.socket else Mode.HTTP
    try:
        runtime = start(settings, mode=mode)
    except SlackSetupError as error:
        return fail(str(error), code=EXIT_BAD_INPUT)
    except WorkerStartError as error:
        return fail(str(error), code=EXIT_FAILURE)
    except AdvisorError as error:
        return fail(describe_error(error), code=EXIT_FAILURE)

    try:
        if mode is Mode.SOCKET:
            from integrations.slack.socket_mode import serve_socket

            app_token = settings.slack_app_token
            serve_socket(runtime.app, app_token=app_token.get_secret_value() if app_token else "")
        else:
            from integrations.slack.server import asgi_app, serve_http

            runtime.logger.info("serving Slack over HTTP on %s:%d", args.host, args.port)
            serve_http(
                asgi_app(
                    runtime.app,
                    healthy=runtime.healthy,
                    signing_secret=runtime.signing_secret,
                    logger=runtime.logger,
                ),
                host=args.host,
                port=args.port,
                log_level=settings.advisor_log_level.value,
            )
    finally:
        runtime.close()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """``python -m integrations.cli.serve_command --http``: the command on its own."""
    parser = CommandParser(prog="advisor")
    register(parser.add_subparsers(dest="command", required=True, parser_class=CommandParser))
    args = parser.parse_args(["serve", *(argv if argv is not None else sys.argv[1:])])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
