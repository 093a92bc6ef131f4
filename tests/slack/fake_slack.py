"""A local fake of the Slack Web API: an HTTP server on 127.0.0.1 that records every call.

    with FakeSlack() as slack:
        env = {"SLACK_API_URL": slack.api_url}        # point the app at it
        slack.fail_next("chat.postMessage", times=1, status=429)   # a rate limit, once
        ...
        posts = slack.wait_for_calls("chat.postMessage", count=1)

It answers like Slack does: ``auth.test`` names a bot user, ``chat.postMessage`` returns a
realistic, increasing ``ts``, unknown methods return ``{"ok": true}``. It can answer the
next calls to a method with HTTP 429 (with ``Retry-After``), HTTP 500, or an ``ok: false``
error such as ``not_in_channel``; and channels can be marked as ones the bot is not in.
``POST /response/<id>`` plays the part of a slash command's ``response_url``.
File uploads go the way ``files_upload_v2`` sends them: ``files.getUploadURLExternal``
answers an ``upload_url`` on this server, ``POST /upload/<file_id>`` takes the bytes
(recorded as an ``upload`` call with their length and whether they are a PNG), and
``files.completeUploadExternal`` shares the file into ``channel_id``/``thread_ts``.
``conversations.history`` returns what was posted in a channel (with its metadata),
``users.info`` a user's ``tz`` (``user_zones``), ``chat.getPermalink`` a link. The agent
panel's ``assistant.threads.setSuggestedPrompts``, ``setStatus`` and ``setTitle`` are
recorded like the rest and refused (``invalid_arguments``) without their required
arguments, as Slack does; ``hold``
keeps requests to a method waiting until ``drop_held`` lets them go unanswered, as a
request that never reached Slack (for killing a process mid-call).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

TEAM_ID = "T0ADVISOR"
BOT_USER_ID = "U0ADVISOR"
BOT_ID = "B0ADVISOR"
RESPONSE_URL_METHOD = "response_url"
UPLOAD_METHOD = "upload"  # the bytes POSTed to an upload_url
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_POSTING = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update"})
#: The agent panel's methods and the arguments each requires.
ASSISTANT_ARGUMENTS = {
    "assistant.threads.setSuggestedPrompts": ("channel_id", "prompts"),
    "assistant.threads.setStatus": ("channel_id", "thread_ts", "status"),
    "assistant.threads.setTitle": ("channel_id", "thread_ts", "title"),
}


@dataclass(frozen=True)
class Call:
    """One request the fake received."""

    method: str  # Web API method, "response_url" or "upload"
    params: dict[str, Any]
    headers: dict[str, str]
    status: int  # the HTTP status the fake answered with
    ok: bool  # whether the answer was a success
    at: float
    response: dict[str, Any] = field(default_factory=dict)  # what the fake answered
    path: str = ""  # the URL path requested (tells one response_url from another)

    @property
    def ts(self) -> str:
        """The ts Slack gave a posted message."""
        return str(self.response["ts"])

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")

    @property
    def blocks(self) -> list[dict[str, Any]]:
        raw = self.params.get("blocks") or []
        return json.loads(raw) if isinstance(raw, str) else list(raw)

    def all_text(self) -> str:
        """The fallback text and every string inside the blocks, joined: what a person sees."""
        parts = [self.text]
        _collect_strings(self.blocks, parts)
        return "\n".join(parts)


@dataclass
class _Fault:
    status: int
    error: str | None
    retry_after: float


@dataclass
class FakeSlack:
    """The fake server. Use as a context manager; ``api_url`` is its Web API base URL."""

    retry_after_seconds: float = 1
    calls: list[Call] = field(default_factory=list)
    #: (start, end) of every answer dripped to a client, end when the client hung up.
    drips: list[tuple[float, float]] = field(default_factory=list)
    _faults: dict[str, list[_Fault]] = field(default_factory=dict)
    _absent_channels: set[str] = field(default_factory=set)
    _limited_channels: dict[str, float] = field(default_factory=dict)
    _dripping_channels: dict[str, float] = field(default_factory=dict)
    _lock: threading.Condition = field(default_factory=threading.Condition)
    _ts_counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _file_counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _server: ThreadingHTTPServer | None = None
    _holds: dict[str, int] = field(default_factory=dict)
    _held: list[threading.Event] = field(default_factory=list)
    _history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    user_zones: dict[str, str] = field(default_factory=dict)
    default_user_zone: str = "America/Los_Angeles"

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> FakeSlack:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, name="fake-slack", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake Slack server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/api/"

    def response_url(self, name: str = "1") -> str:
        return f"{self.base_url}/response/{name}"

    # --- steering ----------------------------------------------------------------------

    def fail_next(
        self, method: str, *, times: int = 1, status: int = 200, error: str | None = None
    ) -> None:
        """Answer the next ``times`` calls to ``method`` with a failure.

        ``status=429`` is a rate limit (with ``Retry-After``), ``status=500`` a server
        error, ``status=200`` with ``error`` an ``ok: false`` answer such as
        ``not_in_channel``.
        """
        fault = _Fault(status=status, error=error, retry_after=self.retry_after_seconds)
        with self._lock:
            self._faults.setdefault(method, []).extend([fault] * times)

    def bot_not_in(self, channel: str) -> None:
        """Posting to ``channel`` fails with ``not_in_channel`` until further notice."""
        with self._lock:
            self._absent_channels.add(channel)

    def hold(self, method: str, *, times: int = 1) -> None:
        """Keep the next ``times`` requests to ``method`` waiting, unanswered and not
        recorded, until ``drop_held``: as if they never reached Slack."""
        with self._lock:
            self._holds[method] = self._holds.get(method, 0) + times

    def wait_until_held(self, count: int = 1, *, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._held) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("no request was held")
                self._lock.wait(remaining)

    def drop_held(self) -> None:
        """Let the held requests go without answering or recording them."""
        with self._lock:
            for gate in self._held:
                gate.set()
            self._held.clear()
            self._holds.clear()

    def _hold(self, method: str) -> threading.Event | None:
        with self._lock:
            if self._holds.get(method, 0) <= 0:
                return None
            self._holds[method] -= 1
            gate = threading.Event()
            self._held.append(gate)
            self._lock.notify_all()
            return gate

    def rate_limit(self, channel: str, *, retry_after: float) -> None:
        """Every post to ``channel`` answers 429 with ``Retry-After`` until further notice."""
        with self._lock:
            self._limited_channels[channel] = retry_after

    def drip(self, channel: str, *, every: float) -> None:
        """Every post to ``channel`` is answered one byte every ``every`` seconds."""
        with self._lock:
            self._dripping_channels[channel] = every

    def dripping_for(self, params: dict[str, Any]) -> float | None:
        with self._lock:
            return self._dripping_channels.get(str(params.get("channel")))

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._history.clear()
            self.drips.clear()
            self._faults.clear()
            self._absent_channels.clear()
            self._limited_channels.clear()
            self._dripping_channels.clear()

    # --- reading what happened ---------------------------------------------------------

    def calls_to(self, method: str, *, ok: bool | None = True) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (ok is None or c.ok == ok)]

    def wait_for(
        self, predicate: Callable[[list[Call]], bool], *, timeout: float = 10.0
    ) -> list[Call]:
        """Block until ``predicate(calls)`` holds; returns the calls. Fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(list(self.calls)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    methods = [c.method for c in self.calls]
                    raise TimeoutError(f"fake Slack did not see what was expected: {methods}")
                self._lock.wait(remaining)
            return list(self.calls)

    def wait_for_calls(
        self,
        method: str,
        *,
        count: int = 1,
        timeout: float = 10.0,
        where: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Block until ``count`` successful calls to ``method`` (matching ``where``) arrived."""

        def matching(calls: list[Call]) -> list[Call]:
            return [c for c in calls if c.method == method and c.ok and (where is None or where(c))]

        self.wait_for(lambda calls: len(matching(calls)) >= count, timeout=timeout)
        with self._lock:
            return matching(self.calls)

    # --- serving (called from the handler threads) -------------------------------------

    def _answer(
        self, method: str, params: dict[str, Any], headers: dict[str, str], path: str = ""
    ) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            fault = self._take_fault(method, params)
            if fault is not None:
                status, extra, body = _fault_answer(fault)
                ok = False
            else:
                status, extra, body, ok = 200, {}, self._success(method, params), True
            self.calls.append(
                Call(
                    method=method,
                    params=params,
                    headers=headers,
                    status=status,
                    ok=ok,
                    at=time.time(),
                    response=json.loads(body),
                    path=path,
                )
            )
            self._lock.notify_all()
        if method == RESPONSE_URL_METHOD:
            return status, {"Content-Type": "text/plain"}, b"ok" if ok else body
        if method == UPLOAD_METHOD:  # Slack's upload URL answers in plain text
            answer = f"OK - {params.get('length')}".encode() if ok else body
            return status, {"Content-Type": "text/plain"}, answer
        return status, {"Content-Type": "application/json; charset=utf-8", **extra}, body

    def _take_fault(self, method: str, params: dict[str, Any]) -> _Fault | None:
        queued = self._faults.get(method)
        if queued:
            return queued.pop(0)
        required = ASSISTANT_ARGUMENTS.get(method, ())
        if any(params.get(name) in (None, "", []) for name in required):
            return _Fault(status=200, error="invalid_arguments", retry_after=0)
        if method in _POSTING and params.get("channel") in self._absent_channels:
            return _Fault(status=200, error="not_in_channel", retry_after=0)
        limited = self._limited_channels.get(str(params.get("channel")))
        if method in _POSTING and limited is not None:
            return _Fault(status=429, error="ratelimited", retry_after=limited)
        return None

    def _success(self, method: str, params: dict[str, Any]) -> bytes:
        body: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            body |= {
                "url": "https://advisor-test.slack.com/",
                "team": "Advisor Test",
                "user": "advisor",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        elif method == "chat.postMessage":
            ts = self._next_ts()
            body |= {
                "channel": params.get("channel"),
                "ts": ts,
                "message": {
                    "type": "message",
                    "bot_id": BOT_ID,
                    "user": BOT_USER_ID,
                    "text": params.get("text", ""),
                    "ts": ts,
                    **({"thread_ts": params["thread_ts"]} if params.get("thread_ts") else {}),
                },
            }
            message = body["message"]
            if params.get("metadata"):
                raw = params["metadata"]
                message["metadata"] = json.loads(raw) if isinstance(raw, str) else raw
            self._history.setdefault(str(params.get("channel")), []).append(message)
        elif method == "conversations.history":
            oldest = float(params.get("oldest") or 0)
            posted = self._history.get(str(params.get("channel")), [])
            body |= {
                "messages": [m for m in reversed(posted) if float(m["ts"]) > oldest],
                "has_more": False,
            }
        elif method == "users.info":
            user = str(params.get("user") or "")
            zone = self.user_zones.get(user, self.default_user_zone)
            body |= {"user": {"id": user, "team_id": TEAM_ID, "tz": zone, "is_bot": False}}
        elif method == "chat.getPermalink":
            channel, ts = params.get("channel"), str(params.get("message_ts") or "")
            link = f"https://advisor-test.slack.com/archives/{channel}/p{ts.replace('.', '')}"
            body |= {"channel": channel, "permalink": link}
        elif method == "chat.postEphemeral":
            body |= {"message_ts": self._next_ts()}
        elif method == "chat.update":
            body |= {"channel": params.get("channel"), "ts": params.get("ts")}
        elif method in {"views.open", "views.update", "views.push"}:
            body |= {"view": {"id": f"V{next(self._ts_counter):08d}", "type": "modal"}}
        elif method == "files.getUploadURLExternal":
            file_id = f"F{next(self._file_counter):010d}"
            body |= {"upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}
        elif method == "files.completeUploadExternal":
            files = json.loads(params.get("files") or "[]")
            body |= {
                "files": [
                    {"id": f.get("id"), "title": f.get("title"), "mimetype": "image/png"}
                    for f in files
                ]
            }
        return json.dumps(body).encode()

    def _next_ts(self) -> str:
        # Slack's ts: seconds, a dot, six digits; unique and increasing within a channel.
        return f"{1732170000 + len(self.calls)}.{next(self._ts_counter) * 100:06d}"


def _fault_answer(fault: _Fault) -> tuple[int, dict[str, str], bytes]:
    if fault.status == 429:
        body = {"ok": False, "error": "ratelimited"}
        return 429, {"Retry-After": f"{fault.retry_after:g}"}, json.dumps(body).encode()
    if fault.status >= 500:
        return fault.status, {}, b'{"ok": false, "error": "internal_error"}'
    return fault.status, {}, json.dumps({"ok": False, "error": fault.error}).encode()


def _handler_for(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            # For a fake running in another process (the benchmark): what it recorded.
            if self.path != "/_calls":
                self.send_error(404)
                return
            with fake._lock:
                summary = [
                    {
                        "method": c.method,
                        "ok": c.ok,
                        "status": c.status,
                        "channel": c.params.get("channel"),
                        "thread_ts": c.params.get("thread_ts"),
                        "at": c.at,
                    }
                    for c in fake.calls
                ]
            body = json.dumps(summary).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if self.path.startswith("/api/"):
                method = self.path[len("/api/") :].split("?", 1)[0]
            elif self.path.startswith("/response/"):
                method = RESPONSE_URL_METHOD
            elif self.path.startswith("/upload/"):
                method = UPLOAD_METHOD
            else:
                self.send_error(404)
                return
            if method == UPLOAD_METHOD:  # raw file bytes: keep what they are, not them
                params: dict[str, Any] = {
                    "file_id": self.path[len("/upload/") :],
                    "length": len(raw),
                    "png": raw.startswith(PNG_SIGNATURE),
                }
            else:
                params = _parse_body(raw, self.headers.get("Content-Type", ""))
            headers = {k.lower(): v for k, v in self.headers.items()}
            gate = fake._hold(method)
            if gate is not None:
                gate.wait()
                self.close_connection = True
                return  # dropped: never answered, never recorded
            status, extra, body = fake._answer(method, params, headers, self.path)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            every = fake.dripping_for(params) if method in _POSTING else None
            if every is None:
                self.wfile.write(body)
                return
            started = time.monotonic()
            try:  # one byte at a time, until the client gives up
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(every)
            except OSError:
                pass
            with fake._lock:
                fake.drips.append((started, time.monotonic()))
                fake._lock.notify_all()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the calls are recorded, not logged

    return Handler


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        parsed = json.loads(raw)
        return parsed if isinstance(parsed, dict) else {"payload": parsed}
    return {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}


def _collect_strings(node: Any, out: list[str]) -> None:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in {"type", "block_id", "action_id", "style"}:
                _collect_strings(value, out)
    elif isinstance(node, list):
        for item in node:
            _collect_strings(item, out)


def main() -> None:
    """``python -m tests.slack.fake_slack``: run the fake on its own; prints its base URL."""
    fake = FakeSlack().start()
    print(fake.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
