"""'Wat zijn onze plichten als werkgever?': the answer follows the setting. (Every number in a domain
response is checked against the verified seed in tests/unit/bot/domain/test_user_facing_numbers.py.)"""
import asyncio

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.duties import ActionAnswerDuties
from bot.paths import PROJECT_ROOT
from bot.reply_length import MAX_WORDS, word_count
from tests.helpers.trackers import tracker

RESPONSES = yaml.safe_load((PROJECT_ROOT / "bot/domain/duties_and_next_step.yml").read_text("utf-8"))["responses"]


def answer(slots):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerDuties().run(dispatcher, tracker(slots, intent="ask_duties"), {}))
    return [m["response"] for m in dispatcher.messages]


@pytest.mark.parametrize("setting, expected", [
    ("werk", "utter_answer_duties_work"),
    ("school", "utter_answer_duties_school"),
    ("zorg", "utter_answer_duties_care"),
    ("sport", "utter_answer_duties_general"),
    (None, "utter_answer_duties_general"),
])
def test_the_answer_follows_the_setting(setting, expected):
    assert answer({"setting": setting} if setting else {}) == [expected]


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_answer_is_short_and_in_both_languages(name):
    variants = RESPONSES[name]
    english = [v for v in variants if v.get("condition")]
    dutch = [v for v in variants if not v.get("condition")]
    assert english and dutch
    assert all(word_count(v["text"]) <= MAX_WORDS for v in variants)
