"""Starting ``advisor serve --http`` as a real process, the way an operator runs it.

with FakeSlack() as slack:
    server = start_server(slack_api_url=slack.api_url, database_url=url)
    ...  # send signed requests to server.base_url
    server.stop()
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_command() -> list[str]:
    """``advisor serve`` through the CLI's entry module (the console script's target)."""
    if importlib.util.find_spec("integrations.cli.cost_command") is not None:
        return [sys.executable, "-m", "integrations.cli.main", "serve"]
    # The CLI's other commands are not all present yet: run the serve command on its own.
    return [sys.executable, "-m", "integrations.cli.serve_command"]


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS line")

    def stop(self, timeout: float = 25) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return int(self.process.returncode)


def start_server(
    *,
    slack_api_url: str,
    database_url: str,
    extra_env: dict[str, str] | None = None,
    timeout: float = 60,
) -> ServerProcess:
    """Start ``advisor serve --http`` on a free loopback port; return once /healthz is 200."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADVISOR_"))}
    env |= {
        "SLACK_API_URL": slack_api_url,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "ADVISOR_DATABASE_URL": database_url,
        "ADVISOR_LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        **(extra_env or {}),
    }
    handle, name = tempfile.mkstemp(prefix="advisor-serve-", suffix=".log")
    with os.fdopen(handle, "wb") as log:
        process = subprocess.Popen(
            [*serve_command(), "--http", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = ServerProcess(
        process=process, base_url=f"http://127.0.0.1:{port}", log_path=Path(name), env=env
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"advisor serve exited with {process.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.base_url + "/healthz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"advisor serve did not become healthy:\n{server.log()}")
