"""The guard of issue 13: the time extractor and the opening-hours code give answers that are
right on *every* day, not only on the day a test was written. Each check runs under a set of
fixed "todays" that have broken date code before: the first and the last day of a month,
1 January, 29 February, both DST switch days and a Sunday night at 23:59 in Amsterdam.

The expectations are computed from the calendar (datetime arithmetic), not written down for
one day, so a wrong answer on any of these days fails here."""
import re
from datetime import date, datetime, timedelta, timezone

import pytest
import yaml

from bot.nlu.time_since import ACUTE, ACUTE_DAYS, DOUBT_UNTIL_DAYS, LONGER, TimeSinceMatcher
from bot.paths import PROJECT_ROOT
from knowledge.opening_hours import AMSTERDAM, OpeningHours, is_open, next_opening, parse_range

FIXED_TODAYS = {
    "first of a month": datetime(2026, 12, 1, 9, 0, tzinfo=AMSTERDAM),
    "last day of a month": datetime(2026, 11, 30, 18, 0, tzinfo=AMSTERDAM),
    "1 January": datetime(2027, 1, 1, 0, 30, tzinfo=AMSTERDAM),
    "29 February": datetime(2028, 2, 29, 12, 0, tzinfo=AMSTERDAM),
    "DST starts (clock 02:00 -> 03:00)": datetime(2027, 3, 28, 3, 30, tzinfo=AMSTERDAM),
    "DST ends (clock 03:00 -> 02:00)": datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMSTERDAM),
    "Sunday night 23:59": datetime(2026, 12, 6, 23, 59, tzinfo=AMSTERDAM),
}
DAYS = pytest.mark.parametrize("moment", FIXED_TODAYS.values(), ids=list(FIXED_TODAYS))
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def found(nlp, moment, text):
    result = TimeSinceMatcher(clock=lambda: moment).extract(nlp(text.lower()))
    return None if result is None else (result.bucket, result.days)


def bucket_of(days: int) -> str:
    return ACUTE if days <= ACUTE_DAYS else LONGER


def days_between(earlier: date, today: date) -> int:
    return (today - earlier).days


@DAYS
@pytest.mark.parametrize("text, days", [
    ("vandaag", 0), ("gisteren", 1), ("eergisteren", 2), ("drie dagen geleden", 3),
    ("een week geleden", 7), ("twee maanden geleden", 60), ("2 jaar geleden", 730),
])
def test_counted_days_do_not_depend_on_the_date(nlp, moment, text, days):
    assert found(nlp, moment, text) == (bucket_of(days), days)


@DAYS
@pytest.mark.parametrize("weekday", range(7), ids=WEEKDAYS_NL)
def test_last_weekday_is_the_most_recent_one_before_today(nlp, moment, weekday):
    today = moment.date()
    days = (today.weekday() - weekday) % 7 or 7
    assert (today - timedelta(days=days)).weekday() == weekday
    assert found(nlp, moment, f"afgelopen {WEEKDAYS_NL[weekday]}") == (bucket_of(days), days)


@DAYS
def test_a_calendar_date_is_counted_back_from_today(nlp, moment):
    today = moment.date()
    for back in (0, 1, 6, 8, 40, 300):
        day = today - timedelta(days=back)
        months = "januari februari maart april mei juni juli augustus september oktober november december".split()
        text = f"{day.day} {months[day.month - 1]}"
        assert found(nlp, moment, text) == (bucket_of(back), back), text


@DAYS
@pytest.mark.parametrize("text, unit", [("vorige maand", "month"), ("vorig jaar", "year")])
def test_last_month_and_year_only_decide_when_the_calendar_allows(nlp, moment, text, unit):
    """Every day of the previous month/year must fall in the bucket given; if they do not all
    fall in one bucket, the bot must ask (no answer), as in the first days of a month."""
    today = moment.date()
    if unit == "month":
        last = today.replace(day=1) - timedelta(days=1)
        first = last.replace(day=1)
    else:
        first, last = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    newest, oldest = days_between(last, today), days_between(first, today)
    result = found(nlp, moment, text)
    if newest > ACUTE_DAYS:
        assert result == (LONGER, None)
    elif oldest <= DOUBT_UNTIL_DAYS:
        assert result is not None and result[0] == ACUTE
    else:
        assert result is None


# --- opening hours -------------------------------------------------------------------------------
EVERY_DAY_11_21 = OpeningHours(False, ((parse_range("11:00-21:00"),),) * 7)
WEEKDAYS_9_17 = OpeningHours(False, ((parse_range("09:00-17:00"),),) * 5 + ((), ()))


def expected_open(hours: OpeningHours, local: datetime) -> bool:
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in hours.weekly[local.weekday()])


@DAYS
@pytest.mark.parametrize("hours", [EVERY_DAY_11_21, WEEKDAYS_9_17], ids=["11-21 daily", "9-17 weekdays"])
def test_open_now_and_next_opening_hold_on_any_day(moment, hours):
    # Every hour of the fixed day and the next, in real elapsed time (so DST days are crossed).
    start = moment.astimezone(timezone.utc)
    for step in range(48):
        instant = start + timedelta(hours=step)
        local = instant.astimezone(AMSTERDAM)
        assert is_open(hours, instant) is expected_open(hours, local), local
        opening = next_opening(hours, instant)
        if expected_open(hours, local):
            assert opening is None
            continue
        assert opening is not None and opening > instant, local
        assert expected_open(hours, opening), opening  # it is open at that moment
        assert opening - instant <= timedelta(days=3), opening  # at most a weekend away
        assert not expected_open(hours, (opening - timedelta(minutes=1)).astimezone(AMSTERDAM))


# The sentences of the browser and end-to-end tests that say "gisteren" (tests/browser/
# test_browser_key_conversations.py, test_browser_referral.py, tests/e2e/test_rest_conversation.py,
# tests/helpers/bystander_scripts.py): they count one day back on every day, so those tests take
# the acute route (the CSG) whatever day CI runs.
@DAYS
@pytest.mark.parametrize("text", [
    "ik ben gisteren verkracht op een feest",
    "mijn vriendin vertelde dat ze gisteren is verkracht, hoe kan ik haar steunen",
])
def test_the_gisteren_sentences_of_the_end_to_end_tests_are_acute_on_any_day(nlp, moment, text):
    assert found(nlp, moment, text) == (ACUTE, 1)


# Every turn of the blind conversation sets (tests/e2e/blind), read under each fixed today:
# the route they take (acute or not, or a question) must not depend on the day CI runs.
BLIND_TURNS = sorted({turn for path in (PROJECT_ROOT / "tests" / "e2e" / "blind").glob("set_*.yaml")
                      for conversation in yaml.safe_load(path.read_text("utf-8"))["conversations"]
                      for turn in conversation["turns"]})


# A turn may rightly change only where the calendar makes it unsure, and then the bot asks
# (no bucket) instead of taking the route for longer ago:
# - "vorig jaar" (or "last year") on 1 January, when last year includes yesterday;
# - "vorige maand" (or "last month") in the first seven days of a month, when last month
#   includes last week.
# Or where the words name a day whose distance truly depends on today: "vorige week donderdag"
# is 4 to 10 days ago, so acute on some days and not on others; then the days found must be
# the calendar's own (checked below). Any other turn that changes fails.
FIRST_WEEK = {name for name, moment in FIXED_TODAYS.items() if moment.day <= 7}
RIGHTLY_UNSURE = {"vorig jaar": {"1 January"}, "last year": {"1 January"},
                  "vorige maand": FIRST_WEEK, "last month": FIRST_WEEK}
LAST_WEEKS_DAY = re.compile(r"vorige week (%s)" % "|".join(WEEKDAYS_NL))


def days_since_last_weeks(weekday: int, today: date) -> int:
    """Days from `weekday` (0 = Monday) of the calendar week before today's, to today."""
    monday = today - timedelta(days=today.weekday())
    return (today - (monday - timedelta(days=7 - weekday))).days


def test_the_blind_conversations_take_the_same_time_route_on_any_day(nlp):
    assert len(BLIND_TURNS) > 400
    matchers = {name: TimeSinceMatcher(clock=lambda moment=moment: moment) for name, moment in FIXED_TODAYS.items()}
    changing = {}
    for text in BLIND_TURNS:
        doc = nlp(text.lower())  # parsed once, read under every today
        buckets = {name: getattr(matcher.extract(doc), "bucket", None) for name, matcher in matchers.items()}
        if len(set(buckets.values())) > 1:
            changing[text] = buckets
    wrong = {}
    for text, buckets in changing.items():
        named = LAST_WEEKS_DAY.search(text.lower())
        if named:  # its distance depends on today: the days found must be the calendar's
            weekday = WEEKDAYS_NL.index(named.group(1))
            doc = nlp(text.lower())
            for name, matcher in matchers.items():
                today = FIXED_TODAYS[name].date()
                assert matcher.extract(doc).days == days_since_last_weeks(weekday, today), (text, name)
            continue
        unsure_days = next((days for phrase, days in RIGHTLY_UNSURE.items() if phrase in text.lower()), set())
        if any((bucket is not None or day not in unsure_days) and bucket != LONGER for day, bucket in buckets.items()):
            wrong[text] = buckets
    assert wrong == {}
    assert "mijn vrouw weet het pas sinds vorig jaar" in changing  # the check sees a rightly unsure turn


@DAYS
def test_a_weekend_in_a_childhood_story_is_a_habit_of_then_on_any_day(nlp, moment):
    matcher = TimeSinceMatcher(clock=lambda: moment)
    told = "vroeger bij mijn opa, als mijn ouders op zaterdag weg waren en ik daar in het weekend sliep"
    assert matcher.extract(nlp(told)).bucket == "langer_geleden"
    assert matcher.extract(nlp("toen ik 9 was, op zondag na de kerk")).bucket == "langer_geleden"
    # without the time long ago, a weekend told in the past is still the last one
    assert matcher.extract(nlp("ik was in het weekend bij hem en toen gebeurde het")).bucket == "acuut"


@DAYS
def test_this_weekend_told_in_the_past_is_the_last_weekend_on_any_day(nlp, moment):
    matcher = TimeSinceMatcher(clock=lambda: moment)
    assert matcher.extract(nlp("ik was dit weekend op een feest en toen gebeurde het")).bucket == "acuut"
    # a regular past tense the word list does not hold
    assert matcher.extract(nlp("mijn nichtje logeerde dit weekend bij ons, toen belde ze")).bucket == "acuut"
    # the perfect tense is the past too
    assert matcher.extract(nlp("hij heeft me dit weekend betast in de kroeg")).bucket == "acuut"
    assert matcher.extract(nlp("ik ben dit weekend lastiggevallen")).bucket == "acuut"
    assert matcher.extract(nlp("this weekend my uncle touched me")).bucket == "acuut"
    # without a past verb, "dit weekend" is one to come or one going on, also on a Saturday or
    # Sunday (until 7 December it was read as now at the weekend, and as to come on a weekday)
    assert matcher.extract(nlp("ik zie hem dit weekend weer")) is None
    assert matcher.extract(nlp("dit weekend slaapt mijn dochter bij haar oom")) is None
