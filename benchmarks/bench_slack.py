"""Benchmark of the Slack app over loopback: ack latency, exactly-once answers, memory.

    python benchmarks/bench_slack.py            # about two minutes; prints PASS/FAIL per goal

What it starts (all on 127.0.0.1, all stopped at the end):

- the fake Slack Web API (tests/slack/fake_slack.py) in its own process;
- ``advisor serve --http``, twice (two replicas sharing one database: PostgreSQL at
  127.0.0.1:5432 when it answers, else a shared SQLite file);
- a bare slack-bolt app on the same server stack (Starlette + uvicorn, the same adapter)
  whose only listener acks ``/advise``: the baseline.

Goals:

1. ack p99 <= 100 ms for signed ``/advise`` commands from 20 concurrent clients, and at
   most 1.5x the bare app's p99, measured in alternating rounds in the same run;
2. 1,000 mention events with 10% retries (the same event_id re-sent, half of them to the
   other replica): every event answered exactly once;
3. server memory <= 150 MB RSS after that run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID  # noqa: E402
from tests.slack.server_process import (  # noqa: E402
    BOT_TOKEN,
    SIGNING_SECRET,
    ServerProcess,
    free_port,
    start_server,
)
from tests.slack.signing import signed_headers  # noqa: E402

CLIENTS = 20
CLIENT_RATE = 10  # commands a second per client at most
ROUNDS = 3
COMMANDS_PER_ROUND = 300  # per app per round
WARMUP = 60
EVENTS = 1_000
RETRY_SHARE = 0.10
ANSWER_TIMEOUT = 240.0  # seconds to wait for every answer to be posted
ACK_P99_LIMIT_MS = 100.0
RATIO_LIMIT = 1.5
RSS_LIMIT_MB = 150.0

DESCRIPTIONS = [
    "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months, accuracy critical",
    "Instagram captions for a coffee shop, no data, $100 budget, live this week",
    "Support chatbot for our bank, 5k labeled chats, $20k, 3 months, 100k requests a month",
    "Classify 40 loan document types, 90,000 labeled documents, 200k documents a month",
    "Exploring whether an LLM can help product managers write user stories, two-week spike",
]


# --- processes ---------------------------------------------------------------------------


class FakeSlackProcess:
    """The fake Slack Web API in its own process, so its work never slows the clients."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.slack.fake_slack"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().decode().strip()
        if not self.base_url.startswith("http://"):
            raise RuntimeError("the fake Slack API did not start")
        self.api_url = self.base_url + "/api/"

    def calls(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = httpx.get(self.base_url + "/_calls", timeout=30).json()
        return result

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(10)


def start_bare(api_url: str) -> ServerProcess:
    """This script in ``--bare`` mode: a bolt app that only acks, on the same stack."""
    port = free_port()
    handle, log_name = tempfile.mkstemp(prefix="bare-bolt-", suffix=".log")
    env = {**os.environ, "SLACK_API_URL": api_url, "PYTHONUNBUFFERED": "1"}
    with os.fdopen(handle, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, __file__, "--bare", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = ServerProcess(
        process=process, base_url=f"http://127.0.0.1:{port}", log_path=Path(log_name)
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(server.base_url + "/healthz", timeout=2).status_code == 200:
                return server
        if process.poll() is not None:
            break
        time.sleep(0.1)
    raise RuntimeError(f"the bare bolt app did not start:\n{server.log()}")


def run_bare(port: int) -> None:
    """The baseline: bolt + the same ASGI adapter and uvicorn settings; only acks."""
    from slack_bolt import Ack, App

    from integrations.slack.client import web_client
    from integrations.slack.server import asgi_app, serve_http

    app = App(
        signing_secret=SIGNING_SECRET,
        client=web_client(token=BOT_TOKEN, base_url=os.environ["SLACK_API_URL"]),
        token=BOT_TOKEN,
        process_before_response=True,
    )

    @app.command("/advise")
    def ack_only(ack: Ack) -> None:
        ack()

    serve_http(
        asgi_app(app, healthy=lambda: True), host="127.0.0.1", port=port, log_level="WARNING"
    )


@contextlib.contextmanager
def database_url() -> Iterator[tuple[str, str]]:
    """A database both replicas share: PostgreSQL when it answers, else a SQLite file."""
    try:
        from tests.pg import postgres_unreachable_reason, postgres_url_for_new_schema

        if postgres_unreachable_reason() is None:
            url, drop = postgres_url_for_new_schema()
            try:
                yield url, "PostgreSQL"
            finally:
                drop()
            return
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{folder}/advisor.db", "SQLite (PostgreSQL unreachable)"


# --- load ------------------------------------------------------------------------------


def command_body(index: int) -> str:
    return urlencode(
        {
            "team_id": TEAM_ID,
            "channel_id": f"CBENCH{index % 50:03d}",
            "user_id": "U0BENCH",
            "command": "/advise",
            "text": DESCRIPTIONS[index % len(DESCRIPTIONS)],
            "response_url": "",
            "trigger_id": f"trigger.{index}",
        }
    )


def ack_latencies(url: str, count: int, *, start: int) -> list[float]:
    """Send ``count`` signed /advise commands from CLIENTS threads; ack times in ms.

    Each client sends at most CLIENT_RATE commands a second (CLIENTS x CLIENT_RATE in
    all, far above what a workspace types), so the figure is the server's ack time under
    steady concurrent load, not the queue of a client that cannot send faster.
    """
    latencies: list[float] = []
    lock = threading.Lock()
    indexes = iter(range(start, start + count))
    interval = 1.0 / CLIENT_RATE

    def client(offset: float) -> None:
        next_send = time.perf_counter() + offset
        with httpx.Client(timeout=10, transport=_transport()) as http:
            while True:
                with lock:
                    index = next(indexes, None)
                if index is None:
                    return
                body = command_body(index)
                headers = signed_headers(
                    SIGNING_SECRET, body, content_type="application/x-www-form-urlencoded"
                )
                time.sleep(max(0.0, next_send - time.perf_counter()))
                began = time.perf_counter()
                response = http.post(url + "/slack/events", content=body, headers=headers)
                took = (time.perf_counter() - began) * 1000
                if response.status_code != 200:
                    raise RuntimeError(f"ack failed: HTTP {response.status_code}")
                with lock:
                    latencies.append(took)
                next_send = max(next_send + interval, time.perf_counter())

    with ThreadPoolExecutor(CLIENTS) as pool:
        offsets = [interval * n / CLIENTS for n in range(CLIENTS)]  # spread the clients out
        for future in [pool.submit(client, offset) for offset in offsets]:
            future.result()
    return latencies


def _transport() -> httpx.HTTPTransport:
    # Headers and body leave in separate writes; without TCP_NODELAY, Nagle's algorithm
    # meets the server's delayed ACK and some requests stall ~40 ms on the client side.
    return httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def send_events(targets: list[str], *, seed: int = 7) -> tuple[list[str], int]:
    """1,000 mentions plus 10% retries (same event_id); retries alternate replicas.

    Returns the ts of every distinct event (the thread each answer must go to) and how
    many retries were sent.
    """
    rng = random.Random(seed)
    events = []
    for n in range(EVENTS):
        ts = f"{1733000000 + n}.{n:06d}"
        events.append(
            {
                "event_id": f"EvBENCH{n:06d}",
                "event": {
                    "type": "app_mention",
                    "user": "U0BENCH",
                    "text": f"<@{BOT_USER_ID}> {DESCRIPTIONS[n % len(DESCRIPTIONS)]}",
                    "ts": ts,
                    "channel": f"CEVENTS{n % 20:02d}",
                },
            }
        )
    deliveries: list[tuple[dict[str, Any], int, str]] = [(e, 0, targets[0]) for e in events]
    retried = rng.sample(events, int(EVENTS * RETRY_SHARE))
    for k, event in enumerate(retried):
        target = targets[k % len(targets)] if len(targets) > 1 else targets[0]
        # A retry follows its first delivery by a little: insert it a few places later.
        position = deliveries.index((event, 0, targets[0])) + rng.randint(1, 40)
        deliveries.insert(min(position, len(deliveries)), (event, 1, target))

    def deliver(item: tuple[dict[str, Any], int, str]) -> int:
        event, retry, target = item
        envelope = {
            "team_id": TEAM_ID,
            "api_app_id": "A0BENCH",
            "type": "event_callback",
            "event_id": event["event_id"],
            "event_time": int(time.time()),
            "event": event["event"],
        }
        body = json.dumps(envelope)
        headers = signed_headers(SIGNING_SECRET, body, content_type="application/json")
        if retry:
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        with httpx.Client(timeout=10) as http:
            return http.post(target + "/slack/events", content=body, headers=headers).status_code

    with ThreadPoolExecutor(CLIENTS) as pool:
        statuses = list(pool.map(deliver, deliveries))
    if any(status != 200 for status in statuses):
        raise RuntimeError(f"event acks: {Counter(statuses)}")
    return [e["event"]["ts"] for e in events], len(retried)


# Each answered with a post in the thread ("thanks!" gets a reaction instead, and talk
# between colleagues nothing: the end-to-end tests check those).
FOLLOW_UPS = (
    "what if the budget is $500?",
    "why not prompting?",
    "what does it cost per month?",
    "what are the risks of overfitting?",
    "how sure are you?",
)


def follow_ups(fake: FakeSlackProcess, targets: list[str], threads: list[str]) -> int:
    """One reply of each kind in threads answered above, alternating replicas; returns
    how many were answered in their thread."""
    sent: dict[str, int] = {}
    with httpx.Client(timeout=10) as http:
        for n, thread in enumerate(threads):
            channel = f"CEVENTS{int(thread.split('.')[0]) % 20:02d}"
            envelope = {
                "team_id": TEAM_ID,
                "api_app_id": "A0BENCH",
                "type": "event_callback",
                "event_id": f"EvFOLLOW{n:04d}",
                "event_time": int(time.time()),
                "event": {
                    "type": "message",
                    "user": "U0BENCH",
                    "text": FOLLOW_UPS[n % len(FOLLOW_UPS)],
                    "ts": f"{1734000000 + n}.000001",
                    "thread_ts": thread,
                    "channel": channel,
                },
            }
            body = json.dumps(envelope)
            headers = signed_headers(SIGNING_SECRET, body, content_type="application/json")
            http.post(targets[n % len(targets)] + "/slack/events", content=body, headers=headers)
            sent[thread] = 2  # the mention's answer and this reply's

    def answered() -> int:
        posts = Counter(
            str(c["thread_ts"])
            for c in fake.calls()
            if c["method"] == "chat.postMessage" and c["ok"] and c["thread_ts"] in sent
        )
        return sum(1 for thread, expected in sent.items() if posts[thread] >= expected)

    wait_until(lambda: answered() == len(sent), 60)
    return answered()


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def wait_until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return check()


# --- the run ---------------------------------------------------------------------------


def main() -> int:
    results: list[tuple[str, bool, str]] = []
    fake = FakeSlackProcess()
    servers: list[ServerProcess] = []
    try:
        with database_url() as (url, backend):
            print(f"database: {backend}")
            advisor = start_server(slack_api_url=fake.api_url, database_url=url)
            replica = start_server(slack_api_url=fake.api_url, database_url=url)
            bare = start_bare(fake.api_url)
            servers += [advisor, replica, bare]

            for server in (bare, advisor):
                ack_latencies(server.base_url, WARMUP, start=0)
            ours: list[float] = []
            theirs: list[float] = []
            for round_number in range(ROUNDS):
                start = 10_000 * (round_number + 1)
                theirs += ack_latencies(bare.base_url, COMMANDS_PER_ROUND, start=start)
                ours += ack_latencies(advisor.base_url, COMMANDS_PER_ROUND, start=start)
            commands_sent = WARMUP + ROUNDS * COMMANDS_PER_ROUND

            def answered_commands() -> int:
                return sum(
                    1
                    for c in fake.calls()
                    if c["method"] == "chat.postMessage"
                    and c["ok"]
                    and str(c["channel"]).startswith("CBENCH")
                )

            wait_until(lambda: answered_commands() >= commands_sent, ANSWER_TIMEOUT)
            p50, p99 = percentile(ours, 0.50), percentile(ours, 0.99)
            b50, b99 = percentile(theirs, 0.50), percentile(theirs, 0.99)
            ratio = p99 / b99 if b99 else float("inf")
            mean, bare_mean = statistics.mean(ours), statistics.mean(theirs)
            print(
                f"ack latency, {CLIENTS} clients, {len(ours)} commands each:\n"
                f"  advisor  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  mean {mean:6.1f} ms\n"
                f"  bare     p50 {b50:6.1f} ms  p99 {b99:6.1f} ms  mean {bare_mean:6.1f} ms\n"
                f"  p99 ratio {ratio:.2f}x; commands answered {answered_commands()}/{commands_sent}"
            )
            results.append(("ack p99 <= 100 ms", p99 <= ACK_P99_LIMIT_MS, f"{p99:.1f} ms"))
            results.append(("ack p99 <= 1.5x bare bolt", ratio <= RATIO_LIMIT, f"{ratio:.2f}x"))
            results.append(
                (
                    "every command answered",
                    answered_commands() == commands_sent,
                    f"{answered_commands()}/{commands_sent}",
                )
            )

            began = time.perf_counter()
            thread_ts, retries = send_events([advisor.base_url, replica.base_url])
            expected = set(thread_ts)

            def answers() -> Counter[str]:
                return Counter(
                    str(c["thread_ts"])
                    for c in fake.calls()
                    if c["method"] == "chat.postMessage" and c["ok"] and c["thread_ts"] in expected
                )

            wait_until(lambda: len(answers()) >= EVENTS, ANSWER_TIMEOUT)
            time.sleep(2)  # let any duplicate arrive before counting
            counted = answers()
            lost = len(expected - set(counted))
            doubled = sum(1 for n in counted.values() if n > 1)
            took = time.perf_counter() - began
            print(
                f"events: {EVENTS} + {retries} retries over 2 replicas in {took:.1f} s: "
                f"answered {len(counted)}, lost {lost}, answered twice {doubled}"
            )
            results.append(("no event lost", lost == 0, f"{lost} lost"))
            results.append(("no event answered twice", doubled == 0, f"{doubled} twice"))

            # Every kind of follow-up once per replica, so memory is measured after the
            # heaviest paths (a guidance question loads the retriever) have run.
            followed = follow_ups(
                fake, [advisor.base_url, replica.base_url], thread_ts[: len(FOLLOW_UPS) * 2]
            )
            results.append(
                (
                    "every follow-up answered",
                    followed == len(FOLLOW_UPS) * 2,
                    f"{followed}/{len(FOLLOW_UPS) * 2}",
                )
            )

            totals = []
            for name, server in (("replica 1", advisor), ("replica 2", replica)):
                serving = server.rss_kib() / 1024
                answering = sum(rss_kib(pid) for pid in children(server.pid)) / 1024
                totals.append(serving + answering)
                print(
                    f"{name} RSS after the run: serving process {serving:.1f} MB + answering "
                    f"process {answering:.1f} MB = {serving + answering:.1f} MB"
                )
            print(f"bare bolt app RSS: {bare.rss_kib() / 1024:.1f} MB")
            rss = max(totals)
            results.append(
                ("server RSS <= 150 MB (both processes)", rss <= RSS_LIMIT_MB, f"{rss:.1f} MB")
            )
    finally:
        for server in servers:
            server.stop()
            server.log_path.unlink(missing_ok=True)
        fake.stop()

    print()
    for goal, passed, figure in results:
        print(f"{'PASS' if passed else 'FAIL'}  {goal}: {figure}")
    return 0 if all(passed for _goal, passed, _figure in results) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.bare:
        run_bare(arguments.port)
        sys.exit(0)
    sys.exit(main())
