"""action_help_cards against a real, seeded SQLite knowledge base."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import help_cards
from actions.cards import availability, cards_payload, href
from knowledge import KnowledgeBase
from knowledge.db import make_engine
from knowledge.migrate import upgrade
from knowledge.seed_io import load_seed

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def seeded_kb(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    load_seed(engine)
    kb = KnowledgeBase(engine=engine)
    monkeypatch.setattr(help_cards, "knowledge_base", lambda: kb)
    return kb


def empty_tracker():
    return Tracker("test", {}, {}, [], False, None, {}, "action_listen")


async def test_action_sends_cards_for_the_national_lines(seeded_kb):
    dispatcher = CollectingDispatcher()
    events = await help_cards.ActionHelpCards().run(dispatcher, empty_tracker(), {})
    assert events == []
    [message] = dispatcher.messages
    payload = message["custom"]
    slugs = [o["slug"] for o in payload["organisations"]]
    assert slugs[:3] == ["csg", "veilig-thuis", "slachtofferhulp"]
    csg_phone = payload["organisations"][0]["channels"][0]
    assert csg_phone["href"] == "tel:08000188"
    assert csg_phone["availability"] == "dag en nacht"


async def test_action_sends_nothing_extra_when_the_knowledge_base_fails(monkeypatch):
    def broken():
        raise RuntimeError("database unreadable")

    monkeypatch.setattr(help_cards, "knowledge_base", broken)
    dispatcher = CollectingDispatcher()
    assert await help_cards.ActionHelpCards().run(dispatcher, empty_tracker(), {}) == []
    assert dispatcher.messages == []  # utter_help_lines has already given the numbers


def test_unverified_chat_hours_are_not_shown_as_availability(seeded_kb):
    # The CSG chat's "24/7" has status U in the seed: no badge may claim it.
    now = datetime(2026, 11, 23, 3, 0, tzinfo=AMSTERDAM)
    csg = seeded_kb.organisation("csg", now=now)
    payload = cards_payload([csg], now)
    chat = [c for c in payload["organisations"][0]["channels"] if c["kind"] == "chat"]
    assert chat and all(c["availability"] is None for c in chat)


def test_closed_channel_says_when_it_opens(seeded_kb):
    # Kindertelefoon: 11:00-21:00 every day (V). At 08:00 it opens today at 11:00.
    now = datetime(2026, 11, 23, 8, 0, tzinfo=AMSTERDAM)
    kindertelefoon = seeded_kb.organisation("kindertelefoon", now=now)
    phone = [c for c in kindertelefoon.channels if c.kind == "phone"][0]
    assert availability(phone, now) == "opent vandaag om 11:00"
    later = datetime(2026, 11, 23, 21, 30, tzinfo=AMSTERDAM)
    phone_late = [c for c in seeded_kb.organisation("kindertelefoon", now=later).channels if c.kind == "phone"][0]
    assert availability(phone_late, later) == "opent dinsdag om 11:00"


@pytest.mark.parametrize(
    "kind, value, expected",
    [
        ("phone", "020-261 52 75", "tel:0202615275"),
        ("email", "info@smpr.nl", "mailto:info@smpr.nl"),
        ("website", "https://113.nl", "https://113.nl"),
        ("walkin", "Politiebureau", None),
        ("website", "javascript:alert(1)", None),
    ],
)
def test_href(kind, value, expected):
    assert href(kind, value) == expected

