"""Decisions and digest subscriptions as the store hands them back: plain frozen values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from assistant import Approach, Cadence, DecisionStatus, DigestSchedule


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NewDecision(_Frozen):
    """What the Slack app (or a test) asks the store to record."""

    team_id: str
    channel_id: str
    thread_ts: str
    source_key: str  # what recorded it: the same key twice records once
    permalink: str | None = None
    title: str
    constraints: dict[str, Any]
    costs: dict[str, Any] | None = None
    monthly_usd: Decimal | None = None
    recommended_approach: Approach
    chosen_approach: Approach
    reason_against: str = ""
    note: str = ""
    decided_by: str
    revisit_on: date | None = None


class Decision(_Frozen):
    """A recorded decision. ``status`` is as stored (active or superseded); ``status_on``
    says whether an active one is due for revisit on a given day."""

    id: int
    team_id: str
    channel_id: str
    thread_ts: str
    source_key: str
    permalink: str | None
    title: str
    constraints: dict[str, Any]
    costs: dict[str, Any] | None
    monthly_usd: Decimal | None
    recommended_approach: Approach
    chosen_approach: Approach
    against_advice: bool
    reason_against: str
    note: str
    decided_by: str
    decided_at: AwareDatetime
    status: DecisionStatus
    revisit_on: date | None
    superseded_at: AwareDatetime | None

    def status_on(self, today: date) -> DecisionStatus:
        if (
            self.status == DecisionStatus.ACTIVE
            and self.revisit_on is not None
            and self.revisit_on <= today
        ):
            return DecisionStatus.REVISIT
        return self.status

    def export(self, *, today: date) -> dict[str, Any]:
        """The export contract's keys (``../shared/CONTRACT.md``), JSON-ready."""
        return {
            "id": self.id,
            "team_id": self.team_id,
            "channel_id": self.channel_id,
            "thread_ts": self.thread_ts,
            "permalink": self.permalink,
            "title": self.title,
            "recommended_approach": self.recommended_approach.value,
            "chosen_approach": self.chosen_approach.value,
            "against_advice": self.against_advice,
            "reason_against": self.reason_against,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat().replace("+00:00", "Z"),
            "note": self.note,
            "status": self.status_on(today).value,
            "revisit_on": self.revisit_on.isoformat() if self.revisit_on else None,
            "monthly_usd": None if self.monthly_usd is None else float(self.monthly_usd),
            "constraints": self.constraints,
            "costs": self.costs,
        }


class Recorded(_Frozen):
    """The outcome of recording: the decision that stands, and whether anything changed."""

    decision: Decision
    created: bool
    superseded: Decision | None = None


class Subscription(_Frozen):
    """A channel's digest: its schedule, and since when it is set."""

    id: int
    team_id: str
    channel_id: str
    schedule: DigestSchedule
    created_by: str
    created_at: AwareDatetime
    armed_at: AwareDatetime


class DigestClaim(_Frozen):
    """This caller's claim on one period of a subscription."""

    run_id: int
    schedule_id: int
    due_at: AwareDatetime
    period_start: AwareDatetime
    attempts: int


class ApproachCount(_Frozen):
    approach: Approach
    count: int
    monthly_usd: Decimal


class DigestContent(_Frozen):
    """What a period's digest says: totals computed in the database, and a bounded number
    of decisions to name."""

    counts: tuple[ApproachCount, ...]
    total: int
    total_monthly_usd: Decimal
    against_count: int
    revisit_count: int
    latest: tuple[Decision, ...] = Field(default=())  # newest first, bounded
    against: tuple[Decision, ...] = Field(default=())
    revisit: tuple[Decision, ...] = Field(default=())

    @property
    def empty(self) -> bool:
        return self.total == 0 and self.revisit_count == 0


def schedule_of(
    cadence: str, weekday: int | None, hour: int, minute: int, zone: str
) -> DigestSchedule:
    return DigestSchedule(
        cadence=Cadence(cadence), weekday=weekday, hour=hour, minute=minute, zone=zone
    )


__all__ = [
    "ApproachCount",
    "Decision",
    "DigestClaim",
    "DigestContent",
    "NewDecision",
    "Recorded",
    "Subscription",
    "schedule_of",
]
