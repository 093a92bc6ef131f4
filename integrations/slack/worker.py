"""The answering process: every request's real work, away from the process that acks.

    worker = AnswerWorker(intake=JobIntake.from_url(url, timeout=1.5), logger=log)
    worker.start()                                   # migrated, loaded, ready
    worker.submit(job, key="event:Ev1")              # kept in the store, then acked
    worker.stop()                                    # finishes or hands back what runs

Why a separate process: acknowledging Slack must stay fast whatever else is going on,
and Python threads share one interpreter lock, so answers computed in threads of the
serving process would queue behind it and delay acks. In its own process (at a lower
scheduling priority) an answer can use a whole CPU while the server keeps acking.

Jobs do not travel to the child: the serving process writes each one to the store's job
queue (``integrations.store.jobs``) before Slack gets its ack, and the child claims them
from there (``answering``), like any other replica's answering process would. So a job
survives the child's death, the server's, or the machine's: its lease runs out and it is
answered by whoever claims it next; when the server sees its own child die it hands the
child's jobs back at once. The child is ``python -m integrations.slack.worker --owner
<id>``; it reads the same environment (``Settings``), reports on its standard output
(``ready``, ``health 1`` / ``health 0 <reason>``, ``failed <reason>``), stops when its
standard input closes, and logs to standard error like the server. The database is
migrated by a short-lived process first, so the long-lived one never carries the
migration machinery.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from assistant import AdvisorError
from integrations.slack.decision_inbound import HomeOpened, RecordClick, RecordSubmission
from integrations.slack.health import OK, Health
from integrations.slack.inbound import CommandRequest, FormSubmission, MessageRequest, OptionClick
from integrations.slack.memory import limit_malloc_arenas, return_free_memory

if TYPE_CHECKING:
    from integrations.settings import Settings
    from integrations.slack.intake import JobIntake
    from integrations.slack.responder import Responder
    from integrations.slack.scheduler import DigestScheduler
    from integrations.store import ClaimedJob

#: Answers yield the CPU to the serving process (and to anything else on the machine).
WORKER_NICENESS = 10
#: Seconds between the child's reports on its health (read by /healthz).
HEALTH_INTERVAL = 1.0
#: A child silent for this long is reported unhealthy.
REPORT_STALE = 8.0
START_TIMEOUT = 120.0
RESTART_DELAY = 1.0
#: Seconds running jobs get to finish at shutdown before they are handed back.
DEFAULT_GRACE = 10.0
#: Seconds beyond the grace period the server waits for the child to exit.
STOP_MARGIN = 5.0
#: Finished jobs and event claims are kept this long (far beyond Slack's retry window).
KEEP_FINISHED = timedelta(days=1)
PRUNE_EVERY = 3600.0
#: Seconds between hand-backs of freed memory to the system, when idle.
TRIM_EVERY = 30.0
#: A description answered once at start-up, so the first person does not wait for warm-up.
_WARM_UP = "Support chatbot for a bank, 5k labeled chats, $20k budget, live in 3 months"
_MIGRATE = "--migrate"
_OWNER = "--owner"


class JobKind(StrEnum):
    COMMAND = "command"
    MENTION = "mention"
    THREAD_REPLY = "thread_reply"
    OPTION = "option"
    DETAILS = "details"
    FORM = "form"
    RECORD_CLICK = "record_click"
    RECORD_FORM = "record_form"
    HOME = "home"
    DIRECT_MESSAGE = "direct_message"
    PANEL_STARTED = "panel_started"
    PANEL_MESSAGE = "panel_message"


_REQUEST_TYPES: dict[JobKind, type[BaseModel]] = {
    JobKind.COMMAND: CommandRequest,
    JobKind.MENTION: MessageRequest,
    JobKind.THREAD_REPLY: MessageRequest,
    JobKind.OPTION: OptionClick,
    JobKind.DETAILS: OptionClick,
    JobKind.FORM: FormSubmission,
    JobKind.RECORD_CLICK: RecordClick,
    JobKind.RECORD_FORM: RecordSubmission,
    JobKind.HOME: HomeOpened,
    JobKind.DIRECT_MESSAGE: MessageRequest,
    JobKind.PANEL_STARTED: MessageRequest,
    JobKind.PANEL_MESSAGE: MessageRequest,
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

    @property
    def channel_id(self) -> str:
        """The channel the answer goes to ("" when not known): jobs of one channel are
        answered one at a time."""
        if isinstance(self.request, HomeOpened):
            return ""  # the viewer's own Home tab: no channel to wait on
        return self.request.channel_id or ""

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
    """Owns the answering process: starts it, watches it, restarts it, stops it; and keeps
    each acknowledged job in the store's queue for it."""

    def __init__(
        self,
        *,
        intake: JobIntake,
        logger: logging.Logger | None = None,
        grace: float = DEFAULT_GRACE,
    ) -> None:
        self._log = logger or logging.getLogger("advisor.slack")
        self._intake = intake
        self._grace = grace
        self._process: subprocess.Popen[bytes] | None = None
        self._owner = ""
        self._generation = itertools.count(1)
        self._report = Health(ok=False, reason="the answering process is starting")
        self._reported_at = time.monotonic()
        self._stopping = threading.Event()

    # --- the server's side ---------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Migrate the database, start the child and wait until it can answer."""
        _run_migration(timeout)
        self._spawn(timeout)

    def submit(self, job: Job, key: str) -> bool:
        """Keep ``job`` in the store under ``key``; False when it was kept before (a retry
        or a replay). Raises ``JobNotKept`` when it cannot be kept: do not acknowledge."""
        return self._intake.keep(
            key=key,
            team_id=job.request.team_id,
            channel_id=job.channel_id,
            kind=job.kind.value,
            payload=job.model_dump_json(),
        )

    def health(self) -> Health:
        process = self._process
        if process is None or process.poll() is not None:
            return Health(ok=False, reason="the answering process is not running")
        silent = time.monotonic() - self._reported_at
        if silent > REPORT_STALE:
            return Health(ok=False, reason=f"the answering process is silent for {silent:.0f} s")
        return self._report

    def healthy(self) -> bool:
        return self.health().ok

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop(self, grace: float | None = None) -> None:
        """Stop the child: it finishes running jobs within ``grace`` seconds and hands the
        rest back to the queue; jobs not yet claimed stay queued for the next start."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        grace = self._grace if grace is None else grace
        process = self._process
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()  # end of input: the child stops taking jobs
        try:
            process.wait(grace + STOP_MARGIN)
        except subprocess.TimeoutExpired:
            self._log.warning("answering process still busy after %.0f s; ending it", grace)
            process.kill()
            process.wait(5)
            self._hand_back(self._owner)

    def _spawn(self, timeout: float) -> None:
        owner = f"{socket.gethostname()}:{os.getpid()}:{next(self._generation)}"
        process = subprocess.Popen(
            [sys.executable, "-m", __name__, _OWNER, owner],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # stderr: inherited, so the child's log lines land beside the server's
        )
        self._process, self._owner = process, owner
        if process.stdout is None:
            raise WorkerStartError("the answering process has no status pipe")
        reply: queue.Queue[str] = queue.Queue()
        threading.Thread(
            target=self._listen,
            args=(process, owner, process.stdout, reply),
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
        self,
        process: subprocess.Popen[bytes],
        owner: str,
        stdout: IO[bytes],
        reply: queue.Queue[str],
    ) -> None:
        became_ready = False
        try:
            for raw in stdout:
                line = raw.decode(errors="replace").strip()
                if line.startswith("health "):
                    ok, _, reason = line.removeprefix("health ").partition(" ")
                    self._report = Health(ok=ok == "1", reason=reason)
                    self._reported_at = time.monotonic()
                    continue
                became_ready = became_ready or line == "ready"
                if line == "ready":
                    self._report, self._reported_at = OK, time.monotonic()
                reply.put(line)
        except Exception:  # a broken pipe is a dead child: handled below
            self._log.exception("reading the answering process's status failed")
        reply.put("failed the answering process exited")
        if became_ready and process is self._process and not self._stopping.is_set():
            process.wait()
            self._hand_back(owner)
            self._restart()

    def _hand_back(self, owner: str) -> None:
        from integrations.slack.intake import JobNotKept

        try:
            handed = self._intake.release(owner=owner)
        except JobNotKept as error:
            self._log.error("could not hand the dead process's jobs back: %s", error)
            return
        if handed:
            self._log.warning("%d job(s) of the dead answering process handed back", handed)

    def _restart(self) -> None:
        while not self._stopping.is_set():
            self._log.error("the answering process died; starting a new one")
            time.sleep(RESTART_DELAY)
            try:
                self._spawn(START_TIMEOUT)
                return
            except Exception as error:
                self._log.error("restarting the answering process failed: %s", error)


def _run_migration(timeout: float) -> None:
    try:
        result = subprocess.run(
            [sys.executable, "-m", __name__, _MIGRATE],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise WorkerStartError(
            f"the database could not be prepared within {timeout:.0f} s"
        ) from None
    if result.returncode != 0:
        lines = result.stdout.decode(errors="replace").strip().splitlines()
        reason = (lines[-1] if lines else "").removeprefix("failed ").strip()
        raise WorkerStartError(
            f"the database could not be prepared: {reason or f'exit status {result.returncode}'}"
        )


# --- the child's side ------------------------------------------------------------------


def main(argv: list[str]) -> int:
    """``python -m integrations.slack.worker --migrate | --owner <id>``."""
    from integrations.settings import Settings
    from integrations.slack.deadlines import install
    from integrations.slack.logs import configure_logging

    # The server decides when this process stops (it closes our input): a Ctrl-C or a
    # SIGTERM sent to the whole process group must not cut answers off half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # Standard output is the status channel: keep stray prints off it.
    status = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    sys.stdout = sys.stderr
    limit_malloc_arenas()
    settings = Settings()
    log = configure_logging(settings)
    try:
        if argv == [_MIGRATE]:
            _migrate(settings, log)
            return 0
        if len(argv) != 2 or argv[0] != _OWNER:
            raise WorkerStartError(f"usage: {__name__} {_MIGRATE} | {_OWNER} <id>")
        with contextlib.suppress(OSError):  # not permitted: run at the usual priority
            os.nice(WORKER_NICENESS)
        install(default_deadline=settings.advisor_slack_call_deadline)
        responder = _build_responder(settings, log)
    except AdvisorError as error:  # a known failure: its message says it all
        print(f"failed {error}".replace("\n", " "), file=status)
        return 1
    except Exception as error:  # one line for the operator; the details are in the log
        log.exception("the answering process failed to start")
        print(f"failed {type(error).__name__}: {error}".replace("\n", " "), file=status)
        return 1
    _serve(responder, settings=settings, status=status, log=log, owner=argv[1])
    # Threads still stuck in a Slack call after the grace period had their jobs handed
    # back; they must not keep the process alive.
    logging.shutdown()
    status.flush()
    os._exit(0)


def _migrate(settings: Settings, log: logging.Logger) -> None:
    from integrations.store import Store

    store = Store.from_url(
        settings.advisor_database_url.get_secret_value(), timeout=settings.advisor_store_timeout
    )
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
        store=Store.from_url(
            settings.advisor_database_url.get_secret_value(),
            timeout=settings.advisor_store_timeout,
        ),
        client=web_client(
            token=token,
            base_url=settings.slack_api_url,
            logger=log,
            deadline=settings.advisor_slack_call_deadline,
        ),
        indicator_after=settings.advisor_working_indicator_after,
        logger=log,
    )


def _serve(
    responder: Responder, *, settings: Settings, status: IO[str], log: logging.Logger, owner: str
) -> None:
    from integrations.slack.answering import AnswerLoop
    from integrations.slack.responder import answering
    from integrations.store import JobQueue

    lock = threading.Lock()
    stop = threading.Event()

    def say(line: str) -> None:
        with lock, contextlib.suppress(OSError, ValueError):
            print(line, file=status)

    handlers = _handlers(responder)

    def answer(claimed: ClaimedJob) -> None:
        job = Job.from_line(claimed.payload.encode())
        if claimed.attempts > 1 and isinstance(job.request, MessageRequest):
            # An earlier attempt died mid-way: its unfinished claim on the event must not
            # refuse this one (a finished claim still does: the answer is out).
            responder.store.release_event(
                team_id=job.request.team_id, event_id=job.request.event_id
            )
        try:
            with answering(claimed.id, attempt=claimed.attempts):
                handlers[job.kind](job.request)
        except Exception:
            # The responder apologises for what fails inside an answer; what fails before
            # it (the store, looking the thread up) still gets one where a thread exists.
            if isinstance(job.request, MessageRequest):
                responder._apologise(job.request.channel_id, job.request.reply_thread)
            raise

    loop = AnswerLoop(
        queue=JobQueue(responder.store),
        run=answer,
        owner=owner,
        workers=settings.advisor_slack_workers,
        stall_after=2 * settings.advisor_slack_call_deadline + 10,
        logger=log,
    )

    def until_end_of_input() -> None:
        try:
            sys.stdin.buffer.read()  # returns when the server closes our input, or dies
        except Exception:
            pass
        finally:
            stop.set()

    def watch_health() -> None:
        last_pruned = last_trimmed = 0.0
        while not stop.is_set():
            try:
                state = loop.health()
                if state.ok and not responder.store.healthy():
                    state = Health(ok=False, reason="the database does not answer")
                say("health 1" if state.ok else f"health 0 {state.reason}")
                if time.monotonic() - last_pruned > PRUNE_EVERY:
                    last_pruned = time.monotonic()
                    _prune(responder, log)
                if loop.running == 0 and time.monotonic() - last_trimmed > TRIM_EVERY:
                    last_trimmed = time.monotonic()
                    return_free_memory()
            except Exception as error:  # never a dead health thread
                say(f"health 0 {type(error).__name__}: {error}".replace("\n", " "))
            stop.wait(HEALTH_INTERVAL)

    return_free_memory()
    threading.Thread(target=until_end_of_input, name="input", daemon=True).start()
    threading.Thread(target=watch_health, name="health", daemon=True).start()
    scheduler = _digest_scheduler(responder, settings=settings, log=log)
    say("ready")
    loop.run(stop, grace=settings.advisor_shutdown_grace)
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


def _prune(responder: Responder, log: logging.Logger) -> None:
    from integrations.store import JobQueue, StoreError

    before = datetime.now(UTC) - KEEP_FINISHED
    try:
        JobQueue(responder.store).prune(older_than=before)
        responder.store.prune_events(older_than=before)
    except StoreError as error:
        log.warning("could not prune finished jobs: %s", error)


def _handlers(responder: Responder) -> dict[JobKind, Callable[[Any], None]]:
    return {
        JobKind.COMMAND: responder.on_command,
        JobKind.MENTION: responder.on_mention,
        JobKind.THREAD_REPLY: responder.on_thread_reply,
        JobKind.OPTION: responder.on_option,
        JobKind.DETAILS: responder.on_details,
        JobKind.FORM: responder.on_form,
        JobKind.RECORD_CLICK: responder.on_record_click,
        JobKind.RECORD_FORM: responder.on_record_form,
        JobKind.HOME: responder.on_home,
        JobKind.DIRECT_MESSAGE: responder.on_direct_message,
        JobKind.PANEL_STARTED: responder.on_panel_started,
        JobKind.PANEL_MESSAGE: responder.on_panel_message,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
