"""Faults, over loopback, against ``advisor serve --http`` as a real process: hostile
requests, a killed answering process, a rate-limited channel, a dripping Slack API, a
frozen database, huge chunked bodies, replays and SIGTERM with a backlog. Each is bounded
in time and count; none may leave a request unanswered, answered twice, or the app silent.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
import pytest

from tests.pg import postgres_url_for_new_schema, require_postgres
from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID, Call, FakeSlack
from tests.slack.server_process import SIGNING_SECRET, ServerProcess, start_server
from tests.slack.signing import USER, SlackSender, message_ts, signed_headers, unique
from tests.tcp_proxy import PausableProxy

pytestmark = pytest.mark.slow

LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months"
OK_STATUSES = {200, 400, 401, 413}
#: Quick answers everywhere, a short grace so teardown is quick, no hourglass noise.
FAST = {"ADVISOR_SHUTDOWN_GRACE": "2", "ADVISOR_WORKING_INDICATOR_AFTER": "60"}


# --- helpers ---------------------------------------------------------------------------


def posts_in(slack: FakeSlack, channel: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def answered(slack: FakeSlack, channel: str, *, timeout: float) -> Call:
    return slack.wait_for_calls(
        "chat.postMessage", timeout=timeout, where=lambda c: c.params.get("channel") == channel
    )[0]


def stopped_cleanly(server: ServerProcess) -> None:
    code = server.stop()
    log = server.log()
    server.log_path.unlink(missing_ok=True)
    assert code == 0, log


def answering_pid(server: ServerProcess) -> int | None:
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            with_args = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"integrations.slack.worker" in with_args:
                return int(child)
    return None


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


def health(server: ServerProcess) -> httpx.Response:
    return httpx.get(server.base_url + "/healthz", timeout=10)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


@pytest.fixture(scope="module")
def server(slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    database = Path(tmp_path_factory.mktemp("faults-db")) / "advisor.db"
    process = start_server(
        slack_api_url=slack.api_url, database_url=f"sqlite:///{database}", extra_env=FAST
    )
    yield process
    stopped_cleanly(process)


@pytest.fixture
def sender(server: ServerProcess, slack: FakeSlack) -> Iterator[SlackSender]:
    client = SlackSender(server.base_url, SIGNING_SECRET, response_url=slack.response_url())
    yield client
    client.close()


# --- the HTTP edge ---------------------------------------------------------------------


def envelope(event: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0ADVISOR",
        "type": "event_callback",
        "event_id": unique("EvHOSTILE"),
        "event_time": int(time.time()),
        "event": event,
        **extra,
    }


def mention_event(text: str, channel: str) -> dict[str, Any]:
    return {
        "type": "app_mention",
        "user": USER,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": message_ts(),
        "channel": channel,
    }


JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def hostile_requests() -> list[tuple[str, bytes, dict[str, str]]]:
    """About a hundred requests no handler should trip on: (label, body, headers)."""
    signed: list[tuple[str, str, str]] = []  # (label, body, content type), signed correctly
    for label, body in [
        ("truncated JSON", "{"),
        ("JSON array", "[]"),
        ("JSON null", "null"),
        ("JSON number", "1"),
        ("JSON string", '"event_callback"'),
        ("deep nesting", "[" * 50_000 + "]" * 50_000),
        ("deep object nesting", '{"a":' * 5_000 + "1" + "}" * 5_000),
        ("type not a string", '{"type": 5}'),
        ("event a string", '{"type": "event_callback", "event": "x"}'),
        ("event a list", '{"type": "event_callback", "event": []}'),
        ("event without type", json.dumps(envelope({"text": "hi"}))),
        ("unknown event type", json.dumps(envelope({"type": "no_such_event"}))),
        ("reaction event", json.dumps(envelope({"type": "reaction_added", "user": "U1"}))),
        ("text a number", json.dumps(envelope({**mention_event("x", "C1"), "text": 5}))),
        ("channel a list", json.dumps(envelope({**mention_event("x", "C1"), "channel": []}))),
        ("ts an object", json.dumps(envelope({**mention_event("x", "C1"), "ts": {}}))),
        ("team_id a list", json.dumps(envelope(mention_event("x", "C1"), team_id=[1]))),
        ("event_id a number", json.dumps(envelope(mention_event("x", "C1"), event_id=7))),
        ("huge team id", json.dumps(envelope(mention_event("x", "C1"), team_id="T" * 5000))),
        ("huge event id", json.dumps(envelope(mention_event("x", "C1"), event_id="E" * 5000))),
        ("huge channel", json.dumps(envelope(mention_event("x", "C" * 5000)))),
        ("NUL in text", json.dumps(envelope(mention_event("a\u0000b", unique("CNUL"))))),
        ("NUL in channel", json.dumps(envelope(mention_event("a", "C\u0000X")))),
        ("low surrogate", json.dumps(envelope(mention_event("\udc00", unique("CSUR"))))),
        ("surrogate channel", json.dumps(envelope(mention_event("x", "C\ud800")))),
        ("surrogate event id", json.dumps(envelope(mention_event("x", "C1"), event_id="\ud800"))),
        ("url_verification without challenge", '{"type": "url_verification"}'),
        ("url_verification odd challenge", '{"type": "url_verification", "challenge": [1]}'),
        ("empty object", "{}"),
        ("thread reply, odd thread", json.dumps(envelope({"type": "message", "thread_ts": 5}))),
        ("authorizations a string", json.dumps(envelope({"type": "x"}, authorizations="x"))),
    ]:
        signed.append((label, body, JSON))
    for label, form in [
        ("payload not JSON", {"payload": "{nope"}),
        ("payload an array", {"payload": "[1, 2]"}),
        ("payload null", {"payload": "null"}),
        ("actions a number", {"payload": json.dumps({"type": "block_actions", "actions": 5})}),
        (
            "actions of strings",
            {"payload": json.dumps({"type": "block_actions", "actions": ["a"]})},
        ),
        (
            "unknown action",
            {
                "payload": json.dumps(
                    {
                        "type": "block_actions",
                        "team": {"id": TEAM_ID},
                        "user": {"id": USER},
                        "actions": [{"action_id": "no_such_action", "value": "v"}],
                    }
                )
            },
        ),
        (
            "advisor action without message",
            {
                "payload": json.dumps(
                    {
                        "type": "block_actions",
                        "team": {"id": TEAM_ID},
                        "user": {"id": USER},
                        "actions": [{"action_id": "advisor_option:x", "value": 5}],
                    }
                )
            },
        ),
        (
            "unknown view",
            {"payload": json.dumps({"type": "view_submission", "view": {"callback_id": "nope"}})},
        ),
        ("view a string", {"payload": json.dumps({"type": "view_submission", "view": "x"})}),
        ("shortcut", {"payload": json.dumps({"type": "shortcut", "callback_id": "x"})}),
        ("unknown payload type", {"payload": json.dumps({"type": "nonsense"})}),
        ("unknown command", {"command": "/nope", "text": "x", "team_id": TEAM_ID}),
        ("command without fields", {"command": "/advise"}),
        ("empty form", {}),
        ("form of garbage", {"%%%": "%%%"}),
        ("command with surrogate bytes", {"command": "/advise", "text": "\udcff"}),
    ]:
        signed.append((label, urlencode(form, errors="surrogatepass"), FORM))
    signed.append(("form without payload, raw", "a=%ZZ&b", FORM))
    signed.append(("JSON sent as form", json.dumps(envelope({"type": "x"})), FORM))
    signed.append(("form sent as JSON", "command=/advise&text=x", JSON))
    signed.append(("odd content type", json.dumps(envelope({"type": "x"})), "text/plain"))
    signed.append(("empty body", "", JSON))

    requests: list[tuple[str, bytes, dict[str, str]]] = []
    for label, body, content_type in signed:
        headers = signed_headers(SIGNING_SECRET, body, content_type=content_type)
        requests.append((label, body.encode("utf-8", "surrogatepass"), headers))

    good = json.dumps(envelope(mention_event(LEGAL, "C1")))
    good_headers = signed_headers(SIGNING_SECRET, good, content_type=JSON)
    for label, change in [
        ("timestamp not a number", {"X-Slack-Request-Timestamp": "abc"}),
        ("timestamp empty", {"X-Slack-Request-Timestamp": ""}),
        ("timestamp float", {"X-Slack-Request-Timestamp": "1.5e9"}),
        ("timestamp huge", {"X-Slack-Request-Timestamp": "9" * 40}),
        ("timestamp negative", {"X-Slack-Request-Timestamp": "-1"}),
        ("timestamp unicode digits", {"X-Slack-Request-Timestamp": "١٢٣"}),
        ("signature garbage", {"X-Slack-Signature": "v0=zz"}),
        ("signature empty", {"X-Slack-Signature": ""}),
        ("signature other version", {"X-Slack-Signature": "v1=" + "0" * 64}),
        ("signature of another body", {"X-Slack-Signature": "v0=" + "a" * 64}),
        ("stale timestamp", {"X-Slack-Request-Timestamp": str(int(time.time()) - 3600)}),
        ("future timestamp", {"X-Slack-Request-Timestamp": str(int(time.time()) + 3600)}),
        ("content type garbage", {"Content-Type": "\x7f;;;"}),
    ]:
        requests.append((label, good.encode(), {**good_headers, **change}))
    for label, drop in [
        ("no signature", "X-Slack-Signature"),
        ("no timestamp", "X-Slack-Request-Timestamp"),
    ]:
        kept = {k: v for k, v in good_headers.items() if k != drop}
        requests.append((label, good.encode(), kept))
    stale = json.dumps(envelope(mention_event(LEGAL, "C1")))
    requests.append(
        (
            "signed ten minutes ago",
            stale.encode(),
            signed_headers(
                SIGNING_SECRET, stale, content_type=JSON, timestamp=int(time.time()) - 600
            ),
        )
    )
    for n, raw in enumerate([b"\xff\xfe", b'{"a": "\xed\xa0\x80"}', b"\x00" * 100, b"\xc3"]):
        text = raw.decode("latin-1")
        headers = signed_headers(SIGNING_SECRET, text, content_type=JSON)
        requests.append((f"not UTF-8 #{n}", raw, headers))
    # Unsigned junk of every shape.
    for n, (body, content_type) in enumerate(
        [("{", JSON), ("[]", JSON), ("payload=x", FORM), ("", "text/plain")] * 7
    ):
        requests.append((f"unsigned #{n}", body.encode(), {"Content-Type": content_type}))
    return requests


def test_hostile_requests_get_4xx_or_an_ack_and_the_next_request_is_answered(
    server: ServerProcess, sender: SlackSender, slack: FakeSlack
) -> None:
    requests = hostile_requests()
    assert len(requests) >= 100
    surrogate_channel = unique("CSURROGATE")
    surrogate = json.dumps(envelope(mention_event(f"{LEGAL} \ud800", surrogate_channel)))
    assert "\\ud800" in surrogate
    requests.insert(
        0,
        (
            "unpaired surrogate",
            surrogate.encode(),
            signed_headers(SIGNING_SECRET, surrogate, content_type=JSON),
        ),
    )
    statuses: dict[str, int] = {}
    with httpx.Client(timeout=10) as http:
        for label, body, headers in requests:
            raw_headers = {name: value.encode() for name, value in headers.items()}
            statuses[label] = http.post(sender.url, content=body, headers=raw_headers).status_code
    wrong = {label: status for label, status in statuses.items() if status not in OK_STATUSES}
    assert not wrong
    assert statuses["unpaired surrogate"] == 200
    assert statuses["unknown event type"] == 200
    assert statuses["unknown action"] == 200
    assert statuses["timestamp not a number"] == 400
    assert statuses["truncated JSON"] == 400
    assert statuses["signature garbage"] == 401
    assert statuses["stale timestamp"] == 401
    # The surrogate mention is answered (the character replaced), and so is what follows.
    assert "*Understood:*" in answered(slack, surrogate_channel, timeout=20).all_text()
    channel = unique("CAFTERHOSTILE")
    assert sender.command(LEGAL, channel=channel).status_code == 200
    assert "*Understood:*" in answered(slack, channel, timeout=20).all_text()
    assert health(server).status_code == 200
    log = server.log()
    assert "Traceback" not in log, log[-4000:]


def test_a_replayed_slash_command_is_answered_once(sender: SlackSender, slack: FakeSlack) -> None:
    channel = unique("CREPLAY")
    form = {
        "team_id": TEAM_ID,
        "channel_id": channel,
        "user_id": USER,
        "command": "/advise",
        "text": LEGAL,
        "response_url": slack.response_url(),
        "trigger_id": unique("trigger."),
    }
    body = urlencode(form)
    headers = signed_headers(SIGNING_SECRET, body, content_type=FORM)
    first = sender.http.post(sender.url, content=body, headers=headers)
    answered(slack, channel, timeout=20)
    again = sender.http.post(sender.url, content=body, headers=headers)
    assert (first.status_code, again.status_code) == (200, 200)
    time.sleep(1.5)
    assert len(posts_in(slack, channel)) == 1


def test_huge_chunked_bodies_are_refused_without_holding_memory(
    server: ServerProcess, sender: SlackSender
) -> None:
    idle = rss_kib(server.pid)
    chunk = b"x" * (1 << 20)

    def hundred_megabytes() -> Iterator[bytes]:
        for _ in range(100):
            yield chunk

    with httpx.Client(timeout=30) as http:
        for _ in range(4):
            response = http.post(
                sender.url,
                content=hundred_megabytes(),
                headers={"Content-Type": JSON, "X-Slack-Request-Timestamp": "1"},
            )
            assert response.status_code == 413
    assert rss_kib(server.pid) - idle < 20 * 1024


# --- isolation -------------------------------------------------------------------------


def test_a_rate_limited_channel_delays_only_itself(sender: SlackSender, slack: FakeSlack) -> None:
    limited = unique("CLIMITED")
    slack.rate_limit(limited, retry_after=20)
    for _ in range(3):
        assert sender.command(LEGAL, channel=limited).status_code == 200
    time.sleep(0.3)  # the limited channel's job is now waiting out Retry-After
    others = [unique("CFREE") for _ in range(5)]
    sent_at: dict[str, float] = {}
    for channel in others:
        sent_at[channel] = time.time()
        assert sender.command(LEGAL, channel=channel).status_code == 200
    for channel in others:
        delay = answered(slack, channel, timeout=10).at - sent_at[channel]
        assert delay < 5, f"{channel} answered after {delay:.1f} s"
    limited_tries = slack.calls_to("chat.postMessage", ok=False)
    assert any(c.params.get("channel") == limited and c.status == 429 for c in limited_tries)


@pytest.fixture(scope="module")
def short_deadline_server(
    slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    database = Path(tmp_path_factory.mktemp("faults-deadline-db")) / "advisor.db"
    process = start_server(
        slack_api_url=slack.api_url,
        database_url=f"sqlite:///{database}",
        extra_env={**FAST, "ADVISOR_SLACK_CALL_DEADLINE": "3"},
    )
    yield process
    stopped_cleanly(process)


def test_a_dripping_slack_api_is_cut_off_at_the_deadline(
    short_deadline_server: ServerProcess, slack: FakeSlack
) -> None:
    sender = SlackSender(short_deadline_server.base_url, SIGNING_SECRET)
    try:
        dripping, free = unique("CDRIP"), unique("CFREE")
        slack.drip(dripping, every=0.5)
        started = time.monotonic()
        assert sender.command(LEGAL, channel=dripping).status_code == 200
        assert sender.command(LEGAL, channel=free).status_code == 200
        answered(slack, free, timeout=5)
        slack.wait_for(lambda _calls: len(slack.drips) >= 1, timeout=15)
        first_start, first_end = slack.drips[0]
        # 3 s deadline; the fake notices the hang-up at its next byte or two.
        assert first_end - first_start < 3 + 1.5
        assert first_end - started < 3 + 3
        assert health(short_deadline_server).status_code == 200
    finally:
        sender.close()


def test_a_killed_answering_process_loses_nothing_and_answers_nothing_twice(
    short_deadline_server: ServerProcess, slack: FakeSlack
) -> None:
    sender = SlackSender(short_deadline_server.base_url, SIGNING_SECRET)
    try:
        first = answering_pid(short_deadline_server)
        assert first is not None
        channels = [unique("CBURST") for _ in range(40)]
        started = time.monotonic()
        killed = False
        for channel in channels:
            assert sender.command(LEGAL, channel=channel).status_code == 200
            if not killed and time.monotonic() - started >= 1.0:
                os.kill(first, signal.SIGKILL)  # one second into the burst
                killed = True
            time.sleep(0.05)
        assert killed
        for channel in channels:
            answered(slack, channel, timeout=60)
        time.sleep(2)
        counts = {channel: len(posts_in(slack, channel)) for channel in channels}
        assert set(counts.values()) == {1}, counts
        assert answering_pid(short_deadline_server) not in (None, first)
    finally:
        sender.close()


# --- the database ----------------------------------------------------------------------


def through(proxy: PausableProxy, url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{proxy.port}"
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) == 2 else host))


def test_a_frozen_database_turns_healthz_503_and_answering_resumes(slack: FakeSlack) -> None:
    url, drop = postgres_url_for_new_schema(require_postgres())
    real = urlsplit(url)
    proxy = PausableProxy(real.hostname or "127.0.0.1", real.port or 5432).start()
    server = None
    sender = None
    try:
        server = start_server(
            slack_api_url=slack.api_url, database_url=through(proxy, url), extra_env=FAST
        )
        sender = SlackSender(server.base_url, SIGNING_SECRET)
        before = unique("CBEFORE")
        assert sender.command(LEGAL, channel=before).status_code == 200
        answered(slack, before, timeout=20)

        proxy.pause()
        frozen_at = time.monotonic()
        while health(server).status_code != 503:
            assert time.monotonic() - frozen_at < 5, "healthz still 200 with the database frozen"
            time.sleep(0.2)
        reason = health(server).json().get("reason", "")
        assert "database" in reason
        # A request now cannot be kept: it is refused (Slack retries), quickly.
        asked = time.monotonic()
        assert sender.command(LEGAL, channel=unique("CFROZEN")).status_code == 503
        assert time.monotonic() - asked < 3

        proxy.resume()
        resumed_at = time.monotonic()
        while health(server).status_code != 200:
            assert time.monotonic() - resumed_at < 20, "healthz never recovered"
            time.sleep(0.2)
        after = unique("CAFTER")
        assert sender.command(LEGAL, channel=after).status_code == 200
        answered(slack, after, timeout=20)
    finally:
        if sender is not None:
            sender.close()
        proxy.resume()
        if server is not None:
            stopped_cleanly(server)
        proxy.close()
        drop()


def test_start_up_against_a_frozen_database_fails_fast_with_one_line(slack: FakeSlack) -> None:
    url, drop = postgres_url_for_new_schema(require_postgres())
    real = urlsplit(url)
    proxy = PausableProxy(real.hostname or "127.0.0.1", real.port or 5432).start()
    proxy.pause()
    try:
        started = time.monotonic()
        with pytest.raises(RuntimeError) as failure:
            start_server(slack_api_url=slack.api_url, database_url=through(proxy, url), timeout=30)
        assert time.monotonic() - started < 15
        lines = [line for line in str(failure.value).splitlines() if line.startswith("advisor: ")]
        assert len(lines) == 1 and "does not answer" in lines[0], str(failure.value)
        assert "Traceback" not in str(failure.value)
    finally:
        proxy.close()
        drop()


# --- shutdown --------------------------------------------------------------------------


def test_sigterm_with_a_backlog_exits_0_and_the_backlog_is_answered_later(
    slack: FakeSlack, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'advisor.db'}"
    first = start_server(slack_api_url=slack.api_url, database_url=database, extra_env=FAST)
    sender = SlackSender(first.base_url, SIGNING_SECRET)
    channel = unique("CBACKLOG")  # one channel: answered one at a time, so a backlog builds
    try:
        for _ in range(25):
            assert sender.command(LEGAL, channel=channel).status_code == 200
    finally:
        sender.close()
    child = answering_pid(first)
    assert child is not None
    stopping = time.monotonic()
    first.process.send_signal(signal.SIGTERM)
    assert first.process.wait(20) == 0, first.log()
    assert time.monotonic() - stopping < 2 + 10
    assert not alive(child)
    assert "Traceback" not in first.log()
    first.log_path.unlink(missing_ok=True)
    answered_before = len(posts_in(slack, channel))

    second = start_server(slack_api_url=slack.api_url, database_url=database, extra_env=FAST)
    try:
        slack.wait_for_calls(
            "chat.postMessage",
            count=25,
            timeout=60,
            where=lambda c: c.params.get("channel") == channel,
        )
        time.sleep(1.5)
        assert len(posts_in(slack, channel)) == 25
        assert answered_before < 25  # there was a backlog to hand over
    finally:
        stopped_cleanly(second)
