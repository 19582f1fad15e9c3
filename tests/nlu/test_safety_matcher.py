"""The deterministic danger/suicide signals, on the real Dutch spaCy pipeline."""
import pytest

from bot.nlu.safety import DANGER_INTENT, SUICIDE_INTENT, SafetyMatcher

DANGER = [
    "hij staat voor de deur",
    "Hij staat nu voor mijn deur!!",
    "mijn ex staat voor de deur",
    "ik ben opgesloten",
    "hij heeft me opgesloten in de kamer",
    "ik zit opgesloten",
    "hij heeft een mes",
    "hij heeft nu een pistool",
    "help nu",
    "HELP NU",
    "hij slaat me",
    "ik word gevolgd",
    "ik ben in gevaar",
    "ik kan niet weg",
    "hij probeert binnen te komen",
    "he is at the door",
    "i'm locked in",
    "he has a knife",
    "help me now",
]

NOT_DANGER = [
    "ik word bedreigd met mijn naaktfoto's als ik niet betaal",
    "hij stond vorig jaar voor de deur",  # past: the triage handles it
    "hij sloeg me vroeger",
    "ik ben vorige week verkracht",
    "waar kan ik terecht",
    "ik wil met iemand praten",
    "mijn vriendin heeft me iets verteld",
    "ik heb hulp nodig",
]

SUICIDE = [
    "ik wil dood",
    "ik wil niet meer leven",
    "ik zie het niet meer zitten",
    "ik denk aan zelfmoord",
    "ik wil er een eind aan maken",
    "i want to kill myself",
    "soms wil ik er gewoon een einde aan maken",
    "eigenlijk wil ik dood",
    "na alles wil ik niet meer leven",
]


@pytest.fixture(scope="module")
def matcher():
    return SafetyMatcher()


def signals(nlp, matcher, text):
    # Rasa's SpacyNLP lower-cases before spaCy (case_sensitive: false); do the same.
    return matcher.signals(nlp(text.lower()))


@pytest.mark.parametrize("text", DANGER)
def test_danger_now_is_flagged(nlp, matcher, text):
    assert signals(nlp, matcher, text)[:1] == [DANGER_INTENT]


@pytest.mark.parametrize("text", NOT_DANGER)
def test_ordinary_or_past_events_are_not_danger_now(nlp, matcher, text):
    assert DANGER_INTENT not in signals(nlp, matcher, text)


@pytest.mark.parametrize("text", SUICIDE)
def test_suicide_signals_are_flagged(nlp, matcher, text):
    assert SUICIDE_INTENT in signals(nlp, matcher, text)


def test_danger_comes_before_suicide_when_both(nlp, matcher):
    assert signals(nlp, matcher, "hij heeft een mes en ik wil dood") == [
        DANGER_INTENT,
        SUICIDE_INTENT,
    ]


def test_lemma_patterns_match_other_word_forms(nlp, matcher):
    # "~bedreigen" is matched on the lemma: "bedreigd" and "bedreigde" both count.
    assert signals(nlp, matcher, "hij bedreigde me met een mes")[:1] == [DANGER_INTENT]
