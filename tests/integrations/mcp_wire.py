"""A minimal MCP client over a real ``advisor mcp`` process: JSON-RPC lines on stdio."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from typing import Any

PROTOCOL_VERSION = "2025-06-18"


class McpProcess:
    """``advisor mcp`` started as a process; ``request`` sends one JSON-RPC request and
    returns its response (notifications and log messages the server sends are skipped)."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        command = shutil.which("advisor", path=os.path.dirname(sys.executable))
        assert command is not None, "the advisor console script is not installed"
        self.process = subprocess.Popen(
            [command, "mcp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, **(env or {})},
        )
        self._next_id = 0

    def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next_id += 1
        self._send(
            {"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params or {}}
        )
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"the server closed its output: {self.stderr()}")
            message = json.loads(line)
            if message.get("id") == self._next_id:
                return dict(message)

    def notify(self, method: str) -> None:
        self._send({"jsonrpc": "2.0", "method": method})

    def initialize(self) -> dict[str, Any]:
        response = self.request(
            "initialize",
            {
                "protocolVersion": PROTOCOL_VERSION,
                "capabilities": {},
                "clientInfo": {"name": "advisor-tests", "version": "1"},
            },
        )
        self.notify("notifications/initialized")
        return response

    def close(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            return self.process.wait(timeout=20)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            for stream in (self.process.stdout, self.process.stderr):
                if stream is not None:
                    stream.close()

    def stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read()

    def _send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()
