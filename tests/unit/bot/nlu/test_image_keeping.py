"""Questions about keeping or forwarding intimate images always get that answer (bot/nlu/image_keeping.py)."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.image_keeping import ImageKeepingQuestion, asks_about_keeping_images

ASKS = [
    "moet ik die naaktfoto bewaren voor de politie?",
    "zal ik het filmpje doorsturen naar zijn moeder",
    "kan ik beter screenshots maken van de nudes in de groep",
    "should i save the video as proof?",
    "do i need to download the pics before they get deleted",
    "is het slim om de foto's op te slaan? sla ze op mijn laptop op",
]
NOT_ASKS = [
    "moet ik foto's van mijn blauwe plekken bewaren",  # other evidence
    "moet ik screenshots van zijn berichten bewaren",
    "hij heeft de foto doorgestuurd naar iedereen",  # telling, not asking
    "kan die foto nog offline gehaald worden?",  # removal: ask_image_removal
    "moet ik mijn kleren bewaren",
    "",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_question_about_keeping_or_passing_on_images_is_recognised(text):
    assert asks_about_keeping_images(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_other_evidence_removal_or_a_story_is_not(text):
    assert not asks_about_keeping_images(text)


def parsed(text, intent):
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9},
                            "intent_ranking": [{"name": intent, "confidence": 0.9}]})
    ImageKeepingQuestion().process([message])
    return message.get("intent")


def test_it_overrides_diets_guess_with_full_confidence_but_never_a_crisis():
    assert parsed(ASKS[0], "ask_anonymity") == {"name": "ask_keep_images", "confidence": 1.0}
    assert parsed(ASKS[0], "danger_now")["name"] == "danger_now"
    assert parsed("/ask_csg", "ask_csg")["name"] == "ask_csg"
