"""Digest schedules: reading them, and their slots across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant import (
    Cadence,
    DigestSchedule,
    ScheduleError,
    latest_slot,
    next_slot,
    parse_schedule,
    previous_slot,
)


def test_weekly_and_daily_read_with_and_without_a_zone() -> None:
    weekly = parse_schedule("weekly mon 09:00 Europe/Berlin", default_zone="America/New_York")
    assert (weekly.cadence, weekly.weekday, weekly.hour, weekly.minute) == (
        Cadence.WEEKLY,
        0,
        9,
        0,
    )
    assert weekly.zone == "Europe/Berlin"
    assert weekly.cron == "0 9 * * 1"
    daily = parse_schedule("daily 08:30", default_zone="America/New_York")
    assert (daily.cadence, daily.weekday, daily.zone) == (Cadence.DAILY, None, "America/New_York")
    assert parse_schedule("weekly Sunday 7:05 europe/berlin", default_zone="UTC").cron == (
        "5 7 * * 0"
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hourly 09:00",
        "weekly 09:00",
        "weekly mon",
        "daily 25:00",
        "daily 9",
        "daily 08:30 Mars/Base",
        "daily 08:30 UTC extra",
    ],
)
def test_an_unreadable_schedule_says_why(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_schedule(text, default_zone="UTC")


def test_the_slot_is_the_wall_clock_time_in_the_zone() -> None:
    weekly = parse_schedule("weekly mon 09:00 Europe/Berlin", default_zone="UTC")
    # Winter: Berlin is UTC+1; summer: UTC+2.
    assert latest_slot(weekly, at=datetime(2026, 1, 7, tzinfo=UTC)) == datetime(
        2026, 1, 5, 8, 0, tzinfo=UTC
    )
    assert next_slot(weekly, after=datetime(2026, 7, 1, tzinfo=UTC)) == datetime(
        2026, 7, 6, 7, 0, tzinfo=UTC
    )
    slot = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert latest_slot(weekly, at=slot) == slot  # a slot is due at its own instant
    assert previous_slot(weekly, before=slot) == slot - timedelta(weeks=1)
    assert next_slot(weekly, after=slot) == slot + timedelta(weeks=1)


def _slots(schedule: DigestSchedule, start: datetime, end: datetime) -> list[datetime]:
    found, at = [], start
    while True:
        at = next_slot(schedule, after=at)
        if at > end:
            return found
        found.append(at)


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [
        ("Europe/Berlin", date(2026, 3, 29), date(2026, 10, 25)),
        ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ],
)
@pytest.mark.parametrize("at", ["02:30", "01:30", "03:00", "09:00", "00:00"])
def test_one_slot_per_local_day_across_both_changes(
    zone: str, spring: date, autumn: date, at: str
) -> None:
    schedule = parse_schedule(f"daily {at} {zone}", default_zone="UTC")
    tz = ZoneInfo(zone)
    for change in (spring, autumn):
        start = datetime.combine(change - timedelta(days=3), datetime.min.time(), tz)
        end = datetime.combine(change + timedelta(days=3), datetime.min.time(), tz)
        slots = _slots(schedule, start.astimezone(UTC), end.astimezone(UTC))
        days = [s.astimezone(tz).date() for s in slots]
        assert days == sorted(set(days)), slots  # never two on one day
        assert len(days) == 6, slots  # never a day without one
        # Every slot is found again as the latest one at its own instant.
        for slot in slots:
            assert latest_slot(schedule, at=slot) == slot
            assert latest_slot(schedule, at=slot + timedelta(minutes=59)) == slot


def test_a_slot_in_the_skipped_hour_is_posted_after_the_jump() -> None:
    schedule = parse_schedule("daily 02:30 Europe/Berlin", default_zone="UTC")
    slot = next_slot(schedule, after=datetime(2026, 3, 29, 0, 0, tzinfo=UTC))
    assert slot.astimezone(ZoneInfo("Europe/Berlin")).strftime("%m-%d %H:%M") == "03-29 03:30"
