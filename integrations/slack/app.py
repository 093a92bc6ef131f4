"""The bolt app: keep every Slack request as a job, then acknowledge it at once.

Each listener translates the payload into Advisor's own request value (``inbound``,
``modal``), submits a ``Job`` (kept in the store's queue for the answering process,
``worker``), and only then acknowledges: an acknowledged request is never lost. A job
is keyed by its event id, or by its signed bytes for commands and clicks, so a retried
event or a replayed request is acknowledged without being answered twice. Nothing slow
runs here, so the ack is well inside Slack's 3 seconds. A job that cannot be kept is not
acknowledged (the HTTP edge answers 503). The one check made before the ack is the
form's: a form with an unusable value stays open with the error shown next to the field.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore
from slack_bolt.middleware.assistant import Assistant
from slack_sdk import WebClient

from integrations.slack import decision_inbound, inbound
from integrations.slack.inbound import DETAILS_ACTION, OPTION_ACTION
from integrations.slack.intake import JobNotKept
from integrations.slack.modal import CALLBACK_ID, read_submission
from integrations.slack.worker import Job, JobKind

COMMAND = "/advise"
#: Message subtypes that are still a person writing in the thread.
_REPLY_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})

#: Keeps a job under its key (False: kept before); raises when it cannot be kept.
Submit = Callable[[Job, str], object]


def build_app(
    *,
    signing_secret: str,
    client: WebClient,
    submit: Submit,
    logger: logging.Logger | None = None,
    socket_mode: bool = False,
) -> App:
    """A bolt ``App`` serving ``/advise``, mentions, thread replies, direct messages, the
    agent panel, buttons and the form.

    ``client`` must carry the bot token; bolt checks it with ``auth.test`` here, once.
    """
    app = App(
        signing_secret=signing_secret,
        client=client,  # bolt takes the bot token from the client
        process_before_response=True,  # the listener acks; the answer is someone else's job
        # Socket Mode requests come over the app's own authenticated websocket, unsigned.
        request_verification_enabled=not socket_mode,
        logger=logger,
    )
    log = logger or logging.getLogger("advisor.slack")

    def command(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        submit(Job(kind=JobKind.COMMAND, request=inbound.command_request(body)), _key(request))
        ack()

    def not_accepted(error: Exception, response: BoltResponse) -> None:
        # One line, not bolt's traceback. A job the store could not keep is 503 (Slack
        # retries an event); a payload our request values refuse is the sender's 400.
        kept = isinstance(error, JobNotKept)
        response.status = 503 if kept else 400
        log.error(
            "request not accepted: %s",
            str(error).split("\n")[0] if kept else f"malformed payload ({type(error).__name__})",
        )

    def option(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        submit(Job(kind=JobKind.OPTION, request=inbound.option_click(body)), _key(request))
        ack()

    def form(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        submission, errors = read_submission(body)
        if errors:  # the form stays open, each error next to its field
            ack(response_action="errors", errors=errors)
            return
        submit(Job(kind=JobKind.FORM, request=submission), _key(request))
        ack()

    app.command(COMMAND)(command)
    app.event("app_mention")(_keeping(JobKind.MENTION, submit))
    app.event("message", matchers=[_is_thread_reply])(_keeping(JobKind.THREAD_REPLY, submit))
    app.event("message", matchers=[_is_direct_message])(_keeping(JobKind.DIRECT_MESSAGE, submit))
    app.event("message")(_ack)  # every other message: acknowledged, not answered
    app.action(re.compile(f"^{re.escape(OPTION_ACTION)}"))(option)

    def details(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        submit(Job(kind=JobKind.DETAILS, request=inbound.option_click(body)), _key(request))
        ack()

    app.action(DETAILS_ACTION)(details)
    app.view_submission(CALLBACK_ID)(form)

    def record_click(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        click = decision_inbound.record_click(body)
        submit(Job(kind=JobKind.RECORD_CLICK, request=click), _key(request))
        ack()

    def record_form(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        form_sent = decision_inbound.record_submission(body)
        submit(Job(kind=JobKind.RECORD_FORM, request=form_sent), _key(request))
        ack()

    def home(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        event_id = body.get("event_id")
        key = f"event:{event_id}" if event_id else _key(request)
        submit(Job(kind=JobKind.HOME, request=decision_inbound.home_opened(body)), key)
        ack()

    app.action(decision_inbound.RECORD_ACTION)(record_click)
    app.view_submission(decision_inbound.RECORD_CALLBACK)(record_form)
    app.event("app_home_opened")(home)
    app.error(not_accepted)
    app.assistant(_agent_panel(submit, logger=logger))
    return app


def _agent_panel(submit: Submit, *, logger: logging.Logger | None) -> Assistant:
    """The agent panel: bolt's ``Assistant`` routes its events (a new thread; a person's
    message in any thread of a DM with the bot) here, ahead of the listeners above."""
    assistant = Assistant(thread_context_store=_NoThreadContext(), logger=logger)

    def started(ack: Ack, body: dict[str, Any], request: BoltRequest) -> None:
        thread = inbound.assistant_thread_started(body, retry_num=_retry_num(request))
        submit(Job(kind=JobKind.PANEL_STARTED, request=thread), _event_key(thread))
        ack()

    assistant.thread_started(started)
    assistant.user_message(_keeping(JobKind.PANEL_MESSAGE, submit))
    # Bolt's default listener for this event saves the context with conversations.replies
    # and chat.update while the request waits for its ack. Advisor does not use it.
    assistant.thread_context_changed(_ack)
    return assistant


class _NoThreadContext(AssistantThreadContextStore):
    """Keeps no panel thread context (which channel the person is looking at): Advisor
    answers from the description alone. Bolt's default store would call the Web API for
    it, from the process that must acknowledge within 3 seconds."""

    def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        return None

    def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        return None


def _ack(ack: Ack) -> None:
    ack()


def _keeping(kind: JobKind, submit: Submit) -> Callable[..., None]:
    """The listener for a message event (a mention, a thread reply, a DM, a panel
    message): keep it as a ``kind`` job under its event key, then acknowledge."""

    def listener(
        ack: Ack, body: dict[str, Any], context: BoltContext, request: BoltRequest
    ) -> None:
        message = _message(body, context, request)
        submit(Job(kind=kind, request=message), _event_key(message))
        ack()

    return listener


def _event_key(message: inbound.MessageRequest) -> str:
    """Every delivery of one event (Slack's retries, to any replica) has one key."""
    return f"event:{message.event_id}"


def _key(request: BoltRequest) -> str:
    """A command or click replayed byte for byte (same signature) has the same key; a
    new one differs (its trigger_id, its timestamp)."""
    digest = hashlib.sha256()
    for header in ("x-slack-request-timestamp", "x-slack-signature"):
        digest.update("".join(request.headers.get(header) or []).encode())
        digest.update(b"\0")
    digest.update(request.raw_body.encode("utf-8", "surrogatepass"))
    return f"request:{digest.hexdigest()}"


def _message(
    body: dict[str, Any], context: BoltContext, request: BoltRequest
) -> inbound.MessageRequest:
    return inbound.message_request(
        body, bot_user_id=context.bot_user_id, retry_num=_retry_num(request)
    )


def _is_thread_reply(event: dict[str, Any], context: BoltContext) -> bool:
    """A person's message in a thread that does not mention the bot (mentions have their
    own event, answered by the mention listener: one answer per message)."""
    thread_ts = event.get("thread_ts")
    return (
        thread_ts is not None
        and thread_ts != event.get("ts")
        and event.get("subtype") in _REPLY_SUBTYPES
        and not event.get("bot_id")
        and not inbound.mentions(str(event.get("text") or ""), user_id=context.bot_user_id)
    )


def _is_direct_message(event: dict[str, Any]) -> bool:
    """A person's own top-level message in their DM with the bot (in a thread of it, the
    agent panel's listener answers; edits, deletions and bots' messages are not asks)."""
    return (
        event.get("channel_type") == "im"
        and event.get("thread_ts") in (None, event.get("ts"))
        and event.get("subtype") in (None, "file_share")
        and not event.get("bot_id")
    )


def _retry_num(request: BoltRequest) -> int:
    # Only a hint for the logs: the store's claim decides whether a delivery is answered.
    values = request.headers.get("x-slack-retry-num") or ["0"]
    return int(values[0]) if values[0].isdigit() else 0
