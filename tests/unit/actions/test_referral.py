"""The same places asked for again and again: the list, two reminders, then the cards alone."""
from datetime import datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.referral import referral_or_reminder
from actions.route_text import reminder_texts
from knowledge.opening_hours import AMSTERDAM
from tests.helpers.trackers import tracker

NOW = datetime(2026, 3, 10, 14, 0, tzinfo=AMSTERDAM)
TEXT = "Hier kun je terecht:\n1. Centrum Seksueel Geweld (CSG): ..."


@pytest.fixture
def places(real_kb):
    return [real_kb.organisation("csg", now=NOW)]


def after(said, places):
    t = tracker({})
    t.events += [{"event": "bot", "text": text} for text in said]
    return referral_or_reminder(t, CollectingDispatcher(), places, NOW, "nl", TEXT)


def test_the_list_first_then_a_reminder_in_other_words(places):
    first = after([], places)
    assert first["text"] == TEXT and first["json_message"]
    assert after([TEXT], places)["text"] == reminder_texts(places, "nl", NOW)[0]


def test_once_every_wording_was_said_only_the_cards_come_never_a_repeat(places):
    message = after([TEXT, *reminder_texts(places, "nl", NOW)], places)
    assert "text" not in message
    assert message["json_message"] and message["buttons"]


def test_more_about_an_organisation_asked_by_name_says_who_it_is_for_within_120_words():
    from types import SimpleNamespace

    from actions.route_text import more_about_text
    from bot.reply_length import MAX_WORDS, word_count
    long = "woord " * 40
    rec = SimpleNamespace(name="Voorbeeld", description="Ben je tussen 8 en 18 jaar? " + long,
                          what_to_expect=long, channels=())
    asked = more_about_text(rec, "nl", with_description=True)
    assert "Ben je tussen 8 en 18 jaar?" in asked and word_count(asked) <= MAX_WORDS
    assert "Ben je tussen" not in more_about_text(rec, "nl")  # the button keeps what happens there
