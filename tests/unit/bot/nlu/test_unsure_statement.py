"""An unsure statement is heard; an unsure question and a keyboard mash stay "not understood"."""
import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.unsure_statement import UnsureStatement, asks_something

UNSURE = {"name": "nlu_fallback", "confidence": 0.42}


def intent_after(text, intent=UNSURE):
    message = Message(data={TEXT: text, INTENT: dict(intent)})
    UnsureStatement().process([message])
    return message.get(INTENT)["name"]


@pytest.mark.parametrize("text", [
    "mijn buurvrouw vindt dat ik me nergens mee moet bemoeien",
    "he never says sorry, he just acts like nothing happened",
    "ok. mijn broer weet er ook nog niks van",
])
def test_a_statement_is_heard(text):
    assert not asks_something(text)
    assert intent_after(text) == "unsure_statement"


@pytest.mark.parametrize("text", [
    "en kan ik hem daar zelf op aanspreken",
    "ik ben het zat. met wie kan ik hier over praten",
    "is that normal for a teacher",
    "waarom doet hij dit",
    "hij doet het weer?",
])
def test_a_question_stays_not_understood(text):
    assert asks_something(text)
    assert intent_after(text) == "nlu_fallback"


def test_a_keyboard_mash_stays_not_understood():
    assert intent_after("hjkhjk ;;;;; qqqq zzzzx") == "nlu_fallback"


def test_unreadable_input_and_understood_messages_are_left_alone():
    unreadable = {"name": "nlu_fallback", "confidence": 1.0}
    assert intent_after("mijn buurvrouw vindt dat ik me nergens mee moet bemoeien", unreadable) == "nlu_fallback"
    sure = {"name": "naaste_confided", "confidence": 0.9}
    assert intent_after("mijn buurvrouw vindt dat ik me nergens mee moet bemoeien", sure) == "naaste_confided"
