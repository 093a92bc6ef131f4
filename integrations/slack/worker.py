"""The answering process: every request's real work, away from the process that acks.

    worker = AnswerWorker(logger=log)
    worker.start()                                   # migrated, loaded, ready
    worker.submit(Job(kind=JobKind.MENTION, request=message_request))
    worker.stop()                                    # finishes what was submitted

Why a separate process: acknowledging Slack must stay fast whatever else is going on,
and Python threads share one interpreter lock, so answers computed in threads of the
serving process would queue behind it and delay acks. In its own process (at a lower
scheduling priority) an answer can use a whole CPU while the server keeps acking.

The child is ``python -m integrations.slack.worker``; it reads the same environment
(``Settings``). Jobs go to it as JSON lines on its standard input; it reports on its
standard output (``ready``, ``health 1``/``health 0``, ``failed <reason>``) and logs to
standard error like the server. It loads the knowledge, the store and the Web API client
once and runs the ``Responder`` on a pool of threads (each mostly waits on Slack or the
database). If it dies, the server starts a new one; jobs not yet handed over are kept.
The database is migrated by a short-lived process first, so the long-lived one never
carries the migration machinery.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from assistant import AdvisorError
from integrations.slack.decision_inbound import HomeOpened, RecordClick, RecordSubmission
from integrations.slack.inbound import CommandRequest, FormSubmission, MessageRequest, OptionClick

if TYPE_CHECKING:
    from integrations.settings import Settings
    from integrations.slack.responder import Responder
    from integrations.slack.scheduler import DigestScheduler

#: Answers yield the CPU to the serving process (and to anything else on the machine).
WORKER_NICENESS = 10
#: Seconds between the child's checks that the database answers (read by /healthz).
HEALTH_INTERVAL = 2.0
START_TIMEOUT = 120.0
RESTART_DELAY = 1.0
#: A description answered once at start-up, so the first person does not wait for warm-up.
_WARM_UP = "Support chatbot for a bank, 5k labeled chats, $20k budget, live in 3 months"
_MIGRATE = "--migrate"


class JobKind(StrEnum):
    COMMAND = "command"
    MENTION = "mention"
    THREAD_REPLY = "thread_reply"
    OPTION = "option"
    FORM = "form"
    RECORD_CLICK = "record_click"
    RECORD_FORM = "record_form"
    HOME = "home"


_REQUEST_TYPES: dict[JobKind, type[BaseModel]] = {
    JobKind.COMMAND: CommandRequest,
    JobKind.MENTION: MessageRequest,
    JobKind.THREAD_REPLY: MessageRequest,
    JobKind.OPTION: OptionClick,
    JobKind.FORM: FormSubmission,
    JobKind.RECORD_CLICK: RecordClick,
    JobKind.RECORD_FORM: RecordSubmission,
    JobKind.HOME: HomeOpened,
}


class Job(BaseModel):
    """One acknowledged request, handed to the answering process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: JobKind
    request: (
        CommandRequest
        | MessageRequest
        | OptionClick
        | FormSubmission
        | RecordClick
        | RecordSubmission
        | HomeOpened
    )

    def to_line(self) -> bytes:
        return self.model_dump_json().encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Job:
        job = cls.model_validate_json(line)
        if not isinstance(job.request, _REQUEST_TYPES[job.kind]):
            raise ValueError(f"a {job.kind} job carries a {type(job.request).__name__}")
        return job


class WorkerStartError(AdvisorError):
    """The answering process could not start; the message says why."""


class AnswerWorker:
    """Owns the answering process: starts it, feeds it jobs, restarts it, stops it."""

    def __init__(self, *, logger: logging.Logger | None = None) -> None:
        self._log = logger or logging.getLogger("advisor.slack")
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._process: subprocess.Popen[bytes] | None = None
        self._healthy = False
        self._stopping = threading.Event()
        self._feeder: threading.Thread | None = None

    # --- the server's side ---------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Migrate the database, start the child and wait until it can answer."""
        _run_migration(timeout)
        self._spawn(timeout)
        self._feeder = threading.Thread(target=self._feed, name="answer-feeder", daemon=True)
        self._feeder.start()

    def submit(self, job: Job) -> None:
        """Queue ``job``; returns at once (the feeder thread hands it over)."""
        self._jobs.put(job)

    def healthy(self) -> bool:
        process = self._process
        return process is not None and process.poll() is None and self._healthy

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop(self, timeout: float = 30.0) -> None:
        """Hand over every job already submitted, let the child finish them, end it."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._jobs.put(None)
        if self._feeder is not None:
            self._feeder.join(timeout)
        process = self._process
        if process is None:
            return
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._log.warning("answering process still busy after %.0f s; ending it", timeout)
            process.terminate()
            process.wait(5)

    def _spawn(self, timeout: float) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # stderr: inherited, so the child's log lines land beside the server's
        )
        self._process = process
        if process.stdout is None:
            raise WorkerStartError("the answering process has no status pipe")
        reply: queue.Queue[str] = queue.Queue()
        threading.Thread(
            target=self._listen,
            args=(process, process.stdout, reply),
            name="answer-status",
            daemon=True,
        ).start()
        try:
            first = reply.get(timeout=timeout)
        except queue.Empty:
            first = f"failed no answer within {timeout:.0f} s"
        if first != "ready":
            process.kill()
            process.wait(5)
            reason = first.removeprefix("failed ").strip() or f"exit status {process.returncode}"
            raise WorkerStartError(f"the answering process did not start: {reason}")

    def _listen(
        self, process: subprocess.Popen[bytes], stdout: IO[bytes], reply: queue.Queue[str]
    ) -> None:
        became_ready = False
        for raw in stdout:
            line = raw.decode(errors="replace").strip()
            if line.startswith("health "):
                self._healthy = line == "health 1"
                continue
            became_ready = became_ready or line == "ready"
            reply.put(line)
        self._healthy = False
        reply.put("failed the answering process exited")
        if became_ready and process is self._process and not self._stopping.is_set():
            self._restart()

    def _feed(self) -> None:
        job: Job | None = None
        while True:
            job = job or self._jobs.get()
            process = self._process
            if process is None or process.stdin is None:
                return
            if job is None:
                with contextlib.suppress(OSError):
                    process.stdin.close()  # end of input: the child drains and exits
                return
            try:
                process.stdin.write(job.to_line())
                process.stdin.flush()
                job = None
            except OSError:
                # The child died: keep the job for the one the status listener starts.
                while self._process is process and not self._stopping.is_set():
                    time.sleep(0.05)
                if self._stopping.is_set():
                    return

    def _restart(self) -> None:
        while not self._stopping.is_set():
            self._log.error("the answering process died; starting a new one")
            time.sleep(RESTART_DELAY)
            try:
                self._spawn(START_TIMEOUT)
                return
            except WorkerStartError:
                self._log.exception("restarting the answering process failed")


def _run_migration(timeout: float) -> None:
    result = subprocess.run(
        [sys.executable, "-m", __name__, _MIGRATE],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        lines = result.stdout.decode(errors="replace").strip().splitlines()
        reason = (lines[-1] if lines else "").removeprefix("failed ").strip()
        raise WorkerStartError(
            f"the database could not be prepared: {reason or f'exit status {result.returncode}'}"
        )


# --- the child's side ------------------------------------------------------------------


def main(argv: list[str]) -> int:
    """``python -m integrations.slack.worker [--migrate]``."""
    from integrations.settings import Settings
    from integrations.slack.logs import configure_logging

    # The server decides when this process stops (it closes our input): a Ctrl-C or a
    # SIGTERM sent to the whole process group must not cut answers off half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # Standard output is the status channel: keep stray prints off it.
    status = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    sys.stdout = sys.stderr
    settings = Settings()
    log = configure_logging(settings)
    try:
        if argv == [_MIGRATE]:
            _migrate(settings, log)
            return 0
        with contextlib.suppress(OSError):  # not permitted: run at the usual priority
            os.nice(WORKER_NICENESS)
        responder = _build_responder(settings, log)
    except AdvisorError as error:  # a known failure: its message says it all
        print(f"failed {error}".replace("\n", " "), file=status)
        return 1
    except Exception as error:  # one line for the operator; the details are in the log
        log.exception("the answering process failed to start")
        print(f"failed {type(error).__name__}: {error}".replace("\n", " "), file=status)
        return 1
    _serve(responder, settings=settings, status=status, log=log)
    return 0


def _migrate(settings: Settings, log: logging.Logger) -> None:
    from integrations.store import Store

    store = Store.from_url(settings.advisor_database_url.get_secret_value())
    store.migrate()
    log.info("database ready: %s", store.url)  # the URL with its password hidden


def _build_responder(settings: Settings, log: logging.Logger) -> Responder:
    from assistant import Advisor
    from integrations.llm import assisted_advisor
    from integrations.slack.client import web_client
    from integrations.slack.responder import Responder
    from integrations.store import Store

    advisor = Advisor.load(price_file=settings.advisor_price_file)
    advisor.ask(_WARM_UP)
    # With ADVISOR_CHAT_MODEL set, the model helps read; the warm-up above never calls it.
    advisor = assisted_advisor(advisor, settings)
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return Responder(
        advisor=advisor,
        store=Store.from_url(settings.advisor_database_url.get_secret_value()),
        client=web_client(token=token, base_url=settings.slack_api_url, logger=log),
        indicator_after=settings.advisor_working_indicator_after,
        logger=log,
    )


def _serve(
    responder: Responder, *, settings: Settings, status: IO[str], log: logging.Logger
) -> None:
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock, contextlib.suppress(OSError):
            print(line, file=status)

    def watch_health() -> None:
        while True:
            say(f"health {1 if responder.store.healthy() else 0}")
            time.sleep(HEALTH_INTERVAL)

    _return_free_memory()
    threading.Thread(target=watch_health, name="health", daemon=True).start()
    scheduler = _digest_scheduler(responder, settings=settings, log=log)
    say("ready")
    handlers = _handlers(responder)
    with ThreadPoolExecutor(
        max_workers=settings.advisor_slack_workers, thread_name_prefix="answer"
    ) as pool:
        for line in sys.stdin.buffer:
            try:
                job = Job.from_line(line)
            except ValueError:
                log.exception("unreadable job line skipped")
                continue
            pool.submit(_run, handlers[job.kind], job.request, log)
    if scheduler is not None:
        scheduler.stop()
    log.info("answering process stopped")


def _digest_scheduler(
    responder: Responder, *, settings: Settings, log: logging.Logger
) -> DigestScheduler | None:
    """The digests, posted from this process on a timer beside the answers."""
    from integrations.slack.digest_runner import DigestRunner
    from integrations.slack.scheduler import DigestScheduler

    interval = settings.advisor_digest_interval
    if interval <= 0:
        log.info("digest scheduler off (ADVISOR_DIGEST_INTERVAL=0)")
        return None
    runner = DigestRunner(store=responder.store, client=responder.client, logger=log)
    scheduler = DigestScheduler(runner, clock=responder.clock, interval=interval, logger=log)
    scheduler.start()
    return scheduler


def _return_free_memory() -> None:
    # Loading leaves freed heap behind (parsed YAML, intermediate objects); hand it back
    # to the system so the resident size is what the process actually keeps.
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    if name is not None:
        with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
            ctypes.CDLL(name).malloc_trim(0)


def _handlers(responder: Responder) -> dict[JobKind, Callable[[Any], None]]:
    return {
        JobKind.COMMAND: responder.on_command,
        JobKind.MENTION: responder.on_mention,
        JobKind.THREAD_REPLY: responder.on_thread_reply,
        JobKind.OPTION: responder.on_option,
        JobKind.FORM: responder.on_form,
        JobKind.RECORD_CLICK: responder.on_record_click,
        JobKind.RECORD_FORM: responder.on_record_form,
        JobKind.HOME: responder.on_home,
    }


def _run(handler: Callable[[Any], None], request: Any, log: logging.Logger) -> None:
    try:
        handler(request)
    except Exception:  # the responder apologises itself; this is the last safety net
        log.exception("answering a request failed")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
