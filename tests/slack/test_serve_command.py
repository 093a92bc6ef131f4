"""``advisor serve`` refuses clearly when a setting it needs is missing."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.slack.server_process import ROOT, serve_command


def serve(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADVISOR_"))}
    return subprocess.run(
        [*serve_command(), *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "env", "variable"),
    [
        (["--socket"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN"),
        (["--socket"], {"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"),
        (["--http", "--port", "0"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
    ],
    ids=["socket-without-app-token", "socket-without-bot-token", "http-without-secret"],
)
def test_refuses_without_a_required_setting(
    args: list[str], env: dict[str, str], variable: str
) -> None:
    result = serve(*args, env=env)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("advisor: ") and variable in lines[0]
    assert "xoxb-1" not in result.stderr and "xapp-1" not in result.stderr


def test_http_and_socket_are_exclusive_and_one_is_required() -> None:
    assert serve(env={}).returncode == 2
    assert serve("--http", "--socket", env={}).returncode == 2


def test_an_unreachable_database_stops_the_start_with_one_line() -> None:
    result = serve(
        "--http",
        "--port",
        "0",
        env={
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "s",
            "ADVISOR_DATABASE_URL": "postgresql://nobody:hunter2@127.0.0.1:1/advisor",
        },
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.startswith("advisor: ")]
    assert len(lines) == 1 and "database could not be prepared" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert "hunter2" not in result.stderr
