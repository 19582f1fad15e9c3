"""Rasa NLU component: how long ago it happened → `days_since` and `time_bucket`.

Every time expression resolves to a range of days ago (low, high), relative to today in
Europe/Amsterdam ("afgelopen zaterdag" depends on the weekday; the clock can be injected for
tests). From that range:

- `days_since` only when the range is one day ("gisteren" 1, "3 dagen geleden" 3,
  "2 weken geleden" 14). "een paar dagen geleden", "vorige week", "toen ik 12 was" give no
  number of days.
- `time_bucket`: `acuut` when high <= 7 (the forensic window of the CSG and the police),
  `langer_geleden` when low > 7.
- A range across the 7-day line that ends within 13 days ("vorige week", said on a Sunday
  7–13 days) is given as `acuut`, with confidence 0.7: when in doubt, the person hears about
  the first-7-days help, which the CSG also gives later; missing the window costs more.
  A range that goes further ("afgelopen maand", "dit jaar") gives nothing, so the triage asks.
- Several expressions in one message ("jaren geleden, en gisteren weer"): the most recent
  one counts, because acute help is the time-critical part.
Ongoing situations ("al jaren", "sinds 2 weken") are not a time since the incident and are
left out, and so is a weekday that is still to come ("volgende zaterdag", "maandag moet ik
hem weer zien"). A bare weekday is the most recent one before today ("zaterdag" said on a
Monday is 2 days ago; on a Saturday it is 7).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Callable, Dict, List, Optional, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot import settings
from bot.nlu.dutch_numbers import parse_range
from bot.nlu.entity_rules import Found, RuleMatcher, make_entity, span_chars
from bot.nlu.extractor_component import RuleEntityExtractor

TIMEZONE = "Europe/Amsterdam"
ACUTE_DAYS = 7
DOUBT_UNTIL_DAYS = 13
DOUBT_CONFIDENCE = 0.7
OPEN_END = 100 * 365
ACUTE, LONGER = "acuut", "langer_geleden"

DayRange = Tuple[int, int]

# --- the phrases ---------------------------------------------------------------------------
_UNIT_DAYS: Dict[str, float] = {}
for _words, _days in (
    ("dag dagen daagjes dagje day days", 1),
    ("week weken weekje weekjes weeks wk", 7),
    ("maand maanden maandje maandjes month months mnd", 30),
    ("jaar jaren jaartje jr year years", 365),
    ("uur uren uurtje uurtjes hour hours", 1 / 24),
    ("minuut minuten minuutje minuutjes min minute minutes seconden", 0),
):
    for _w in _words.split():
        _UNIT_DAYS[_w] = _days
_UNITS = "/".join(_UNIT_DAYS)
_GLUED_UNITS = "dagen/dag/d/weken/week/wk/maanden/maand/mnd/jaar/jr/uur/u/min"
_AGO = "geleden/terug/ago/gelden/geleen"
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12, "january": 1, "february": 2, "march": 3,
    "june": 6, "july": 7, "august": 8, "october": 10,
}
_RECENT_PARTICIPLES = (
    "gebeurd/gebeurt/meegemaakt/gezien/verkracht*/verkrag*/aangeran*/aanrant*/betast*/"
    "gedrogeer*/lastiggevallen/gefilmd/geraped/begrapt/misbruikt/aangevallen/ontsnapt/"
    "thuisgekomen/thuis/weg/wakker/gevlucht/aangekomen/bijgekomen"
)

TIME_RULES = {
    "today": [
        "vandaag/vanochtend/vanmorgen/vanmiddag/vanavond/vannacht/today/tonight/zojuist/"
        "zonet/daarnet/zoeven/zo-even/vanochend/vanmorge",
        "afgelopen/deze nacht",
        "this morning/afternoon/evening",
        f"net _ _ {_RECENT_PARTICIPLES}",
        "just now",
        "just _ _ happened/raped/assaulted/groped/attacked",
        "zo net",
    ],
    "yesterday": [
        "gister/gisteren/gisteravond/gisternacht/gisterochtend/gistermorgen/gistermiddag/"
        "gisteraavond/gistere/yesterday",
        "gister/gisteren avond/nacht/ochtend/middag",
    ],
    "last_night": ["last night"],
    "day_before": [
        "eergisteren/eergister/eergisteravond/eergisternacht",
        "day before yesterday",
    ],
    "ago": [
        f"#n {_UNITS} {_AGO}",
        f"#n+{_GLUED_UNITS} {_AGO}",
        f"a/an {_UNITS} ago",
        f"anderhalf/anderhalve/half/halve {_UNITS} {_AGO}",
        f"#n of/à/a/tot/to #n {_UNITS} {_AGO}",
        f"{_UNITS} of #n {_AGO}",
    ],
    "few": [
        f"paar/aantal/enkele/couple/few/several _ {_UNITS} {_AGO}",
        "de afgelopen paar? dagen",
        "the last few days",
    ],
    "vague": [f"{_UNITS} {_AGO}"],
    "long_ago": [
        "lang/tijden/eeuwen geleden",
        "long _ ago",
        "vroeger",
        "als kind/tiener/meisje/jongen/kleuter/puber/peuter/tienermeisje",
        "als klein kind/meisje/jongetje",
        "toen ik _ _ _ _ #n was/jaar/werd",
        "ik was #n en/toen/jaar/oud/,/.",
        "ik was pas/nog/toen #n",
        "toen ik _ student/studente/studeerde/stage",
        "#n jaar/jaren later",
        "toen ik _ klein/jong/jonger/kind/tiener/puber/minderjarig/kleuter/meisje",
        "toen ik _ _ _ basisschool/lagere/middelbare/brugklas",
        "in mijn jeugd/kindertijd/tienertijd/tienerjaren/puberteit/jonge",
        "when i was #n",
        "when i was _ kid/child/young/little/teen/teenager/younger",
        "as a child/kid/teen/teenager",
        "in my childhood",
    ],
    "this_week": ["deze week", "afgelopen week/dagen", "this week", "de afgelopen week"],
    "last_week": ["vorige/vorig week", "last week", "de week ervoor"],
    "weekend": [
        "vorig/vorige/afgelopen/dit/het weekend",
        "last/this weekend",
        "the weekend",
    ],
    "weekday": [
        "afgelopen/vorige/vorig/laatste/last/jl/jl./on/op/deze? "
        + "/".join(w + "*" for w in _WEEKDAYS + _WEEKDAYS_EN),
    ],
    "weekday_last_week": [
        "vorige/vorig week " + "/".join(w + "*" for w in _WEEKDAYS),
    ],
    "last_month": ["vorige/vorig maand", "last month"],
    "past_month": ["afgelopen/deze maand", "this month", "de afgelopen maand"],
    "last_year": ["vorig/vorige jaar", "last year"],
    "past_year": ["afgelopen/dit jaar", "this year", "het afgelopen jaar"],
    "date": ["#n " + "/".join(_MONTHS)],
}


# --- resolving a match to a range of days ago --------------------------------------------------
def _unit_of(words: List[str]) -> Optional[float]:
    for w in words:
        if w in _UNIT_DAYS:
            return _UNIT_DAYS[w]
        stripped = w.lstrip("0123456789")
        if stripped != w and stripped in _GLUED:
            return _GLUED[stripped]
    return None


_GLUED = {
    "dagen": 1, "dag": 1, "d": 1, "weken": 7, "week": 7, "wk": 7, "maanden": 30,
    "maand": 30, "mnd": 30, "jaar": 365, "jr": 365, "uur": 1 / 24, "u": 1 / 24, "min": 0,
}


def _number_range(words: List[str]) -> Optional[Tuple[float, float]]:
    numbers = []
    for w in words:
        if w in ("anderhalf", "anderhalve"):
            return (1.5, 1.5)
        if w in ("half", "halve"):
            return (0.5, 0.5)
        if w in ("a", "an"):
            numbers.append((1, 1))
            continue
        digits = w.rstrip("abcdefghijklmnopqrstuvwxyz") if w[:1].isdigit() else w
        found = parse_range(digits)
        if found:
            numbers.append(found)
    if not numbers:
        return None
    return (min(n[0] for n in numbers), max(n[1] for n in numbers))


def _scaled(count: Tuple[float, float], unit: float) -> Optional[DayRange]:
    low, high = int(count[0] * unit), int(count[1] * unit)
    if high > OPEN_END:
        return None
    return (low, high)


_FEW = {1: (2, 5), 7: (14, 42), 30: (60, 180), 365: (730, OPEN_END)}
_VAGUE = {1: (2, 14), 7: (14, 120), 30: (60, 730), 365: (730, OPEN_END)}


def _weekday_index(words: List[str]) -> Optional[int]:
    for w in words:
        for names in (_WEEKDAYS, _WEEKDAYS_EN):
            for i, name in enumerate(names):
                if w.startswith(name):
                    return i
    return None


def _weekend(words: List[str], weekday: int) -> DayRange:
    include_current = not ({"vorig", "vorige", "last"} & set(words))
    if weekday == 5:
        return (0, 0) if include_current else (6, 7)
    if weekday == 6:
        return (0, 1) if include_current else (7, 8)
    return (weekday + 1, weekday + 2)


def _resolve(label: str, words: List[str], today: date, past: bool = False) -> Optional[DayRange]:
    weekday = today.weekday()
    if label == "today":
        return (0, 0)
    if label == "yesterday":
        return (1, 1)
    if label == "last_night":
        return (0, 1)
    if label == "day_before":
        return (2, 2)
    if label == "ago":
        unit, count = _unit_of(words), _number_range(words)
        if unit is None or count is None:
            return None
        return _scaled(count, unit)
    if label in ("few", "vague"):
        unit = _unit_of(words)
        if unit is None:  # "de afgelopen dagen"
            return (0, 7)
        if unit < 1:
            return (0, 0)
        return (_FEW if label == "few" else _VAGUE).get(unit)
    if label == "long_ago":
        return (365, OPEN_END)
    if label == "this_week":
        return (0, weekday) if "deze" in words or "this" in words else (0, 7)
    if label == "last_week":
        return (weekday + 1, weekday + 7)
    if label == "weekend":
        if ("dit" in words or "this" in words) and not past:
            # The coming weekend ("ik zie hem dit weekend"), or one that is going on ("dit weekend
            # rijdt hij weer"), on any day: only "ik was dit weekend" is the last one. Read as now
            # on a Saturday only, a turn took the acute route on some days and not on others.
            return None
        return _weekend(words, weekday)
    if label == "weekday":
        target = _weekday_index(words)
        if target is None:
            return None
        days = (weekday - target) % 7
        return (days or 7, days or 7)
    if label == "weekday_last_week":
        target = _weekday_index(words)
        if target is None:
            return None
        days = weekday + 7 - target
        return (days, days)
    if label == "last_month":
        first_this = today.replace(day=1)
        first_previous = (first_this - timedelta(days=1)).replace(day=1)
        return ((today - first_this).days + 1, (today - first_previous).days)
    if label == "past_month":
        return (0, today.day - 1) if "deze" in words or "this" in words else (0, 31)
    if label == "last_year":
        first_this = today.replace(month=1, day=1)
        first_previous = first_this.replace(year=today.year - 1)
        return ((today - first_this).days + 1, (today - first_previous).days)
    if label == "past_year":
        # "dit jaar" too: in the first days of January it is no word for "a few days ago"
        # ("the third case this year", "sinds dit jaar bij de vereniging").
        return (0, 365)
    if label == "date":
        return _date_range(words, today)
    return None


def _date_range(words: List[str], today: date) -> Optional[DayRange]:
    day = parse_range(words[0])
    month = _MONTHS.get(words[-1])
    if not day or day[0] != day[1] or month is None:
        return None
    try:
        when = date(today.year, month, day[0])
        if when > today:
            when = date(today.year - 1, month, day[0])
    except ValueError:  # 31 februari
        return None
    days = (today - when).days
    return (days, days)


# --- the result ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimeSince:
    bucket: str
    days: Optional[int]  # only when exactly known
    confidence: float
    start: int  # token index of the expression
    end: int


def bucket_for(low: int, high: int) -> Optional[Tuple[str, float]]:
    """(bucket, confidence) for a range of days ago, or None when it cannot be told."""
    if high <= ACUTE_DAYS:
        return ACUTE, 1.0
    if low > ACUTE_DAYS:
        return LONGER, 1.0
    if high <= DOUBT_UNTIL_DAYS:
        return ACUTE, DOUBT_CONFIDENCE
    return None


def amsterdam_now() -> datetime:
    """Now in Amsterdam; a test run may fix it (WEGWIJZER_FIXED_NOW, bot/settings.py)."""
    from zoneinfo import ZoneInfo

    fixed = settings.current().fixed_now
    return fixed.astimezone(ZoneInfo(TIMEZONE)) if fixed else datetime.now(ZoneInfo(TIMEZONE))


# "het weekend", "op zaterdag" next to a time long ago ("toen ik 10 was", "vroeger") is a habit of
# that time, not last weekend: read as last weekend, a childhood story took the acute route.
HABITUAL = {"het", "the", "op", "on"}


class TimeSinceMatcher:
    """The spaCy side, usable without Rasa: the time since the incident in a Doc."""

    def __init__(self, clock: Callable[[], datetime] = amsterdam_now) -> None:
        self._rules = RuleMatcher(TIME_RULES)
        self._clock = clock

    def extract(self, doc) -> Optional[TimeSince]:
        found = self._rules.find(doc)
        # a longer expression explains the shorter ones inside it ("vorige week zaterdag")
        found = [f for f in found if not any(o is not f and _inside(f, o) for o in found)]
        today = self._clock().date()
        candidates = []
        in_childhood = any(f.label == "long_ago" for f in found)
        for f in found:
            words = [t.lower_ for t in doc[f.start:f.end]]
            if f.label in ("weekday", "weekend") and _about_the_future(doc, f):
                continue
            if in_childhood and f.label in ("weekday", "weekend") and words[0] in HABITUAL:
                continue  # "toen ik 10 was, als we in het weekend bij hem waren": every weekend then
            days = _resolve(f.label, words, today, past=_told_as_past(doc, f))
            if days is None:
                continue
            candidates.append((days, f))
        if not candidates:
            return None
        (low, high), f = min(candidates, key=lambda c: (c[0][0], c[0][1] - c[0][0]))
        decided = bucket_for(low, high)
        if decided is None:
            return None
        bucket, confidence = decided
        return TimeSince(bucket, low if low == high else None, confidence, f.start, f.end)


# "volgende zaterdag", "maandag moet ik hem weer zien", "dit weekend zou ze weer logeren": a day
# to come, not the incident.
_FUTURE_BEFORE = frozenset(
    "volgende komende aanstaande next coming moet moeten ga gaan gaat zal zullen wil "
    "will going".split()
)
# "dit weekend zou ze weer logeren": a plan, whatever day it is told on.
_FUTURE_AFTER = frozenset("ga gaan moet moeten wil zal zullen zou zouden".split())


_PAST_MODIFIERS = frozenset("afgelopen vorige vorig laatste last jl jl.".split())


def _about_the_future(doc, found: Found) -> bool:
    if doc[found.start].lower_ in _PAST_MODIFIERS:
        return False
    before = set()
    for token in reversed(doc[max(found.start - 3, 0):found.start]):
        if token.is_punct:  # another sentence
            break
        before.add(token.lower_)
    after = {t.lower_ for t in doc[found.end:found.end + 1]}
    return bool(before & _FUTURE_BEFORE or after & _FUTURE_AFTER)


# A past verb next to the time words: "ik was dit weekend op een festival", "this weekend I went".
_PAST_VERBS = frozenset(
    "was waren werd werden had hadden gebeurde gebeurd ging gingen kwam kwamen zat zaten "
    "happened went got were".split()
)


# The perfect tense: "heeft hij me aangerand", "ik ben dit weekend verkracht", "i got assaulted".
_PERFECT_AUXILIARIES = frozenset("heeft hebben heb hebt ben bent is zijn".split())
_PARTICIPLE = re.compile(r"^(?:\w*ge\w{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\w{2,}(?:d|t))$")


def _told_as_past(doc, found: Found) -> bool:
    near = doc[max(found.start - 4, 0):found.end + 4]
    if any(token.lower_ in _PAST_VERBS or _weak_past(token) for token in near):
        return True
    words = [token.lower_ for token in near if not token.is_punct]
    if any(word.endswith("ed") and len(word) > 4 for word in words):  # "touched", "assaulted"
        return True
    return any(word in _PERFECT_AUXILIARIES for word in words) and any(_PARTICIPLE.match(word) for word in words)


def _weak_past(token) -> bool:
    """A regular past tense ("logeerde", "belde", "kwetsten"): the lemmatizer knows the verb
    and the form ends in -de(n)/-te(n). Adjectives such as "oude" keep their own lemma."""
    word, lemma = token.lower_, token.lemma_.lower()
    return word != lemma and lemma.endswith("en") and word.endswith(("de", "te", "den", "ten"))


def _inside(inner: Found, outer: Found) -> bool:
    return outer.contains(inner)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class TimeSinceExtractor(RuleEntityExtractor):
    finds = "time"

    def __init__(self, clock: Callable[[], datetime] = amsterdam_now) -> None:
        self._time = TimeSinceMatcher(clock)

    def entities_in(self, doc, text_length: int, extractor: str) -> List[Dict[str, Any]]:
        found = self._time.extract(doc)
        if found is None:
            return []
        start, end = span_chars(doc, found.start, found.end, text_length)
        entities = [make_entity("time_bucket", found.bucket, start, end, extractor, found.confidence)]
        if found.days is not None:
            entities.append(make_entity("days_since", found.days, start, end, extractor))
        return entities
