"""TimeSinceExtractor on the real Dutch spaCy pipeline, with an injected clock."""
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.time_since import (
    ACUTE,
    LONGER,
    TimeSinceExtractor,
    TimeSinceMatcher,
    amsterdam_now,
    bucket_for,
)

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=AMS)
SATURDAY = datetime(2026, 11, 28, 22, 0, tzinfo=AMS)
SUNDAY = datetime(2026, 11, 29, 12, 0, tzinfo=AMS)


def at(moment):
    return TimeSinceMatcher(clock=lambda: moment)


@pytest.fixture(scope="module")
def monday():
    return at(MONDAY)


def when(nlp, matcher, text):
    """(bucket, days) or None. Rasa's SpacyNLP lower-cases first; so do we."""
    found = matcher.extract(nlp(text.lower()))
    return None if found is None else (found.bucket, found.days)


# (message, bucket, days) with today = Monday 23 November 2026
CASES = [
    ("vandaag", ACUTE, 0),
    ("het is vanochtend gebeurd", ACUTE, 0),
    ("vannacht", ACUTE, 0),
    ("Vannacht is er iets gebeurd op een feest", ACUTE, 0),
    ("gisteravond", ACUTE, 1),
    ("gisteren", ACUTE, 1),
    ("gister na school", ACUTE, 1),
    ("het gebeurde gisternacht", ACUTE, 1),
    ("eergisteren", ACUTE, 2),
    ("3 dagen geleden", ACUTE, 3),
    ("drie dagen geleden", ACUTE, 3),
    ("ik ben 3 dagen geleden verkracht", ACUTE, 3),
    ("ongeveer vijf dagen geleden", ACUTE, 5),
    ("een dag geleden", ACUTE, 1),
    ("3dagen geleden", ACUTE, 3),
    ("een dag of 4 geleden", ACUTE, 4),
    ("zes dagen terug", ACUTE, 6),
    ("een week geleden", ACUTE, 7),
    ("acht dagen geleden", LONGER, 8),
    ("twintig dagen geleden", LONGER, 20),
    ("een paar dagen geleden", ACUTE, None),
    ("paar dagen terug", ACUTE, None),
    ("3-4 dagen geleden", ACUTE, None),
    ("afgelopen zaterdag", ACUTE, 2),
    ("vorige zaterdag", ACUTE, 2),
    ("zaterdagavond", ACUTE, 2),
    ("op vrijdag", ACUTE, 3),
    ("afgelopen maandag", ACUTE, 7),  # today is Monday: a week ago, still within 7 days
    ("vorige week dinsdag", ACUTE, 6),
    ("vorige week zaterdag", ACUTE, 2),
    ("vorig weekend", ACUTE, None),
    ("vorige week", ACUTE, None),
    ("2 weken geleden", LONGER, 14),
    ("twee weken geleden", LONGER, 14),
    ("anderhalve week geleden", LONGER, 10),
    ("een paar weken geleden", LONGER, None),
    ("een maand geleden", LONGER, 30),
    ("vorige maand", LONGER, None),
    ("een half jaar geleden", LONGER, 182),
    ("vorig jaar", LONGER, None),
    ("2 jaar geleden", LONGER, 730),
    ("jaren geleden", LONGER, None),
    ("het is al heel lang geleden", LONGER, None),
    ("lang geleden", LONGER, None),
    ("toen ik 12 was", LONGER, None),
    ("toen ik twaalf was", LONGER, None),
    ("als kind", LONGER, None),
    ("toen ik klein was", LONGER, None),
    ("in mijn jeugd", LONGER, None),
    ("op 3 november", LONGER, 20),
    ("net gebeurd", ACUTE, 0),
    ("ik ben net aangerand", ACUTE, 0),
    ("zojuist", ACUTE, 0),
    ("2 uur geleden", ACUTE, 0),
    ("just now", ACUTE, 0),
    ("yesterday", ACUTE, 1),
    ("last night", ACUTE, None),
    ("3 days ago", ACUTE, 3),
    ("a week ago", ACUTE, 7),
    ("two weeks ago", LONGER, 14),
    ("years ago", LONGER, None),
    ("when i was 12", LONGER, None),
    ("ik was 8 en hij was mijn oom", LONGER, None),
    ("toen ik tussen de 9 en 13 was", LONGER, None),
    ("nu, tien jaar later, komt het terug", LONGER, None),
    ("zaterdag werd ik aangerand", ACUTE, 2),
    ("ik weet niet hoe ik dit moet zeggen. last friday had ik een date", ACUTE, 3),
    # the most recent expression counts
    ("het begon jaren geleden maar gisteren gebeurde het weer", ACUTE, 1),
]


@pytest.mark.parametrize("text, bucket, days", CASES)
def test_time_since(nlp, monday, text, bucket, days):
    assert when(nlp, monday, text) == (bucket, days)


NO_TIME = [
    "waar kan ik terecht",
    "ik ben net 16",  # "net" without something that happened
    "net als mijn vriendin",
    "het gebeurt al jaren",  # ongoing, not a time since
    "sinds 2 weken stuurt hij me berichten",
    "een tijdje geleden",  # too vague: the triage asks
    "afgelopen maand",  # 0–31 days: could be either
    "dit weekend ga ik naar een feest",  # today is Monday: the coming weekend
    "volgende zaterdag",
    "zaterdag ga ik naar de politie",
    "nu moet ik hem maandag weer zien",
    "ik was 3 dagen ziek",
    "ik ben 15",
    "bel 0800-0188",
    "",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time(nlp, monday, text):
    assert when(nlp, monday, text) is None


def test_weekday_depends_on_today(nlp):
    assert when(nlp, at(SATURDAY), "afgelopen zaterdag") == (ACUTE, 7)
    assert when(nlp, at(SUNDAY), "afgelopen zaterdag") == (ACUTE, 1)
    assert when(nlp, at(SUNDAY), "vorige week woensdag") == (LONGER, 11)
    assert when(nlp, at(SATURDAY), "het weekend") == (ACUTE, 0)


def test_last_week_on_a_sunday_is_acute_with_less_confidence(nlp):
    """Said on a Sunday, "vorige week" is 7–13 days ago: acuut, but not sure."""
    found = at(SUNDAY).extract(nlp("vorige week"))
    assert (found.bucket, found.days, found.confidence) == (ACUTE, None, 0.7)
    found = at(MONDAY).extract(nlp("vorige week"))
    assert (found.bucket, found.confidence) == (ACUTE, 1.0)


def test_bucket_rule():
    assert bucket_for(0, 7) == (ACUTE, 1.0)
    assert bucket_for(8, 8) == (LONGER, 1.0)
    assert bucket_for(7, 13) == (ACUTE, 0.7)
    assert bucket_for(0, 31) is None


def test_default_clock_is_amsterdam_time():
    assert amsterdam_now().tzinfo.key == "Europe/Amsterdam"


def _message(nlp, text):
    message = Message(data={TEXT: text})
    message.set(SPACY_DOCS[TEXT], nlp(text.lower()))
    return message


def test_component_sets_days_and_bucket(nlp):
    other = {"entity": "setting", "value": "werk", "start": 0, "end": 3,
             "extractor": "SituationExtractor"}
    text = "Het gebeurde 3 dagen geleden op mijn werk"
    message = _message(nlp, text)
    message.set(ENTITIES, [other])
    component = TimeSinceExtractor(clock=lambda: MONDAY)
    component.process([message])
    component.process([message])
    entities = message.get(ENTITIES)
    assert other in entities
    ours = {e["entity"]: e for e in entities if e["extractor"] == "TimeSinceExtractor"}
    assert ours["days_since"]["value"] == 3 and isinstance(ours["days_since"]["value"], int)
    assert ours["time_bucket"]["value"] == "acuut"
    assert text[ours["time_bucket"]["start"]:ours["time_bucket"]["end"]] == "3 dagen geleden"
    assert ours["time_bucket"]["confidence"] == 1.0


def test_component_bucket_only(nlp):
    message = _message(nlp, "het was jaren geleden")
    TimeSinceExtractor(clock=lambda: MONDAY).process([message])
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [
        ("time_bucket", "langer_geleden")
    ]


@pytest.mark.parametrize(
    "text", ["", "🙂", "😭😭😭", "Я не знаю", "我被强奸了", "???", "\n", "9999999 dagen geleden",
             "31 februari", "999 jaar geleden"]
)
def test_odd_input_never_raises(nlp, text):
    message = _message(nlp, text)
    TimeSinceExtractor(clock=lambda: MONDAY).process([message])
    assert all(e["extractor"] == "TimeSinceExtractor" for e in message.get(ENTITIES, []))


def test_very_long_message(nlp):
    tail = " het was gisteren"
    text = ("ik weet niet meer wat ik moet doen. " * 1500)[: 50_000 - len(tail)] + tail
    message = _message(nlp, text)
    TimeSinceExtractor(clock=lambda: MONDAY).process([message])
    assert ("days_since", 1) in [(e["entity"], e["value"]) for e in message.get(ENTITIES)]


def test_timing_per_message(nlp, monday):
    """Prints the time per message (no timed assert: the machine is shared)."""
    docs = [nlp(text.lower()) for text, _, _ in CASES]
    monday.extract(docs[0])
    started = time.perf_counter()
    for doc in docs:
        monday.extract(doc)
    per_message = (time.perf_counter() - started) / len(docs) * 1000
    print(f"\nTimeSinceExtractor: {per_message:.2f} ms per message ({len(docs)} messages)")
