"""'Moet ik het haar vertellen?', 'moet ik de ouders bellen?': the answer fits who asks."""
import asyncio

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.telling import ActionAnswerTelling
from bot.paths import PROJECT_ROOT
from bot.reply_length import word_count
from tests.helpers.trackers import entity, tracker

RESPONSES = yaml.safe_load((PROJECT_ROOT / "bot/domain/telling.yml").read_text("utf-8"))["responses"]


def answer(t):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerTelling().run(dispatcher, t, {}))
    return [m["response"] for m in dispatcher.messages]


def earlier_professional(slots):
    """A tracker where an earlier message said the writer is a professional ("ik ben trainer")."""
    t = tracker(slots, intent="ask_telling_someone")
    t.events.insert(0, {"event": "user", "text": "", "parse_data": {"entities": [entity("professional", "trainer")]}})
    return t


@pytest.mark.parametrize("slots, expected", [
    ({"role": "slachtoffer"}, "utter_answer_telling_self"),
    ({}, "utter_answer_telling_self"),
    ({"role": "slachtoffer", "age": 15}, "utter_answer_telling_young"),
    ({"age": "17"}, "utter_answer_telling_young"),
    ({"role": "slachtoffer", "age": 18}, "utter_answer_telling_self"),
    ({"role": "naaste"}, "utter_answer_telling_naaste"),
    ({"role": "naaste", "about_child": "ja"}, "utter_answer_telling_child"),
    ({"role": "omstander"}, "utter_answer_telling_witness"),
    ({"role": "pleger"}, "utter_answer_telling_own"),
])
def test_the_answer_follows_the_role(slots, expected):
    assert answer(tracker(slots, intent="ask_telling_someone")) == [expected]


def test_a_professional_about_a_child_is_told_not_to_question_the_child_but_to_consult_first():
    assert answer(earlier_professional({"role": "omstander", "about_child": "ja"})) == ["utter_answer_telling_child"]
    assert answer(earlier_professional({})) == ["utter_answer_telling_professional"]
    text = RESPONSES["utter_answer_telling_child"][0]["text"]
    assert "niet zelf uit" in text and "0800-2000" in text and "0900-8844" in text


def test_someone_worried_about_their_own_behaviour_is_answered_for_them_by_the_cue_in_the_message():
    t = tracker({"role": "slachtoffer"}, intent="ask_telling_someone", entities=[entity("role_cue", "pleger")])
    assert answer(t) == ["utter_answer_telling_own"]


def test_every_answer_leaves_the_choice_to_the_person_is_short_and_has_an_english_wording():
    for name, variants in RESPONSES.items():
        assert len(variants) == 2 and variants[1]["condition"][0]["value"] == "en", name
        for variant in variants:
            assert word_count(variant["text"]) <= 120, name
    # nobody is pushed: the person it is about decides
    assert "Dat beslis jij" in RESPONSES["utter_answer_telling_self"][0]["text"]
    assert "regie" in RESPONSES["utter_answer_telling_naaste"][0]["text"]
    assert "beslist zelf" in RESPONSES["utter_answer_telling_witness"][0]["text"]
