"""Open-now and next-opening for weekly opening hours, in Europe/Amsterdam wall-clock time.

Decisions:
- A range "HH:MM-HH:MM" is local wall-clock time; its start is inclusive, its end exclusive
  ("09:00-17:00" is open at 16:59:59 and closed at 17:00:00). "24:00" may end a range.
- Ranges never cross midnight: write "22:00-24:00" on one day and "00:00-02:00" on the next.
- Across DST the wall clock rules: "11:00-21:00" is 11:00-21:00 local on both sides. A start
  that falls in the skipped hour (last Sunday of March, 02:00-03:00) opens at 03:00; a start in
  the repeated hour (last Sunday of October) opens at its first occurrence.
- A naive `now` is read as Amsterdam wall-clock time; an aware `now` is converted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Optional, Tuple
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MINUTES_PER_DAY = 24 * 60

RANGE_PATTERN = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")

Range = Tuple[int, int]  # (start minute inclusive, end minute exclusive), local time


@dataclass(frozen=True)
class OpeningHours:
    """`weekly[0]` is Monday. Empty tuple: closed that day."""

    always_open: bool
    weekly: Tuple[Tuple[Range, ...], ...] = ((),) * 7


ALWAYS_OPEN = OpeningHours(always_open=True)


def parse_range(text: str) -> Range:
    """'08:00-24:00' -> (480, 1440). Raises ValueError when it does not make sense."""
    match = RANGE_PATTERN.match(text)
    if not match:
        raise ValueError("schrijf een tijdvak als UU:MM-UU:MM, bijvoorbeeld 09:00-17:00")
    start_h, start_m, end_h, end_m = (int(part) for part in match.groups())
    if start_m > 59 or end_m > 59 or start_h > 23 or end_h > 24 or (end_h == 24 and end_m):
        raise ValueError("geen bestaande tijd (00:00 tot en met 24:00)")
    start, end = start_h * 60 + start_m, end_h * 60 + end_m
    if start >= end:
        raise ValueError("het einde moet na het begin liggen; rond middernacht splitsen in twee dagen")
    return start, end


def format_range(span: Range) -> str:
    start, end = span
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


def local_time(now: Optional[datetime] = None) -> datetime:
    """`now` (default: the real clock) as an aware Europe/Amsterdam datetime."""
    if now is None:
        return datetime.now(timezone.utc).astimezone(AMSTERDAM)
    if now.tzinfo is None:
        return now.replace(tzinfo=AMSTERDAM)
    return now.astimezone(AMSTERDAM)


def is_open(hours: Optional[OpeningHours], now: Optional[datetime] = None) -> Optional[bool]:
    """True/False, or None when the hours are unknown."""
    if hours is None:
        return None
    if hours.always_open:
        return True
    local = local_time(now)
    second_of_day = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
    for start, end in hours.weekly[local.weekday()]:
        if start * 60 <= second_of_day < end * 60:
            return True
    return False


def next_opening(
    hours: Optional[OpeningHours], now: Optional[datetime] = None
) -> Optional[datetime]:
    """When a closed channel opens next (aware, Amsterdam). None when open now, always open,
    hours unknown, or no opening in the coming week."""
    if hours is None or hours.always_open or is_open(hours, now):
        return None
    local = local_time(now)
    instant = local.astimezone(timezone.utc)  # aware datetimes in one zone compare by wall clock
    for day_offset in range(8):
        day = local.date() + timedelta(days=day_offset)
        for start, _end in hours.weekly[day.weekday()]:
            for opening in _wall_clock_instants(day, start):
                if opening.astimezone(timezone.utc) > instant:
                    return opening
    return None


def _wall_clock_instants(day: date, minute: int):
    """Both occurrences of a wall-clock minute in the repeated hour, otherwise just one."""
    first = _wall_clock(day, minute)
    yield first
    second = first.replace(fold=1)
    if second.utcoffset() != first.utcoffset():
        yield second


def _wall_clock(day: date, minute: int) -> datetime:
    """The instant a local wall-clock minute begins; a minute skipped by DST begins when the
    clock jumps (03:00 CEST)."""
    if minute >= MINUTES_PER_DAY:
        return _wall_clock(day + timedelta(days=1), minute - MINUTES_PER_DAY)
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    candidate = naive.replace(tzinfo=AMSTERDAM, fold=0)
    if _exists(candidate):
        return candidate
    # Non-existent local time: move forward to the first real local minute at or after it.
    step = naive
    while True:
        step += timedelta(minutes=1)
        probe = step.replace(tzinfo=AMSTERDAM)
        if _exists(probe):
            return probe


def _exists(moment: datetime) -> bool:
    round_trip = moment.astimezone(timezone.utc).astimezone(AMSTERDAM)
    return round_trip.replace(tzinfo=None) == moment.replace(tzinfo=None)
