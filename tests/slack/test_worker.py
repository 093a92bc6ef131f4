"""The answering process: jobs cross to it intact, and if it dies a new one takes over."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from integrations.slack.inbound import CommandRequest, MessageRequest, OptionClick
from integrations.slack.worker import Job, JobKind
from tests.slack.fake_slack import FakeSlack
from tests.slack.server_process import ServerProcess
from tests.slack.signing import SlackSender, unique

LEGAL = "Legal team: review NDAs. 15k annotated NDAs, $40,000 budget, 3 months"


def test_jobs_survive_the_trip_as_json_lines() -> None:
    jobs = [
        Job(
            kind=JobKind.COMMAND,
            request=CommandRequest(team_id="T", channel_id="C", user_id="U", text="<!here> x"),
        ),
        Job(
            kind=JobKind.THREAD_REPLY,
            request=MessageRequest(
                team_id="T",
                event_id="Ev1",
                channel_id="C",
                user_id="U",
                text="why?",
                ts="2.0",
                thread_ts="1.0",
                bot_thread=True,
                retry_num=1,
            ),
        ),
        Job(
            kind=JobKind.OPTION,
            request=OptionClick(
                team_id="T",
                channel_id="C",
                user_id="U",
                value="v",
                message_ts="1.0",
                thread_ts="1.0",
            ),
        ),
    ]
    for job in jobs:
        line = job.to_line()
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert Job.from_line(line) == job


def test_a_job_whose_request_does_not_fit_its_kind_is_refused() -> None:
    line = (
        Job(
            kind=JobKind.COMMAND,
            request=CommandRequest(team_id="T", channel_id="C", user_id="U", text="x"),
        )
        .to_line()
        .replace(b'"command"', b'"option"', 1)
    )
    with pytest.raises(ValueError, match="option"):
        Job.from_line(line)


def answering_process(server: ServerProcess) -> int | None:
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if b"integrations.slack.worker" in Path(f"/proc/{child}/cmdline").read_bytes():
                return int(child)
    return None  # between a death and its replacement


@pytest.mark.slow
def test_a_dead_answering_process_is_replaced_and_answers_go_on(
    server: ServerProcess, sender: SlackSender, slack: FakeSlack
) -> None:
    first = answering_process(server)
    assert first is not None
    os.kill(first, signal.SIGKILL)
    # Health says so until a new answering process is up; acks never stop.
    deadline = time.monotonic() + 30
    seen_down = False
    while True:
        status = httpx.get(server.base_url + "/healthz").status_code
        seen_down = seen_down or status == 503
        if status == 200 and answering_process(server) not in (None, first):
            break
        assert time.monotonic() < deadline, "no new answering process"
        time.sleep(0.05)
    assert seen_down
    assert "the answering process died; starting a new one" in server.log()
    channel = unique("CRESTART")
    assert sender.command(LEGAL, channel=channel).status_code == 200
    call = slack.wait_for_calls(
        "chat.postMessage", where=lambda c: c.params.get("channel") == channel
    )[0]
    assert "*Understood:*" in call.all_text()
