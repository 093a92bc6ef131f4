"""Posting each due digest once: for ``advisor digest run`` and ``advisor serve``'s scheduler.

    runner = DigestRunner(store=store, client=client)
    outcomes = runner.run_due(now=datetime.now(UTC))

For each subscription, the period due at ``now`` is the schedule's latest slot at or
before it. A period already finished is skipped; otherwise it is claimed in the store
(unique per subscription and slot, with a lease), its digest built from the decisions since
the previous digest, posted, and the posted message's ``ts`` recorded. Slots missed while
nothing ran are not posted one by one: the latest is, covering everything since the last
digest (one catch-up). A run killed between its claim and its post leaves an unfinished
claim; the next run after the lease takes it over and posts it, once.

A period with nothing to say (no decision, nothing due for revisit) posts nothing and keeps
no claim, so the next digest covers everything since the last one posted. A Slack failure
is retried with backoff; when it persists the claim is released so the next run tries
again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from assistant import latest_slot
from integrations.slack.blocks import SlackMessage
from integrations.slack.digest_blocks import digest_message
from integrations.slack.marks import found_ts, mark
from integrations.store import Store, StoreError
from integrations.store.decision_records import DigestClaim, DigestContent, Subscription
from integrations.store.digest_queries import DIGEST_LEASE

#: Seconds to wait before each retry of a failed post (the client retries too).
RETRY_DELAYS = (1.0, 4.0)
#: Errors that retrying cannot fix: the bot cannot post there.
FINAL_ERRORS = frozenset(
    {"not_in_channel", "channel_not_found", "is_archived", "invalid_auth", "account_inactive"}
)
#: Marks a digest's message, so a taken-over claim can tell whether it was posted already.
METADATA_EVENT = "advisor_digest"


class Outcome(StrEnum):
    POSTED = "posted"
    EMPTY = "empty"  # nothing happened in the period: nothing posted
    NOT_DUE = "not-due"  # no slot since the subscription was set
    DONE = "done"  # this period was finished before
    TAKEN = "taken"  # another process holds the claim
    RECOVERED = "recovered"  # a died claimer had posted it: recorded, not posted again
    FAILED = "failed"


@dataclass(frozen=True)
class DigestOutcome:
    team_id: str
    channel_id: str
    due_at: datetime
    outcome: Outcome
    ts: str | None = None
    decisions: int = 0


Sleep = Callable[[float], None]


class DigestRunner:
    def __init__(
        self,
        *,
        store: Store,
        client: WebClient,
        logger: logging.Logger | None = None,
        lease: timedelta = DIGEST_LEASE,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.store = store
        self.client = client
        self.log = logger or logging.getLogger("advisor.digest")
        self.lease = lease
        self.sleep = sleep

    def run_due(self, *, now: datetime) -> list[DigestOutcome]:
        """Every subscription's digest that is due at ``now``, each posted at most once."""
        outcomes = []
        for subscription in self.store.digests():
            try:
                outcomes.append(self.run_one(subscription, now=now))
            except StoreError:
                self.log.exception(
                    "digest for %s skipped: the store failed", subscription.channel_id
                )
        return outcomes

    def run_one(self, subscription: Subscription, *, now: datetime) -> DigestOutcome:
        schedule = subscription.schedule
        due = latest_slot(schedule, at=now)

        def outcome(kind: Outcome, *, ts: str | None = None, decisions: int = 0) -> DigestOutcome:
            return DigestOutcome(
                team_id=subscription.team_id,
                channel_id=subscription.channel_id,
                due_at=due,
                outcome=kind,
                ts=ts,
                decisions=decisions,
            )

        if due <= subscription.armed_at:
            return outcome(Outcome.NOT_DUE)
        if self.store.period_done(schedule_id=subscription.id, due_at=due):
            return outcome(Outcome.DONE)
        start = self.store.last_digest_at(schedule_id=subscription.id, before=due) or latest_slot(
            schedule, at=subscription.armed_at
        )
        claim = self.store.claim_digest(
            subscription=subscription, due_at=due, period_start=start, now=now, lease=self.lease
        )
        if claim is None:
            return outcome(Outcome.TAKEN)
        content = self.content(subscription, start=start, end=due)
        if content.empty:
            # Nothing posted, nothing to keep: a decision stamped inside this period but
            # recorded a moment late is still picked up by the next run.
            self.store.forget_digest(claim=claim)
            return outcome(Outcome.EMPTY)
        if claim.attempts > 1:
            already = self._posted_before(subscription, claim)
            if already is not None:
                self.store.finish_digest(
                    claim=claim, message_ts=already, decisions=content.total, now=now
                )
                return outcome(Outcome.RECOVERED, ts=already, decisions=content.total)
        message = digest_message(
            content, channel_id=subscription.channel_id, start=start, end=due, zone=schedule.tz
        )
        ts = self._post(subscription, claim, message)
        if ts is None:
            self.store.release_digest(claim=claim, now=now)
            return outcome(Outcome.FAILED)
        self.store.finish_digest(claim=claim, message_ts=ts, decisions=content.total, now=now)
        self.log.info(
            "digest posted in %s for %s (%d decisions)",
            subscription.channel_id,
            due.isoformat(),
            content.total,
        )
        return outcome(Outcome.POSTED, ts=ts, decisions=content.total)

    def content(
        self, subscription: Subscription, *, start: datetime, end: datetime
    ) -> DigestContent:
        zone = subscription.schedule.tz
        return self.store.digest_content(
            team_id=subscription.team_id,
            channel_id=subscription.channel_id,
            start=start,
            end=end,
            revisit_from=start.astimezone(zone).date(),
            revisit_to=end.astimezone(zone).date(),
        )

    def preview(self, subscription: Subscription, *, now: datetime) -> SlackMessage | None:
        """What the next digest would say if it were due now; None when it would be empty."""
        start = self.store.last_digest_at(schedule_id=subscription.id, before=now) or latest_slot(
            subscription.schedule, at=subscription.armed_at
        )
        content = self.content(subscription, start=start, end=now)
        if content.empty:
            return None
        return digest_message(
            content,
            channel_id=subscription.channel_id,
            start=start,
            end=now,
            zone=ZoneInfo(subscription.schedule.zone),
        )

    def _post(
        self, subscription: Subscription, claim: DigestClaim, message: SlackMessage
    ) -> str | None:
        for attempt, delay in enumerate((0.0, *RETRY_DELAYS)):
            self.sleep(delay)
            try:
                response = self.client.chat_postMessage(
                    channel=subscription.channel_id,
                    text=message.text,
                    blocks=message.blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                    metadata=mark(METADATA_EVENT, run=_run_key(subscription, claim)),
                )
                return str(response["ts"])
            except SlackApiError as error:
                code = error.response.get("error") if error.response is not None else None
                self.log.warning(
                    "digest post to %s failed (attempt %d): %s",
                    subscription.channel_id,
                    attempt + 1,
                    code,
                )
                if code in FINAL_ERRORS:
                    return None
            except OSError as error:  # the connection, after the client's own retries
                self.log.warning("digest post to %s failed: %s", subscription.channel_id, error)
        return None

    def _posted_before(self, subscription: Subscription, claim: DigestClaim) -> str | None:
        """The ts of this period's digest if a claimer that died had posted it already."""
        try:
            response = self.client.conversations_history(
                # The newest messages: a dead claimer posted at most a lease ago.
                channel=subscription.channel_id,
                include_all_metadata=True,
                limit=200,
            )
        except (SlackApiError, OSError) as error:
            # Unknown: posting again risks a duplicate, not posting risks a gap. The claim
            # was taken over after its lease, so the dead claimer most likely never posted.
            self.log.warning("could not read %s's history: %s", subscription.channel_id, error)
            return None
        return found_ts(
            response.get("messages") or [], METADATA_EVENT, run=_run_key(subscription, claim)
        )


def _run_key(subscription: Subscription, claim: DigestClaim) -> str:
    return f"{subscription.team_id}:{subscription.id}:{claim.due_at.isoformat()}"
