"""AgeExtractor on the real Dutch spaCy pipeline: the writer's own, current age only."""
import time

import pytest
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.age import AgeExtractor, AgeMatcher


@pytest.fixture(scope="module")
def matcher():
    return AgeMatcher()


def age(nlp, matcher, text):
    # Rasa's SpacyNLP lower-cases before spaCy (case_sensitive: false); do the same.
    found = matcher.extract(nlp(text.lower()))
    return None if found is None else found.years


AGES = [
    ("15", 15),  # a number alone, as people answer
    ("20", 20),
    ("ik ben 14", 14),
    ("ik ben 14 jaar", 14),
    ("Ik ben 14 jaar oud", 14),
    ("ik ben veertien", 14),
    ("ik ben net 16 en weet niet wat ik moet doen", 16),
    ("ik ben pas 13", 13),
    ("ik ben bijna 18", 17),
    ("ik ben een meisje van 15", 15),
    ("ik ben een jongen van 17 en mijn trainer zit aan me", 17),
    ("van 16", 16),
    ("meisje van 16 hier, ik ben aangerand", 16),
    ("15 jaar oud", 15),
    ("15 jaar", 15),
    ("16jr", 16),
    ("16 jr", 16),
    ("ik ben 16jr", 16),
    ("ik ben een 15-jarige", 15),
    ("ik ben een 15 jarig meisje", 15),
    ("leeftijd: 15", 15),
    ("mijn leeftijd is 19", 19),
    ("ik ben 16 en mijn vriend is 19", 16),
    ("I'm 15", 15),
    ("im 15 and i dont know what to do", 15),
    ("i am 15 years old", 15),
    ("ik ben 45 en ben vorig jaar aangerand", 45),
    ("ben 14 jaar en heb hulp nodig", 14),
]


@pytest.mark.parametrize("text, years", AGES)
def test_own_age(nlp, matcher, text, years):
    assert age(nlp, matcher, text) == years


NOT_AN_AGE = [
    "3",  # alone and below 8: more often days
    "150",
    "15 en 16",
    "mijn dochter van 12",  # someone else
    "mijn dochter van 12 is betast",
    "een jongen van 17 zat aan me",
    "ik heb een dochter van 15 jaar",
    "ik ben moeder van een meisje van 12",
    "hij is 40 jaar oud",
    "toen ik 12 was",  # the past
    "ik was 12 jaar oud toen het begon",
    "toen ik 12 jaar was",
    "3 dagen geleden",  # time, not age
    "ik ben 3 dagen geleden verkracht",
    "om 14 uur",
    "van 14 uur tot 16 uur",
    "van 9 tot 5",
    "het was 15 jaar geleden",
    "ik ben 5 jaar getrouwd",
    "ik ben 2 keer aangerand",
    "ik ben 14 weken zwanger",
    "bel 0800-0188 of 112",  # phone numbers
    "ik ben 112 aan het bellen",
    "mijn nummer is 06 12345678",
    "ik ben een meisje",
    "ik ben 1 van de slachtoffers",
    "ik ben 200",
    "waar kan ik terecht",
    "",
]


@pytest.mark.parametrize("text", NOT_AN_AGE)
def test_not_the_writers_age(nlp, matcher, text):
    assert age(nlp, matcher, text) is None


def _message(nlp, text):
    message = Message(data={TEXT: text})
    message.set(SPACY_DOCS[TEXT], nlp(text.lower()))
    return message


def test_component_sets_int_age_and_keeps_other_entities(nlp):
    other = {"entity": "language", "value": "nl", "start": 0, "end": 9,
             "extractor": "LanguageDetector"}
    text = "Ik ben 15 en ik ben aangerand"
    message = _message(nlp, text)
    message.set(ENTITIES, [other])
    component = AgeExtractor()
    component.process([message])
    component.process([message])
    entities = message.get(ENTITIES)
    assert other in entities
    ours = [e for e in entities if e["extractor"] == "AgeExtractor"]
    assert len(ours) == 1
    assert ours[0]["entity"] == "age" and ours[0]["value"] == 15
    assert isinstance(ours[0]["value"], int)
    assert text[ours[0]["start"]:ours[0]["end"]] == "Ik ben 15"
    assert ours[0]["confidence"] == 1.0


@pytest.mark.parametrize(
    "text", ["", " ", "🙂", "😭😭😭", "Я не знаю", "我被强奸了", "???", "ik ben 😭", "ik ben",
             "van", "ik ben 99999"]
)
def test_odd_input_never_raises(nlp, text):
    message = _message(nlp, text)
    AgeExtractor().process([message])
    assert all(e["extractor"] == "AgeExtractor" for e in message.get(ENTITIES, []))


def test_very_long_message(nlp):
    tail = " ik ben 15"
    text = ("ik weet niet wat ik moet doen. " * 1700)[: 50_000 - len(tail)] + tail
    message = _message(nlp, text)
    AgeExtractor().process([message])
    assert [e["value"] for e in message.get(ENTITIES)] == [15]


def test_timing_per_message(nlp, matcher):
    """Prints the time per message (no timed assert: the machine is shared)."""
    docs = [nlp(text.lower()) for text, _ in AGES] + [nlp(t.lower()) for t in NOT_AN_AGE]
    matcher.extract(docs[0])
    started = time.perf_counter()
    for doc in docs:
        matcher.extract(doc)
    per_message = (time.perf_counter() - started) / len(docs) * 1000
    print(f"\nAgeExtractor: {per_message:.2f} ms per message ({len(docs)} messages)")
