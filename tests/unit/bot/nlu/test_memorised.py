"""Our own short training examples, word for word, are understood even when DIET is unsure."""
import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.memorised import MAX_WORDS, MemorisedExamples, memorised


def run(text, name="nlu_fallback", confidence=0.5):
    m = Message(data={TEXT: text, INTENT: {"name": name, "confidence": confidence}})
    MemorisedExamples().process([m])
    return m.get(INTENT)


def test_the_table_holds_only_short_examples_of_one_intent_and_no_crisis_intent():
    table = memorised()
    assert table["hulp"] == "ask_for_help"
    assert all(len(key.split()) <= MAX_WORDS for key in table)
    assert not {"danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"} & set(table.values())


@pytest.mark.parametrize("text", ["hulp", "Waar kan ik terecht?", "  waar kan ik TERECHT  "])
def test_an_exact_short_example_is_taken_back_from_the_fallback(text):
    assert run(text) == {"name": "ask_for_help", "confidence": 1.0}


def test_anything_else_is_left_alone():
    assert run("hulp voor mijn buurvrouw van de overkant") == {"name": "nlu_fallback", "confidence": 0.5}
    assert run("hulp", name="greet", confidence=0.6) == {"name": "greet", "confidence": 0.6}
    assert run("hulp", confidence=1.0) == {"name": "nlu_fallback", "confidence": 1.0}  # unreadable input
