"""What the Slack app does after it has acknowledged a request: answer, post, remember.

One ``Responder`` serves every request of a process. Its methods take Advisor's own
request values (``inbound``), call the core through ``replies``, post with the Web API,
and keep each thread's constraints in the store so any replica can follow up.

Guarantees kept here:

- An Events API delivery is answered once: the store's ``claim_event`` decides, across
  retries and replicas; the claim is finished after posting and released when nothing
  could be said, so a retry can try again.
- A failure inside a handler becomes a short apology where the person asked, and a log
  line with the traceback; never silence.
- Where the bot is not in the channel, the answer goes to the person through the slash
  command's ``response_url``, with how to invite the bot (in a channel; in someone's DM or
  a group DM, where it cannot be invited, the answer alone).
- A cost question's breakdown is followed by the cost chart as a picture in the thread,
  drawn in a short-lived process (``chart_job``) so this one never loads matplotlib; a
  chart that cannot be drawn or uploaded is a log line only, the breakdown being out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from assistant import Answer, FollowUpKind
from integrations.slack import messages, replies
from integrations.slack.blocks import SlackMessage, notice_message, recommendation_message
from integrations.slack.chart_job import render_png
from integrations.slack.decision_inbound import HomeOpened, RecordClick, RecordSubmission
from integrations.slack.decisions import DecisionDesk
from integrations.slack.inbound import (
    CommandRequest,
    FormSubmission,
    MessageRequest,
    OptionClick,
    is_direct,
)
from integrations.slack.indicator import WorkingIndicator
from integrations.slack.marks import found_ts, mark
from integrations.slack.modal import advise_modal
from integrations.slack.panel import Panel
from integrations.slack.record_control import RECORD_BLOCK_ID
from integrations.store import StoreError

if TYPE_CHECKING:
    from assistant import Advisor, CostReport
    from integrations.store import Store, ThreadState

#: Web API errors that mean "the bot cannot post there", so the person is told privately.
CANNOT_POST = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
#: Seconds between looks for a thread that may be the bot's but is not stored yet.
RECHECK_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)
HELP_WORDS = frozenset({"help", "?", "-h", "--help", "usage"})
#: Each message the bot posts into a channel for a job carries the job in its metadata, so
#: a job answered again after the process that had it died can see its answer is out.
ANSWER_EVENT = "advisor_answer"
#: The job being answered on this thread, and which attempt at it this is.
_JOB: ContextVar[tuple[int, int] | None] = ContextVar("advisor_job", default=None)


@contextmanager
def answering(job_id: int, *, attempt: int) -> Iterator[None]:
    """Marks what is posted inside as the answer to job ``job_id``."""
    token = _JOB.set((job_id, attempt))
    try:
        yield
    finally:
        _JOB.reset(token)


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Responder:
    def __init__(
        self,
        *,
        advisor: Advisor,
        store: Store,
        client: WebClient,
        indicator_after: float,
        clock: Clock = utc_now,
        logger: logging.Logger | None = None,
    ) -> None:
        self.advisor = advisor
        self.store = store
        self.client = client
        self.indicator_after = indicator_after
        self.clock = clock
        self.log = logger or logging.getLogger("advisor.slack")
        self.panel = Panel(client, logger=self.log)
        self.decisions = DecisionDesk(
            advisor=advisor,
            store=store,
            client=client,
            clock=clock,
            post=lambda channel, message, thread_ts: self._post(
                channel, message, thread_ts=thread_ts
            ),
            tell=self._tell,
            load_thread=lambda team, channel, thread_ts: self._load_thread(
                team_id=team, channel_id=channel, thread_ts=thread_ts, may_be_ours=True
            ),
            logger=self.log,
        )

    # --- /advise -----------------------------------------------------------------------

    def on_command(self, req: CommandRequest) -> None:
        """``/advise``: the form when empty, usage for ``help``, else the recommendation."""
        text = req.text.strip()
        try:
            if not text:
                self.client.views_open(
                    trigger_id=req.trigger_id or "",
                    view=advise_modal(channel_id=req.channel_id, response_url=req.response_url),
                )
            elif self.decisions.on_command(req):
                pass  # /advise decisions, /advise digest ...
            elif text.lower() in HELP_WORDS:
                self._tell(
                    req.channel_id, req.user_id, replies.help_reply().message, req.response_url
                )
            else:
                self._recommend_in_channel(
                    team_id=req.team_id,
                    channel_id=req.channel_id,
                    user_id=req.user_id,
                    response_url=req.response_url,
                    reply=replies.describe(
                        self.advisor, req.text, asked_by=req.user_id, today=self.clock().date()
                    ),
                    direct=req.direct,
                )
        except Exception:
            self.log.exception("/advise failed in channel %s", req.channel_id)
            self._tell(
                req.channel_id, req.user_id, notice_message(messages.APOLOGY), req.response_url
            )

    def on_form(self, form: FormSubmission) -> None:
        """The modal was submitted: post the recommendation where ``/advise`` was typed."""
        channel = form.channel_id or form.user_id  # no channel known: a direct message
        try:
            self._recommend_in_channel(
                team_id=form.team_id,
                channel_id=channel,
                user_id=form.user_id,
                response_url=form.response_url,
                reply=replies.fill_form(self.advisor, form),
                direct=is_direct(channel),
            )
        except Exception:
            self.log.exception("form submission failed for channel %s", channel)
            self._tell(channel, form.user_id, notice_message(messages.APOLOGY), form.response_url)

    # --- events --------------------------------------------------------------------------

    def on_mention(self, req: MessageRequest) -> None:
        """``@Advisor <description>``: answered in the mention's thread. In a thread the
        bot already answered, the mention is a follow-up on that thread."""
        self._once(req, lambda: self._answer_mention(req))

    def on_thread_reply(self, req: MessageRequest) -> None:
        """A reply, without a mention, in a thread the bot answered."""
        if not req.text.strip() or req.thread_ts is None:
            return
        state = self._thread_of(req)
        if state is None:
            return  # not a thread Advisor answered: not ours to join
        self._once(req, lambda: self._answer_reply(req, state))

    def _answer_reply(
        self, req: MessageRequest, state: ThreadState, *, mentioned: bool = False
    ) -> None:
        """A reply that decides is recorded; any other is a follow-up."""
        if not self.decisions.on_reply(req, state):
            self._answer_follow_up(req, state, mentioned=mentioned)

    def _answer_mention(self, req: MessageRequest) -> None:
        state = self._thread_of(req) if req.thread_ts is not None else None
        if state is not None:
            self._answer_reply(req, state, mentioned=True)
            return
        if not req.text:
            self._post(req.channel_id, replies.help_reply().message, thread_ts=req.reply_thread)
            return
        with self._working(req.channel_id, req.ts):
            reply = replies.describe(
                self.advisor, req.text, asked_by=req.user_id, today=self.clock().date()
            )
            # Stored before posting: a reply typed the moment the answer shows finds it.
            self._remember(
                req.team_id, req.channel_id, req.reply_thread, reply, requested_by=req.user_id
            )
            ts = self._post(req.channel_id, reply.message, thread_ts=req.reply_thread)
            # Then the answer's own ts, so a change in the thread can update it in place.
            self._remember(req.team_id, req.channel_id, req.reply_thread, reply, answer_ts=ts)

    def _answer_follow_up(
        self, req: MessageRequest, state: ThreadState, *, mentioned: bool = False
    ) -> None:
        """A follow-up, answered as what it is: a thank-you gets a reaction, talk between
        colleagues gets nothing (unless Advisor was mentioned), a change gets a short diff
        in the thread and the original answer updated in place, a question its answer."""
        reply = replies.follow_up(
            self.advisor,
            req.text,
            constraints=state.constraints,
            project=state.text,
            today=self.clock().date(),
        )
        if reply.kind is FollowUpKind.ACK:
            self._react(req.channel_id, req.ts)
            return
        if reply.kind is FollowUpKind.OFF_TOPIC and not mentioned:
            self.log.info(
                "reply %s in %s is not about the project; left alone", req.ts, req.channel_id
            )
            return
        with self._working(req.channel_id, req.ts):
            self._remember(req.team_id, req.channel_id, state.thread_ts, reply, previous=state)
            self._post(req.channel_id, reply.message, thread_ts=state.thread_ts)
            if reply.updated is not None:
                self._update_answer(req.channel_id, state, reply.updated, updated_by=req.user_id)
        if reply.chart is not None:  # after the hourglass: the answer itself is out
            self._upload_chart(req.channel_id, state.thread_ts, reply.chart)

    def _update_answer(
        self, channel: str, state: ThreadState, answer: Answer, *, updated_by: str | None
    ) -> None:
        """The thread's answer message, replaced by the current answer: the channel never
        shows an approach the thread has moved away from, nor buttons that no longer apply.
        A message that cannot be updated (deleted, too old) is a log line: the thread
        already has the change."""
        message = recommendation_message(answer, asked_by=state.requested_by, updated_by=updated_by)
        try:
            self.client.chat_update(
                channel=channel,
                ts=state.answer_ts or state.thread_ts,
                text=message.text,
                blocks=message.blocks,
            )
        except SlackApiError as error:
            self.log.warning(
                "answer %s in %s not updated: %s", state.thread_ts, channel, _error_code(error)
            )

    def _react(self, channel: str, ts: str) -> None:
        """A thank-you or a "makes sense": acknowledged with a reaction, not a paragraph."""
        try:
            self.client.reactions_add(channel=channel, timestamp=ts, name=messages.ACK_REACTION)
        except SlackApiError as error:
            if _error_code(error) != "already_reacted":
                self.log.warning("could not react in %s: %s", channel, _error_code(error))

    def _upload_chart(self, channel: str, thread_ts: str, report: CostReport) -> None:
        """The cost curves as a picture under the breakdown. The breakdown is already
        posted and complete, so a chart that cannot be drawn or uploaded is a log line,
        never an apology or a second answer."""
        try:
            self.client.files_upload_v2(
                channel=channel,
                thread_ts=thread_ts,
                file=render_png(report),
                filename=messages.CHART_FILENAME,
                title=messages.CHART_TITLE,
                alt_txt=messages.CHART_ALT_TEXT,
                initial_comment=None,
            )
        except Exception as error:  # ChartError, a Web API error, the upload URL refusing
            reason = _error_code(error) if isinstance(error, SlackApiError) else error
            self.log.warning("cost chart not shown in %s: %s", channel, str(reason).split("\n")[0])

    def _thread_of(self, req: MessageRequest) -> ThreadState | None:
        """The stored thread a message belongs to, if Advisor answered there."""
        return self._load_thread(
            team_id=req.team_id,
            channel_id=req.channel_id,
            thread_ts=req.thread_ts or req.ts,
            may_be_ours=req.bot_thread is not False,
        )

    def _load_thread(
        self, *, team_id: str, channel_id: str, thread_ts: str, may_be_ours: bool
    ) -> ThreadState | None:
        """A ``/advise`` answer's thread is stored just after Slack gives the message its
        ts, so a reply or a click can, rarely, arrive first. When the thread may be the
        bot's, look again for a moment before concluding it is not ours."""
        for delay in (0.0, *(RECHECK_DELAYS if may_be_ours else ())):
            time.sleep(delay)
            state = self.store.load_thread(
                team_id=team_id, channel_id=channel_id, thread_ts=thread_ts
            )
            if state is not None:
                return state
        return None

    # --- direct messages and the agent panel ---------------------------------------------

    def on_direct_message(self, req: MessageRequest) -> None:
        """A person's own top-level message to the bot: a new project, answered in the DM.
        The answer's ts keys the thread, so a reply to the answer follows up on it."""
        self._once(req, lambda: self._answer_direct(req))

    def _answer_direct(self, req: MessageRequest) -> None:
        if req.text.strip().lower() in {"", *HELP_WORDS}:
            self._post(req.channel_id, replies.help_reply().message)
            return
        with self._working(req.channel_id, req.ts):
            reply = replies.describe(self.advisor, req.text, today=self.clock().date())
            ts = self._post(req.channel_id, reply.message)
        self._remember(
            req.team_id, req.channel_id, ts, reply, requested_by=req.user_id, answer_ts=ts
        )

    def on_panel_started(self, req: MessageRequest) -> None:
        """A new thread in the agent panel: suggested prompts and a short greeting."""

        def greet() -> None:
            self.panel.suggest_prompts(channel_id=req.channel_id, thread_ts=req.reply_thread)
            self._post(
                req.channel_id, notice_message(messages.PANEL_GREETING), thread_ts=req.reply_thread
            )

        self._once(req, greet)

    def on_panel_message(self, req: MessageRequest) -> None:
        """A person's message in a thread of their DM with the bot: an agent panel thread,
        or the thread of an answer given in the DM. In a thread Advisor answered it is a
        follow-up (the thread path); otherwise it describes the thread's project."""
        self._once(req, lambda: self._answer_in_panel(req))

    def _answer_in_panel(self, req: MessageRequest) -> None:
        thread_ts = req.reply_thread
        # One look is enough: the jobs of one conversation are answered one at a time, so
        # an answer posted in this DM is stored before the next message in it is read.
        state = self._load_thread(
            team_id=req.team_id, channel_id=req.channel_id, thread_ts=thread_ts, may_be_ours=False
        )
        self.panel.thinking(channel_id=req.channel_id, thread_ts=thread_ts)
        if state is not None:
            self._answer_reply(req, state, mentioned=True)  # a DM is always said to Advisor
            return
        if req.text.strip().lower() in {"", *HELP_WORDS}:
            self._post(req.channel_id, replies.help_reply().message, thread_ts=thread_ts)
            return
        reply = replies.describe(self.advisor, req.text, today=self.clock().date())
        # Stored before posting: a reply typed the moment the answer shows finds it.
        self._remember(req.team_id, req.channel_id, thread_ts, reply, requested_by=req.user_id)
        ts = self._post(req.channel_id, reply.message, thread_ts=thread_ts)
        self._remember(req.team_id, req.channel_id, thread_ts, reply, answer_ts=ts)
        if reply.thread is not None:
            self.panel.set_title(
                channel_id=req.channel_id, thread_ts=thread_ts, project=reply.thread.text
            )

    # --- buttons -------------------------------------------------------------------------

    def on_option(self, click: OptionClick) -> None:
        """A button supplying a missing constraint: re-run the thread's answer with it."""
        try:
            state = self._clicked_thread(click)
            if state is None:
                return
            reply = replies.option(
                self.advisor, click.value, constraints=state.constraints, project=state.text
            )
            if reply.updated is None:
                return  # already part of the project (a second click): nothing to say
            with self._working(click.channel_id, click.message_ts):
                self._remember(
                    click.team_id, click.channel_id, state.thread_ts, reply, previous=state
                )
                self._post(click.channel_id, reply.message, thread_ts=state.thread_ts)
                self._update_answer(
                    click.channel_id,
                    state.model_copy(update={"answer_ts": state.answer_ts or click.message_ts}),
                    reply.updated,
                    updated_by=click.user_id,
                )
        except Exception:
            self.log.exception("button click failed in channel %s", click.channel_id)
            self._apologise(click.channel_id, click.thread_ts)

    def on_details(self, click: OptionClick) -> None:
        """ "Details" under an answer: everything its first screen leaves out, in the thread."""
        try:
            state = self._clicked_thread(click)
            if state is None:
                return
            reply = replies.details(self.advisor, constraints=state.constraints, project=state.text)
            self._post(click.channel_id, reply.message, thread_ts=state.thread_ts)
        except Exception:
            self.log.exception("details click failed in channel %s", click.channel_id)
            self._apologise(click.channel_id, click.thread_ts)

    def _clicked_thread(self, click: OptionClick) -> ThreadState | None:
        """The thread of the answer a button is on; None (and the person told) when the
        store no longer has it."""
        state = self._load_thread(
            team_id=click.team_id,
            channel_id=click.channel_id,
            thread_ts=click.thread_ts,
            may_be_ours=True,  # the button is on one of the bot's messages
        )
        if state is None:
            self._tell(
                click.channel_id,
                click.user_id,
                notice_message(messages.THREAD_FORGOTTEN),
                click.response_url,
            )
        return state

    # --- decisions and the App Home --------------------------------------------------------

    def on_record_click(self, click: RecordClick) -> None:
        """ "Record decision" under an answer: the modal to choose and add a note."""
        try:
            self.decisions.on_record_click(click)
        except Exception:
            self.log.exception("record-decision click failed in channel %s", click.channel_id)

    def on_record_form(self, form: RecordSubmission) -> None:
        try:
            self.decisions.on_record_form(form)
        except Exception:
            self.log.exception("recording a decision failed in channel %s", form.channel_id)
            self._apologise(form.channel_id, form.thread_ts)

    def on_home(self, home: HomeOpened) -> None:
        try:
            self.decisions.on_home(home)
        except Exception:
            self.log.exception("the App Home could not be published for %s", home.user_id)

    # --- the pieces ----------------------------------------------------------------------

    def _once(self, req: MessageRequest, work: Callable[[], None]) -> None:
        """Run ``work`` for an event unless another delivery of it was (or is being) handled."""
        claimed = self._claim(req)
        if claimed is False:
            self.log.info("event %s already handled; retry %d ignored", req.event_id, req.retry_num)
            return
        try:
            work()
        except Exception:
            self.log.exception("event %s failed in channel %s", req.event_id, req.channel_id)
            if not self._apologise(req.channel_id, req.reply_thread):
                if claimed:
                    self._release(req)
                return
        if claimed:
            self._finish(req)

    def _claim(self, req: MessageRequest) -> bool | None:
        """True: ours to answer; False: someone else's; None: the store is down, answer
        anyway (a duplicate is better than silence)."""
        try:
            return self.store.claim_event(
                team_id=req.team_id, event_id=req.event_id, now=self.clock()
            )
        except StoreError:
            self.log.exception("could not claim event %s; answering without dedupe", req.event_id)
            return None

    def _finish(self, req: MessageRequest) -> None:
        try:
            self.store.finish_event(team_id=req.team_id, event_id=req.event_id, now=self.clock())
        except StoreError:
            self.log.exception("could not mark event %s finished", req.event_id)

    def _release(self, req: MessageRequest) -> None:
        try:
            self.store.release_event(team_id=req.team_id, event_id=req.event_id)
        except StoreError:
            self.log.exception("could not release event %s", req.event_id)

    def _recommend_in_channel(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        response_url: str | None,
        reply: replies.Reply,
        direct: bool = False,
    ) -> None:
        if reply.refused:
            self._tell(channel_id, user_id, reply.message, response_url)
            return
        try:
            ts = self._post(channel_id, reply.message)
        except SlackApiError as error:
            if _error_code(error) not in CANNOT_POST:
                raise
            self.log.info("not in channel %s; answering through response_url", channel_id)
            self._tell_not_in_channel(
                channel_id, user_id, reply.message, response_url, direct=direct
            )
            return
        self._remember(team_id, channel_id, ts, reply, requested_by=user_id, answer_ts=ts)

    def _post(self, channel: str, message: SlackMessage, *, thread_ts: str | None = None) -> str:
        job = _JOB.get()
        metadata = None
        if job is not None and thread_ts is None:
            job_id, attempt = job
            if attempt > 1:  # an earlier attempt may have died just after posting
                posted = self._posted_before(channel, job_id)
                if posted is not None:
                    self.log.info("job %s was answered before its retry; not again", job_id)
                    return posted
            metadata = mark(ANSWER_EVENT, job=job_id)
        response = self.client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
            metadata=metadata,
        )
        return str(response["ts"])

    def _posted_before(self, channel: str, job_id: int) -> str | None:
        """The ts of the message an earlier attempt at ``job_id`` posted, if any."""
        try:
            response = self.client.conversations_history(
                channel=channel, include_all_metadata=True, limit=100
            )
        except (SlackApiError, OSError) as error:
            # Unknown: answering again risks a duplicate, not answering risks silence.
            self.log.warning("could not read %s's history: %s", channel, error)
            return None
        return found_ts(response.get("messages") or [], ANSWER_EVENT, job=job_id)

    def _tell(
        self, channel: str, user: str, message: SlackMessage, response_url: str | None
    ) -> None:
        """Say something to one person only: an ephemeral message, else ``response_url``."""
        try:
            self.client.chat_postEphemeral(
                channel=channel, user=user, text=message.text, blocks=message.blocks
            )
            return
        except SlackApiError as error:
            if _error_code(error) not in CANNOT_POST or response_url is None:
                raise
        self._respond(response_url, message)

    def _tell_not_in_channel(
        self,
        channel: str,
        user: str,
        message: SlackMessage,
        response_url: str | None,
        *,
        direct: bool = False,
    ) -> None:
        # Buttons would re-run in a thread nobody can see: leave them out.
        blocks = [
            b
            for b in message.blocks
            if b.get("type") != "actions" and b.get("block_id") != RECORD_BLOCK_ID
        ]
        if direct:  # someone's DM or a group DM: the bot cannot be invited, so no hint
            private = SlackMessage(text=message.text, blocks=blocks)
        else:
            note = notice_message(messages.not_in_channel(channel_id=channel))
            private = SlackMessage(text=f"{note.text}\n{message.text}", blocks=note.blocks + blocks)
        if response_url is not None:
            self._respond(response_url, private)
        else:
            self._post(user, private)  # a direct message from the bot

    def _respond(self, response_url: str, message: SlackMessage) -> None:
        response = WebhookClient(
            response_url, timeout=15, retry_handlers=self.client.retry_handlers
        ).send(
            text=message.text,
            blocks=message.blocks,
            response_type="ephemeral",
            replace_original=False,
        )
        if response.status_code != 200:
            raise RuntimeError(f"response_url answered HTTP {response.status_code}")

    def _apologise(self, channel: str, thread_ts: str) -> bool:
        try:
            self._post(channel, notice_message(messages.APOLOGY), thread_ts=thread_ts)
        except Exception:
            self.log.exception("could not post the apology in channel %s", channel)
            return False
        return True

    def _remember(
        self,
        team_id: str,
        channel_id: str,
        thread_ts: str,
        reply: replies.Reply,
        *,
        previous: ThreadState | None = None,
        requested_by: str | None = None,
        answer_ts: str | None = None,
    ) -> None:
        update = reply.thread
        if update is None:
            return
        if previous is not None and previous.constraints == update.constraints:
            return  # nothing new to keep (a why, cost or guidance question)
        try:
            self.store.save_thread(
                team_id=team_id,
                channel_id=channel_id,
                thread_ts=thread_ts,
                constraints=update.constraints,
                text=update.text,
                approach=update.approach,
                now=self.clock(),
                requested_by=requested_by,
                answer_ts=answer_ts,
            )
        except StoreError:
            # The answer is out; only later follow-ups in this thread are affected.
            self.log.exception("could not save thread %s in channel %s", thread_ts, channel_id)

    def _working(self, channel: str, ts: str) -> WorkingIndicator:
        return WorkingIndicator(
            self.client, channel=channel, ts=ts, after=self.indicator_after, logger=self.log
        )


def _error_code(error: SlackApiError) -> Any:
    return error.response.get("error") if error.response is not None else None
