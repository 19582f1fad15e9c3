"""An organisation named in a question the models could not place becomes `more_about` it."""
import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.organisation_names import OrganisationQuestion, named_organisations, the_one_named


@pytest.mark.parametrize("text, slug", [
    ("wat doet de kindertelefoon dan eigenlijk", "kindertelefoon"),
    ("is veilig thuis niet voor vrouwen die geslagen worden?", "veilig-thuis"),
    ("is VeiligThuis ook voor mannen", "veilig-thuis"),
    ("helpwanted, die ken ik niet. zijn die niet alleen voor pubers?", "helpwanted"),
    ("what is stop it now exactly", "stop-it-now"),
    ("kan het csg ook mijn ouders bellen", "csg"),
])
def test_one_organisation_named_is_found(text, slug):
    assert the_one_named(text) == slug


@pytest.mark.parametrize("text", [
    "moet ik naar de politie",  # the police has its own intents
    "ik schaam me zo",
    "ik heb 113 gebeld",  # 113 is the crisis check's
    "csg of veilig thuis, wat is beter?",  # two named: no one to tell about
    "mijn moraal zegt nee",  # no name inside another word
])
def test_no_single_organisation_is_no_organisation(text):
    assert the_one_named(text) is None


def test_two_are_listed_in_the_order_they_are_named():
    assert named_organisations("eerst slachtofferhulp en dan het csg") == ["slachtofferhulp", "csg"]


def _process(text, intent):
    message = Message(data={TEXT: text, INTENT: intent, ENTITIES: []})
    OrganisationQuestion().process([message])
    return message


def test_a_question_not_understood_that_names_one_becomes_more_about_it():
    message = _process("wat doet de kindertelefoon eigenlijk", {"name": "nlu_fallback", "confidence": 0.25})
    assert message.get(INTENT)["name"] == "more_about"
    assert {"entity": "organisation", "value": "kindertelefoon"}.items() <= message.get(ENTITIES)[0].items()


@pytest.mark.parametrize("text, intent", [
    ("wat doet de kindertelefoon eigenlijk", {"name": "ask_chat", "confidence": 0.6}),  # understood: kept
    ("kindertelefoon", {"name": "nlu_fallback", "confidence": 1.0}),  # a rule's fallback: kept
    ("/more_about{\"organisation\":\"csg\"}", {"name": "nlu_fallback", "confidence": 0.2}),  # a payload
])
def test_understood_messages_rules_and_payloads_are_left_alone(text, intent):
    assert _process(text, intent).get(INTENT)["name"] == intent["name"]
