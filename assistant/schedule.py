"""A channel's digest schedule: read from words, and its slots as UTC instants.

    >>> schedule = parse_schedule("weekly mon 09:00 Europe/Berlin", default_zone="UTC")
    >>> schedule.cron
    '0 9 * * 1'
    >>> latest_slot(schedule, at=datetime(2026, 3, 4, 12, 0, tzinfo=UTC))
    datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.timezone.utc)

The recurrence is ``croniter``'s, walked on the wall clock of the schedule's zone; each
wall-clock slot is then placed on the time line with ``zoneinfo``. So a daylight-saving
change never skips a day nor doubles one: a slot that falls in the hour the clocks skip is
posted at the same offset from midnight after the jump (02:30 becomes 03:30), and a slot in
the hour that repeats is posted at its first occurrence.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from croniter import croniter
from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import InputError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES = {
    **{name: i for i, name in enumerate(WEEKDAYS)},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
}
_TIME = re.compile(r"^([01]?\d|2[0-3])[:h.]?([0-5]\d)$")
#: Enough slots to step over any daylight-saving gap when looking for a real one.
_MAX_STEPS = 8


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


class ScheduleError(InputError):
    """A digest schedule that cannot be read; the message says what to write instead."""


class DigestSchedule(BaseModel):
    """When a channel's digest is due: a cadence, a wall-clock time and a zone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cadence: Cadence
    weekday: int | None = Field(default=None, ge=0, le=6)  # Monday is 0; weekly only
    hour: int = Field(ge=0, le=23)
    minute: int = Field(ge=0, le=59)
    zone: str

    @property
    def cron(self) -> str:
        # cron numbers Sunday 0 and Monday 1.
        day = "*" if self.weekday is None else str((self.weekday + 1) % 7)
        return f"{self.minute} {self.hour} * * {day}"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def describe(self) -> str:
        """``weekly on Mon at 09:00 (Europe/Berlin)``."""
        at = f"{self.hour:02d}:{self.minute:02d}"
        if self.cadence is Cadence.WEEKLY and self.weekday is not None:
            return f"weekly on {WEEKDAYS[self.weekday].title()} at {at} ({self.zone})"
        return f"daily at {at} ({self.zone})"


def parse_schedule(text: str, *, default_zone: str) -> DigestSchedule:
    """``weekly mon 09:00 Europe/Berlin`` or ``daily 08:30 [zone]``; the zone defaults
    to ``default_zone``. Raises ``ScheduleError`` naming what is wrong.
    """
    words = text.split()
    if not words or words[0].lower() not in {c.value for c in Cadence}:
        raise ScheduleError("a digest is `daily HH:MM [zone]` or `weekly DAY HH:MM [zone]`")
    cadence = Cadence(words[0].lower())
    rest = words[1:]
    weekday: int | None = None
    if cadence is Cadence.WEEKLY:
        if not rest or rest[0].lower() not in _WEEKDAY_NAMES:
            raise ScheduleError("a weekly digest needs a day: `weekly mon 09:00 [zone]`")
        weekday = _WEEKDAY_NAMES[rest[0].lower()]
        rest = rest[1:]
    if not rest:
        raise ScheduleError("say when, as HH:MM: `daily 08:30`")
    time = _TIME.match(rest[0])
    if time is None:
        raise ScheduleError(f"{rest[0]!r} is not a time of day; write it as HH:MM (24-hour)")
    if len(rest) > 2:
        raise ScheduleError("too many words: `weekly DAY HH:MM [zone]`")
    zone = check_zone(rest[1] if len(rest) == 2 else default_zone)
    return DigestSchedule(
        cadence=cadence,
        weekday=weekday,
        hour=int(time.group(1)),
        minute=int(time.group(2)),
        zone=zone,
    )


def check_zone(name: str) -> str:
    """``name`` as an IANA zone ("Europe/Berlin"), any case; ``ScheduleError`` otherwise."""
    if name.upper() == "UTC":
        return "UTC"
    matches = [zone for zone in _zones() if zone.lower() == name.lower()]
    if not matches:
        raise ScheduleError(f"{name!r} is not a time zone; use a name such as Europe/Berlin")
    try:
        ZoneInfo(matches[0])
    except ZoneInfoNotFoundError as error:
        raise ScheduleError(f"{name!r} is not a time zone on this system") from error
    return matches[0]


def latest_slot(schedule: DigestSchedule, *, at: datetime) -> datetime:
    """The last slot at or before ``at`` (aware), as a UTC instant."""
    # Walk back from a little ahead on the wall clock: after the clocks go back, a slot
    # already past on the time line can read later than ``at`` does.
    local = at.astimezone(schedule.tz).replace(tzinfo=None)
    walk = croniter(schedule.cron, local + timedelta(hours=3))
    for _ in range(_MAX_STEPS):
        slot = _place(walk.get_prev(datetime), schedule)
        if slot <= at:
            return slot
    raise ScheduleError(f"no slot found before {at.isoformat()}")  # pragma: no cover


def next_slot(schedule: DigestSchedule, *, after: datetime) -> datetime:
    """The first slot strictly after ``after`` (aware), as a UTC instant."""
    local = after.astimezone(schedule.tz).replace(tzinfo=None)
    walk = croniter(schedule.cron, local - timedelta(hours=3))
    for _ in range(_MAX_STEPS * 4):
        slot = _place(walk.get_next(datetime), schedule)
        if slot > after:
            return slot
    raise ScheduleError(f"no slot found after {after.isoformat()}")  # pragma: no cover


def previous_slot(schedule: DigestSchedule, *, before: datetime) -> datetime:
    """The last slot strictly before ``before`` (aware), as a UTC instant."""
    return latest_slot(schedule, at=before - timedelta(microseconds=1))


def _place(wall: datetime, schedule: DigestSchedule) -> datetime:
    # fold=0: the first of a repeated hour; in a skipped hour, the pre-change offset,
    # which lands the same distance past the jump.
    return wall.replace(tzinfo=schedule.tz, fold=0).astimezone(UTC)


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones() | {"UTC"})
