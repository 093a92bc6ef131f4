"""Decisions and digests in Slack: a thread reply that decides, the "Record decision"
control, ``/advise decisions``, ``/advise digest ...`` and the App Home.

The ``Responder`` hands these over; each method takes Advisor's own request values.
A decision is recorded against the thread's stored project: its constraints, the answer
they give now (recommended approach, the strongest reason against the choice) and the cost
figures. Everything a person typed is escaped before it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from assistant import (
    Approach,
    Constraints,
    DigestSchedule,
    ScheduleError,
    default_revisit_on,
    next_slot,
    parse_schedule,
    project_title,
    read_decision,
    reason_against,
    validated,
)
from integrations.slack import decision_messages as say
from integrations.slack import messages
from integrations.slack.blocks import SlackMessage, notice_message
from integrations.slack.decision_inbound import HomeOpened, RecordClick, RecordSubmission
from integrations.slack.decision_views import home_view, record_modal
from integrations.slack.digest_blocks import APPROACH_NAMES, decisions_list_message
from integrations.slack.digest_runner import DigestRunner
from integrations.slack.escape import escape, excerpt
from integrations.store.decision_records import NewDecision, Recorded

if TYPE_CHECKING:
    from assistant import Advisor
    from integrations.slack.inbound import CommandRequest, MessageRequest
    from integrations.store import Store, ThreadState

Post = Callable[[str, SlackMessage, str | None], str]  # channel, message, thread_ts -> ts
Tell = Callable[[str, str, SlackMessage, str | None], None]  # channel, user, message, url
LoadThread = Callable[[str, str, str], "ThreadState | None"]  # team, channel, thread_ts

DECISIONS_WORDS = frozenset({"decisions", "decision", "decided"})
DIGEST_WORD = "digest"
LIST_LIMIT = 15
FALLBACK_ZONE = "UTC"


class DecisionDesk:
    def __init__(
        self,
        *,
        advisor: Advisor,
        store: Store,
        client: WebClient,
        clock: Callable[[], datetime],
        post: Post,
        tell: Tell,
        load_thread: LoadThread,
        logger: logging.Logger | None = None,
    ) -> None:
        self.advisor = advisor
        self.store = store
        self.client = client
        self.clock = clock
        self.post = post
        self.tell = tell
        self.load_thread = load_thread
        self.log = logger or logging.getLogger("advisor.slack")

    # --- a reply in the thread ----------------------------------------------------------

    def on_reply(self, req: MessageRequest, state: ThreadState) -> bool:
        """Record what a reply decides; False when it decides nothing (a follow-up)."""
        now = self.clock()
        intent = read_decision(req.text, today=now.date())
        if intent is None:
            return False
        if intent.as_recommended and intent.approach is None:  # "we'll do what it says"
            if state.approach is None:
                return False
            intent = intent.model_copy(update={"approach": state.approach})
        if intent.approach is None:  # "revisit in 3 months"
            moved = self.store.set_revisit(
                team_id=req.team_id,
                channel_id=req.channel_id,
                thread_ts=state.thread_ts,
                revisit_on=intent.revisit_on or now.date(),
            )
            text = (
                say.revisit_moved(revisit_on=_day(moved.revisit_on))
                if moved is not None and moved.revisit_on is not None
                else say.NO_THREAD_DECISION
            )
            self.post(req.channel_id, notice_message(text), state.thread_ts)
            return True
        recorded = self._record(
            state,
            user_id=req.user_id or "",
            approach=intent.approach,
            note=intent.note,
            revisit_on=intent.revisit_on,
            source_key=f"reply:{req.channel_id}:{req.ts}",
            now=now,
        )
        self._confirm(req.channel_id, state.thread_ts, recorded)
        return True

    # --- the Record decision control ----------------------------------------------------

    def on_record_click(self, click: RecordClick) -> None:
        state = self.load_thread(click.team_id, click.channel_id, click.thread_ts)
        self.client.views_open(
            trigger_id=click.trigger_id,
            view=record_modal(
                channel_id=click.channel_id,
                thread_ts=click.thread_ts,
                recommended=state.approach if state is not None else None,
            ),
        )

    def on_record_form(self, form: RecordSubmission) -> None:
        state = self.load_thread(form.team_id, form.channel_id, form.thread_ts)
        if state is None:
            self.tell(form.channel_id, form.user_id, notice_message(_forgotten()), None)
            return
        recorded = self._record(
            state,
            user_id=form.user_id,
            approach=Approach(form.approach),
            note=" ".join(form.note.split()),
            revisit_on=None,
            source_key=f"form:{form.view_id}",
            now=self.clock(),
        )
        self._confirm(form.channel_id, state.thread_ts, recorded)

    # --- /advise decisions, /advise digest ... ------------------------------------------

    def on_command(self, req: CommandRequest) -> bool:
        """Handle ``decisions`` and ``digest ...``; False when the text is a project."""
        words = req.text.split()
        if not words:
            return False
        head = words[0].lower()
        if head in DECISIONS_WORDS and len(words) == 1:
            self._list(req)
            return True
        if head == DIGEST_WORD and (len(words) == 1 or words[1].lower() in _DIGEST_ACTIONS):
            self._digest(req, words[1:])
            return True
        return False

    def _list(self, req: CommandRequest) -> None:
        decisions = self.store.list_decisions(
            team_id=req.team_id,
            channel_id=req.channel_id,
            limit=LIST_LIMIT,
            include_superseded=False,
        )
        message = decisions_list_message(decisions, today=self.clock().date())
        self.tell(req.channel_id, req.user_id, message, req.response_url)

    def _digest(self, req: CommandRequest, words: list[str]) -> None:
        action = words[0].lower() if words else ""
        now = self.clock()
        if action == "off":
            self.store.remove_digest(team_id=req.team_id, channel_id=req.channel_id)
            reply = say.DIGEST_OFF
        elif action == "now":
            self._preview(req, now=now)
            return
        elif action in {"daily", "weekly"}:
            try:
                schedule = parse_schedule(" ".join(words), default_zone=self._zone_of(req.user_id))
            except ScheduleError as error:
                reply = f"{escape(str(error))}\n{say.DIGEST_HELP}"
            else:
                self.store.set_digest(
                    team_id=req.team_id,
                    channel_id=req.channel_id,
                    schedule=schedule,
                    user_id=req.user_id,
                    now=now,
                )
                reply = say.digest_set(when=schedule.describe(), first=_first(schedule, now))
        else:
            current = self.store.digest_of(team_id=req.team_id, channel_id=req.channel_id)
            reply = (
                f"This channel's digest: {current.schedule.describe()}.\n{say.DIGEST_HELP}"
                if current is not None
                else f"{say.DIGEST_NOT_SET}\n{say.DIGEST_HELP}"
            )
        self.tell(req.channel_id, req.user_id, notice_message(reply), req.response_url)

    def _preview(self, req: CommandRequest, *, now: datetime) -> None:
        subscription = self.store.digest_of(team_id=req.team_id, channel_id=req.channel_id)
        if subscription is None:
            self.tell(
                req.channel_id, req.user_id, notice_message(say.DIGEST_NOT_SET), req.response_url
            )
            return
        preview = DigestRunner(store=self.store, client=self.client, logger=self.log).preview(
            subscription, now=now
        )
        message = preview or notice_message(say.DIGEST_NOTHING)
        self.tell(req.channel_id, req.user_id, message, req.response_url)

    def _zone_of(self, user_id: str) -> str:
        """The person's time zone from their Slack profile; UTC when it cannot be read."""
        try:
            response = self.client.users_info(user=user_id)
        except SlackApiError as error:
            self.log.warning("users.info failed for %s: %s", user_id, error)
            return FALLBACK_ZONE
        zone = (response.get("user") or {}).get("tz")
        try:
            return parse_schedule(f"daily 00:00 {zone}", default_zone=FALLBACK_ZONE).zone
        except ScheduleError:
            return FALLBACK_ZONE

    # --- App Home -----------------------------------------------------------------------

    def on_home(self, home: HomeOpened) -> None:
        view = home_view(
            recommendations=self.store.recent_threads(team_id=home.team_id, user_id=home.user_id),
            decisions=self.store.list_decisions(team_id=home.team_id, limit=10),
            digests=self.store.digests(team_id=home.team_id),
            today=self.clock().date(),
        )
        self.client.views_publish(user_id=home.user_id, view=view)

    # --- the pieces ---------------------------------------------------------------------

    def _record(
        self,
        state: ThreadState,
        *,
        user_id: str,
        approach: Approach,
        note: str,
        revisit_on: date | None,
        source_key: str,
        now: datetime,
    ) -> Recorded:
        answer = self.advisor.recommend(validated(Constraints, state.constraints), text=state.text)
        costs = answer.costs
        snapshot: dict[str, Any] | None = None
        monthly: Decimal | None = None
        retrain: int | None = None
        if costs is not None:
            facts = costs.facts()
            snapshot = {
                "prompting_monthly_usd": float(costs.prompting.monthly),
                "fine_tuning_monthly_usd": float(costs.fine_tuning.monthly),
                "prompting_one_off_usd": float(costs.prompting.one_off),
                "fine_tuning_one_off_usd": float(costs.fine_tuning.one_off),
                "break_even_month": facts.break_even_month,
                "retrain_every_months": costs.fine_tuning.retrain_every_months,
                "monthly_requests": costs.monthly_requests,
            }
            monthly = Decimal(
                costs.fine_tuning.monthly
                if approach is Approach.FINE_TUNING
                else costs.prompting.monthly
            )
            retrain = costs.fine_tuning.retrain_every_months
        recommended = state.approach
        new = NewDecision(
            team_id=state.team_id,
            channel_id=state.channel_id,
            thread_ts=state.thread_ts,
            source_key=source_key,
            permalink=self._permalink(state.channel_id, state.thread_ts),
            title=project_title(state.text) or "Untitled project",
            constraints=state.constraints,
            costs=snapshot,
            monthly_usd=monthly,
            recommended_approach=recommended,
            chosen_approach=approach,
            reason_against=(
                reason_against(
                    approach, reasons=answer.reasons, counter_reasons=answer.counter_reasons
                )
                if approach is not recommended
                else ""
            ),
            note=note,
            decided_by=user_id,
            revisit_on=revisit_on
            or default_revisit_on(approach, decided_on=now.date(), retrain_every_months=retrain),
        )
        return self.store.record_decision(new, now=now)

    def _confirm(self, channel: str, thread_ts: str, recorded: Recorded) -> None:
        decision = recorded.decision
        chosen = APPROACH_NAMES[decision.chosen_approach]
        if not recorded.created:
            text = say.already_recorded(chosen=chosen)
        else:
            against = None
            if decision.against_advice:
                reason = excerpt(decision.reason_against, 300) or "none of the rules"
                advised = APPROACH_NAMES[decision.recommended_approach]
                against = f"{reason} (Advisor recommended {advised})"
            text = say.recorded(
                chosen=chosen,
                by=decision.decided_by,
                against=against,
                revisit_on=_day(decision.revisit_on) if decision.revisit_on else None,
            )
        self.post(channel, notice_message(text), thread_ts)

    def _permalink(self, channel: str, ts: str) -> str | None:
        try:
            response = self.client.chat_getPermalink(channel=channel, message_ts=ts)
        except SlackApiError as error:
            self.log.info("no permalink for %s in %s: %s", ts, channel, error)
            return None
        link = response.get("permalink")
        return str(link) if link else None


_DIGEST_ACTIONS = frozenset({"daily", "weekly", "off", "now"})


def _day(value: date | None) -> str:
    return "" if value is None else f"{value:%a} {value.day} {value:%b %Y}"


def _first(schedule: DigestSchedule, now: datetime) -> str:
    slot = next_slot(schedule, after=now).astimezone(schedule.tz)
    return f"{slot:%a} {slot.day} {slot:%b %Y at %H:%M}"


def _forgotten() -> str:
    return messages.THREAD_FORGOTTEN
