"""Every Slack call ends by its deadline, and Retry-After is read as seconds, fractional
or not (in-process, against the fake Slack Web API over loopback)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.response import HttpResponse

from integrations.slack.client import web_client
from integrations.slack.deadlines import install, retry_after_seconds
from tests.slack.fake_slack import FakeSlack


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    install(default_deadline=30)
    with FakeSlack(retry_after_seconds=0.3) as slack:
        yield slack


def response_with(retry_after: str | None) -> HttpResponse:
    headers = {} if retry_after is None else {"Retry-After": [retry_after]}
    return HttpResponse(status_code=429, headers=headers)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("20", 20.0), ("1.5", 1.5), ("0", 0.0), (None, 1.0), ("soon", 1.0), ("-3", 1.0)],
)
def test_retry_after_is_seconds_fractional_or_not(header: str | None, seconds: float) -> None:
    assert retry_after_seconds(response_with(header)) == seconds


def test_a_fractional_retry_after_is_waited_out_exactly(fake: FakeSlack) -> None:
    client = web_client(token="xoxb-1", base_url=fake.api_url, deadline=10)
    fake.fail_next("chat.postMessage", status=429)
    started = time.monotonic()
    client.chat_postMessage(channel="C1", text="hi")
    waited = time.monotonic() - started
    assert 0.3 <= waited < 1.0  # 0.3 s, not rounded to a whole second, no error
    assert len(fake.calls_to("chat.postMessage", ok=None)) == 2


def test_a_retry_after_beyond_the_deadline_fails_at_once(fake: FakeSlack) -> None:
    client = web_client(token="xoxb-1", base_url=fake.api_url, deadline=2)
    fake.rate_limit("CSLOW", retry_after=20)
    started = time.monotonic()
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="CSLOW", text="hi")
    assert time.monotonic() - started < 1


def test_a_dripping_answer_is_cut_off_at_the_deadline(fake: FakeSlack) -> None:
    client = web_client(token="xoxb-1", base_url=fake.api_url, deadline=1.5)
    fake.drip("CDRIP", every=0.2)
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 (the connection error urllib raises)
        client.chat_postMessage(channel="CDRIP", text="hi")
    assert time.monotonic() - started < 1.5 + 0.5
