"""The bolt app: which Slack request goes to which ``Responder`` method.

Every listener acknowledges at once (well inside Slack's 3 seconds) and does the work in
a lazy listener on bolt's thread pool, so a slow answer never delays the ack and Slack
never retries for lack of one. Listeners only translate payloads (``inbound``, ``modal``)
and call the responder.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest
from slack_sdk import WebClient

from integrations.slack import inbound
from integrations.slack.blocks import OPTION_ACTION
from integrations.slack.modal import CALLBACK_ID, read_submission
from integrations.slack.responder import Responder

COMMAND = "/advise"
#: Message subtypes that are still a person writing in the thread.
_REPLY_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})


def build_app(
    *,
    signing_secret: str,
    client: WebClient,
    responder_factory: Callable[[WebClient], Responder],
    workers: int,
    logger: logging.Logger | None = None,
    socket_mode: bool = False,
) -> App:
    """A bolt ``App`` serving ``/advise``, mentions, thread replies, buttons and the form.

    ``client`` must carry the bot token; bolt checks it with ``auth.test`` here, once.
    """
    app = App(
        signing_secret=signing_secret,
        client=client,
        token=client.token,
        process_before_response=True,  # ack in the request; the answer runs lazily
        # Socket Mode requests come over the app's own authenticated websocket, unsigned.
        request_verification_enabled=not socket_mode,
        listener_executor=ThreadPoolExecutor(max_workers=workers, thread_name_prefix="advisor"),
        logger=logger,
    )
    responder = responder_factory(client)

    def command(body: dict[str, Any]) -> None:
        responder.on_command(inbound.command_request(body))

    def mention(body: dict[str, Any], context: BoltContext, request: BoltRequest) -> None:
        responder.on_mention(
            inbound.message_request(
                body, bot_user_id=context.bot_user_id, retry_num=_retry_num(request)
            )
        )

    def thread_reply(body: dict[str, Any], context: BoltContext, request: BoltRequest) -> None:
        responder.on_thread_reply(
            inbound.message_request(
                body, bot_user_id=context.bot_user_id, retry_num=_retry_num(request)
            )
        )

    def option(body: dict[str, Any]) -> None:
        responder.on_option(inbound.option_click(body))

    def form(body: dict[str, Any]) -> None:
        submission, errors = read_submission(body)
        if not errors:  # with errors, the ack kept the form open to correct them
            responder.on_form(submission)

    app.command(COMMAND)(ack=_ack, lazy=[command])
    app.event("app_mention")(ack=_ack, lazy=[mention])
    app.event("message", matchers=[_is_thread_reply])(ack=_ack, lazy=[thread_reply])
    app.event("message")(_ack)  # every other message: acknowledged, not answered
    app.action(re.compile(f"^{re.escape(OPTION_ACTION)}"))(ack=_ack, lazy=[option])
    app.view_submission(CALLBACK_ID)(ack=_ack_form, lazy=[form])
    return app


def _ack(ack: Ack) -> None:
    ack()


def _ack_form(ack: Ack, body: dict[str, Any]) -> None:
    _submission, errors = read_submission(body)
    if errors:
        ack(response_action="errors", errors=errors)
    else:
        ack()


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
