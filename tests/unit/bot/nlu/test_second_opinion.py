"""The second opinion on the intent (bot/nlu/second_opinion.py), on our real examples."""
import pytest
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.second_opinion import MAX_WORDS, NEVER, THRESHOLD, IntentSecondOpinion, SecondOpinion


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    import bot.nlu.second_opinion as module

    module.second_opinion.cache_clear()
    model = IntentSecondOpinion(cache_dir=tmp_path_factory.mktemp("cache"))
    original = module.second_opinion
    module.second_opinion = lambda: model  # the module-level accessor, as Rasa's load would fill it
    yield SecondOpinion()
    module.second_opinion = original


def message(text, name=DEFAULT_NLU_FALLBACK_INTENT_NAME, confidence=0.5):
    found = Message(data={TEXT: text})
    found.set(INTENT, {"name": name, "confidence": confidence})
    found.set(INTENT_RANKING_KEY, [{"name": name, "confidence": confidence},
                                   {"name": "ask_for_help", "confidence": 0.2}])
    return found


def intent_of(component, found):
    return component.process([found])[0].get(INTENT)


@pytest.mark.parametrize("text, expected", [
    ("ik wil er echt geen politie bij hebben", "wish_no_police"),
    ("hoe krijg ik die naaktfoto van die website af", "ask_image_removal"),
    ("kost de hulp van het centrum geld", "ask_costs"),
])
def test_where_diet_was_unsure_its_intent_is_taken_with_its_own_confidence(component, text, expected):
    intent = intent_of(component, message(text))
    assert intent["name"] == expected
    assert THRESHOLD <= intent["confidence"] < 1.0  # still unsure enough for the role question


@pytest.mark.parametrize("text", ["qwzx plorf vrenk", "zzzzz xxxxx", "12345 67890"])
def test_gibberish_stays_not_understood(component, text):
    assert intent_of(component, message(text))["name"] == DEFAULT_NLU_FALLBACK_INTENT_NAME


def test_a_sure_intent_and_the_unreadable_guard_are_left_alone(component):
    assert intent_of(component, message("ik wil geen politie", name="greet", confidence=0.9))["name"] == "greet"
    # the unreadable-input guard sets the fallback with full confidence: it stays
    unreadable = message("ik wil geen politie", confidence=1.0)
    assert intent_of(component, unreadable)["name"] == DEFAULT_NLU_FALLBACK_INTENT_NAME


def test_it_never_gives_a_crisis_intent(component):
    """Those come from the crisis check, which runs after it and wins."""
    for text in ["hij staat voor de deur en ik ben bang", "ik wil dood", "ik wil niet meer leven"]:
        assert intent_of(component, message(text))["name"] not in NEVER


def test_where_a_wrong_guess_hurts_most_it_must_be_surer(component):
    """A worried mother does not hear about Stop it Now on a guess."""
    worried = message("ik ben gewoon bang dat ze hier aan kapot gaat")
    assert intent_of(component, worried)["name"] != "worried_own_behaviour"


def test_the_examples_it_knows_word_for_word_are_short_of_one_intent_and_no_crisis_intent(component):
    import bot.nlu.second_opinion as module

    table = module.second_opinion().memorised
    assert table["hulp"] == "ask_for_help"
    assert all(len(key.split()) <= MAX_WORDS for key in table)
    assert not NEVER & set(table.values())


@pytest.mark.parametrize("text", ["hulp", "Waar kan ik terecht?", "  waar kan ik TERECHT  "])
def test_an_exact_short_example_is_taken_back_from_the_fallback_with_full_confidence(component, text):
    assert intent_of(component, message(text)) == {"name": "ask_for_help", "confidence": 1.0}
