"""Open-now and next-opening: range edges (start inclusive, end exclusive), 24:00, DST."""
from datetime import datetime, timedelta, timezone

import pytest

from knowledge.opening_hours import (
    ALWAYS_OPEN,
    AMSTERDAM,
    OpeningHours,
    format_range,
    is_open,
    next_opening,
    parse_range,
)

UTC = timezone.utc


def hours(**days):
    """hours(mon=["09:00-17:00"]) -> OpeningHours."""
    order = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return OpeningHours(False, tuple(tuple(parse_range(s) for s in days.get(d, ())) for d in order))


def ams(*args):
    return datetime(*args, tzinfo=AMSTERDAM)


EVERY_DAY_11_21 = hours(**{d: ["11:00-21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})
OFFICE = hours(**{d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")})


@pytest.mark.parametrize("text, expected", [
    ("09:00-17:00", (540, 1020)), ("08:00-24:00", (480, 1440)), ("00:00-00:30", (0, 30)),
])
def test_parse_range_accepts_sensible_ranges(text, expected):
    assert parse_range(text) == expected
    assert format_range(expected) == text


@pytest.mark.parametrize("text", [
    "9:00-17:00", "17:00-09:00", "10:00-10:00", "08:60-09:00", "24:00-24:00", "08:00-24:01",
    "25:00-26:00", "09:00 - 17:00", "", "09:00-17:00-18:00",
])
def test_parse_range_rejects_nonsense(text):
    with pytest.raises(ValueError):
        parse_range(text)


@pytest.mark.parametrize("moment, expected", [
    (ams(2026, 11, 25, 8, 59, 59), False),
    (ams(2026, 11, 25, 9, 0, 0), True),  # start inclusive
    (ams(2026, 11, 25, 16, 59, 59), True),
    (ams(2026, 11, 25, 17, 0, 0), False),  # end exclusive
    (ams(2026, 11, 28, 12, 0), False),  # Saturday
])
def test_open_now_at_the_edges(moment, expected):
    assert is_open(OFFICE, moment) is expected


def test_until_midnight_is_open_to_the_last_second():
    daily = hours(**{d: ["08:00-24:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})
    assert is_open(daily, ams(2026, 11, 25, 23, 59, 59)) is True
    assert is_open(daily, ams(2026, 11, 26, 0, 0, 0)) is False
    assert is_open(daily, ams(2026, 11, 26, 7, 59, 59)) is False
    assert next_opening(daily, ams(2026, 11, 26, 0, 0)) == ams(2026, 11, 26, 8, 0)


def test_a_night_split_over_two_days_stays_open_across_midnight():
    night = hours(mon=["22:00-24:00"], tue=["00:00-02:00"])
    assert is_open(night, ams(2026, 11, 23, 23, 59, 59)) is True
    assert is_open(night, ams(2026, 11, 24, 0, 0, 0)) is True
    assert is_open(night, ams(2026, 11, 24, 2, 0, 0)) is False


def test_unknown_and_always_open():
    assert is_open(None, ams(2026, 11, 25, 3, 0)) is None
    assert next_opening(None, ams(2026, 11, 25, 3, 0)) is None
    assert is_open(ALWAYS_OPEN, ams(2026, 11, 25, 3, 0)) is True
    assert next_opening(ALWAYS_OPEN, ams(2026, 11, 25, 3, 0)) is None


def test_next_opening_is_none_while_open_and_for_hours_without_ranges():
    assert next_opening(OFFICE, ams(2026, 11, 25, 10, 0)) is None
    assert next_opening(hours(), ams(2026, 11, 25, 10, 0)) is None


def test_next_opening_later_today_tomorrow_and_after_the_weekend():
    assert next_opening(OFFICE, ams(2026, 11, 25, 7, 0)) == ams(2026, 11, 25, 9, 0)
    assert next_opening(OFFICE, ams(2026, 11, 25, 17, 0)) == ams(2026, 11, 26, 9, 0)
    assert next_opening(OFFICE, ams(2026, 11, 27, 18, 0)) == ams(2026, 11, 30, 9, 0)  # Fri -> Mon


def test_next_opening_a_week_ahead_on_the_same_weekday():
    wednesdays = hours(wed=["09:00-12:00"])
    assert next_opening(wednesdays, ams(2026, 11, 25, 13, 0)) == ams(2026, 12, 2, 9, 0)


def test_aware_times_are_converted_to_amsterdam_summer_and_winter():
    # 19:30 UTC is 20:30 in winter (open until 21:00) but 21:30 in summer (closed).
    assert is_open(EVERY_DAY_11_21, datetime(2026, 1, 7, 19, 30, tzinfo=UTC)) is True
    assert is_open(EVERY_DAY_11_21, datetime(2026, 7, 1, 19, 30, tzinfo=UTC)) is False


def test_naive_times_are_amsterdam_wall_clock():
    assert is_open(OFFICE, datetime(2026, 11, 25, 9, 0)) is True
    assert is_open(OFFICE, datetime(2026, 11, 25, 8, 59)) is False


class TestSpringForwardLastSundayOfMarch:
    # 2026-03-29: at 02:00 CET the clock jumps to 03:00 CEST.

    def test_opens_at_11_wall_clock_which_is_09_utc(self):
        assert is_open(EVERY_DAY_11_21, datetime(2026, 3, 29, 8, 59, tzinfo=UTC)) is False
        assert is_open(EVERY_DAY_11_21, datetime(2026, 3, 29, 9, 0, tzinfo=UTC)) is True

    def test_next_opening_across_the_jump(self):
        saturday_night = ams(2026, 3, 28, 22, 0)  # 21:00 UTC
        opening = next_opening(EVERY_DAY_11_21, saturday_night)
        assert opening.astimezone(UTC) == datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
        assert opening.astimezone(UTC) - saturday_night.astimezone(UTC) == timedelta(hours=12)

    def test_a_start_in_the_skipped_hour_opens_when_the_clock_jumps(self):
        early = hours(sun=["02:30-05:00"])
        opening = next_opening(early, ams(2026, 3, 28, 23, 0))
        assert opening.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST
        assert is_open(early, datetime(2026, 3, 29, 1, 15, tzinfo=UTC)) is True  # 03:15 CEST


class TestFallBackLastSundayOfOctober:
    # 2026-10-25: at 03:00 CEST the clock goes back to 02:00 CET; 02:00-03:00 happens twice.

    def test_opens_at_11_wall_clock_which_is_10_utc(self):
        assert is_open(EVERY_DAY_11_21, datetime(2026, 10, 25, 9, 59, tzinfo=UTC)) is False
        assert is_open(EVERY_DAY_11_21, datetime(2026, 10, 25, 10, 0, tzinfo=UTC)) is True

    def test_next_opening_across_the_change(self):
        saturday_night = ams(2026, 10, 24, 22, 0)  # 20:00 UTC
        opening = next_opening(EVERY_DAY_11_21, saturday_night)
        assert opening.astimezone(UTC) == datetime(2026, 10, 25, 10, 0, tzinfo=UTC)
        assert opening.astimezone(UTC) - saturday_night.astimezone(UTC) == timedelta(hours=14)

    def test_the_repeated_hour_is_open_both_times(self):
        night = hours(sun=["02:30-04:00"])
        assert is_open(night, datetime(2026, 10, 25, 0, 40, tzinfo=UTC)) is True  # 02:40 CEST
        assert is_open(night, datetime(2026, 10, 25, 1, 40, tzinfo=UTC)) is True  # 02:40 CET
        # 02:10 CET, after the first 02:30 has passed: it opens again at 02:30 CET.
        opening = next_opening(night, datetime(2026, 10, 25, 1, 10, tzinfo=UTC))
        assert opening.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
