"""The bolt app: acknowledge every Slack request at once, and hand the work on.

Each listener translates the payload into Advisor's own request value (``inbound``,
``modal``), acknowledges, and submits a ``Job`` to the answering process
(``worker``). Nothing slow runs here, so the ack is well inside Slack's 3 seconds and
Slack never retries for lack of one. The one check made before the ack is the form's: a
form with an unusable value stays open with the error shown next to the field.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest
from slack_sdk import WebClient

from integrations.slack import decision_inbound, inbound
from integrations.slack.inbound import OPTION_ACTION
from integrations.slack.modal import CALLBACK_ID, read_submission
from integrations.slack.worker import Job, JobKind

COMMAND = "/advise"
#: Message subtypes that are still a person writing in the thread.
_REPLY_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})

Submit = Callable[[Job], None]


def build_app(
    *,
    signing_secret: str,
    client: WebClient,
    submit: Submit,
    logger: logging.Logger | None = None,
    socket_mode: bool = False,
) -> App:
    """A bolt ``App`` serving ``/advise``, mentions, thread replies, buttons and the form.

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

    def command(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        submit(Job(kind=JobKind.COMMAND, request=inbound.command_request(body)))

    def mention(ack: Ack, body: dict[str, Any], context: BoltContext, request: BoltRequest) -> None:
        ack()
        submit(Job(kind=JobKind.MENTION, request=_message(body, context, request)))

    def thread_reply(
        ack: Ack, body: dict[str, Any], context: BoltContext, request: BoltRequest
    ) -> None:
        ack()
        submit(Job(kind=JobKind.THREAD_REPLY, request=_message(body, context, request)))

    def option(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        submit(Job(kind=JobKind.OPTION, request=inbound.option_click(body)))

    def form(ack: Ack, body: dict[str, Any]) -> None:
        submission, errors = read_submission(body)
        if errors:  # the form stays open, each error next to its field
            ack(response_action="errors", errors=errors)
            return
        ack()
        submit(Job(kind=JobKind.FORM, request=submission))

    app.command(COMMAND)(command)
    app.event("app_mention")(mention)
    app.event("message", matchers=[_is_thread_reply])(thread_reply)
    app.event("message")(_ack)  # every other message: acknowledged, not answered
    app.action(re.compile(f"^{re.escape(OPTION_ACTION)}"))(option)
    app.view_submission(CALLBACK_ID)(form)

    def record_click(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        submit(Job(kind=JobKind.RECORD_CLICK, request=decision_inbound.record_click(body)))

    def record_form(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        submit(Job(kind=JobKind.RECORD_FORM, request=decision_inbound.record_submission(body)))

    def home(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        submit(Job(kind=JobKind.HOME, request=decision_inbound.home_opened(body)))

    app.action(decision_inbound.RECORD_ACTION)(record_click)
    app.view_submission(decision_inbound.RECORD_CALLBACK)(record_form)
    app.event("app_home_opened")(home)
    return app


def _ack(ack: Ack) -> None:
    ack()


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


def _retry_num(request: BoltRequest) -> int:
    # Only a hint for the logs: the store's claim decides whether a delivery is answered.
    values = request.headers.get("x-slack-retry-num") or ["0"]
    return int(values[0]) if values[0].isdigit() else 0
