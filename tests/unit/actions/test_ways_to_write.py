"""action_ways_to_write on a real, seeded knowledge base: where the person can type instead of
call, the places already shown first, only verified chat and WhatsApp routes, never a repeat."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import ways_to_write
from bot.reply_length import word_count
from tests.helpers.trackers import tracker

# A Tuesday afternoon, when the day-time chats are open, and a Tuesday night, when they are not.
AFTERNOON = datetime(2026, 3, 10, 15, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
NIGHT = datetime(2026, 3, 10, 3, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture(autouse=True)
def kb(real_kb, monkeypatch):
    monkeypatch.setattr(ways_to_write, "knowledge_base", lambda: real_kb)
    monkeypatch.setattr(ways_to_write, "local_time", lambda: AFTERNOON)
    return real_kb


async def said(slots, earlier=()):
    dispatcher = CollectingDispatcher()
    talk = tracker(slots=slots, intent="ask_chat")
    if earlier:
        talk = Tracker(talk.sender_id, talk.slots, talk.latest_message,
                       [{"event": "bot", "text": text} for text in earlier] + talk.events,
                       False, None, {}, "action_listen")
    assert await ways_to_write.ActionWaysToWrite().run(dispatcher, talk, {}) == []
    return dispatcher.messages


def slugs(messages):
    return [o["slug"] for m in messages if m.get("custom") for o in m["custom"].get("organisations", [])]


def chat_kinds(kb, slug):
    return {c.kind for c in kb.organisation(slug, now=AFTERNOON).channels}


async def test_the_places_shown_come_first_and_only_those_with_a_chat(kb):
    assert "chat" in chat_kinds(kb, "helpwanted") and not {"chat", "whatsapp"} & chat_kinds(kb, "politie")
    messages = await said({"shown_orgs": ["politie", "helpwanted"], "language": "nl"})
    text = messages[0]["text"]
    assert slugs(messages)[0] == "helpwanted" and "politie" not in slugs(messages)
    assert text.splitlines()[1].startswith("1. Helpwanted (Offlimits): chat via ")
    assert text.splitlines()[-1] == "Ben je nu in gevaar? Bel 112."
    assert word_count(text) <= 120


async def test_without_places_shown_the_national_chats(kb):
    messages = await said({"language": "nl"})
    assert slugs(messages) == ["csg", "slachtofferhulp", "veilig-thuis"]
    # the CSG's chat hours are unverified (organisations.md: "U"): no badge is made up
    assert "dag en nacht" not in messages[0]["text"].splitlines()[1]


async def test_a_child_gets_the_kindertelefoon_chat_with_its_verified_hours(kb, monkeypatch):
    day = await said({"age": 13, "language": "nl"})
    monkeypatch.setattr(ways_to_write, "local_time", lambda: NIGHT)
    night = await said({"age": 13, "language": "nl"})
    assert slugs(day)[0] == "kindertelefoon"
    assert "(nu open)" in day[0]["text"].splitlines()[1]
    assert "11:00" in night[0]["text"].splitlines()[1]  # closed at night: when it opens


async def test_in_english(kb):
    text = (await said({"language": "en"}))[0]["text"]
    assert text.startswith("You do not have to call.") and text.endswith("In danger right now? Call 112.")


async def test_asked_again_it_never_repeats_itself(kb):
    first = (await said({"language": "nl"}))[0]["text"]
    second = (await said({"language": "nl"}, earlier=[first]))[0]["text"]
    third = (await said({"language": "nl"}, earlier=[first, second]))[0]["text"]
    assert len({first, second, third}) == 3
    fourth = await said({"language": "nl"}, earlier=[first, second, third])
    assert not fourth[0].get("text") and fourth[0]["custom"]["organisations"]  # only the cards


async def test_a_failing_knowledge_base_still_gives_the_numbers(monkeypatch):
    def broken():
        raise RuntimeError("down")
    monkeypatch.setattr(ways_to_write, "knowledge_base", broken)
    messages = await said({"language": "nl"})
    assert [m.get("response") for m in messages] == ["utter_help_lines"]


async def test_how_to_reach_gives_a_number_first_for_the_places_shown_then_the_national_lines(kb):
    dispatcher = CollectingDispatcher()
    talk = tracker(slots={"shown_orgs": ["politie"], "language": "nl"}, intent="ask_how_to_reach")
    assert await ways_to_write.ActionWaysToReach().run(dispatcher, talk, {}) == []
    text = dispatcher.messages[0]["text"]
    lines = text.splitlines()
    assert lines[0] == "Zo kun je ze bereiken:"
    # the police first (shown), with a phone number first though it has no chat
    assert lines[1].startswith("1. Politie") and ": bel " in lines[1]
    assert "2. Centrum Seksueel Geweld" in text and "0800-0188" in text
    assert slugs(dispatcher.messages)[0] == "politie"
    assert word_count(text) <= 120
