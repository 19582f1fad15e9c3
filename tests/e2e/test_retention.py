"""Retention and "verwijder mijn gesprek" in the running Rasa, with the conversations in an
SQLite tracker store that the test reads directly.

A stack of our own: the tracker store settings are environment variables of the Rasa
process. Retention is set to 18 seconds and the purge loop to every second, so the test
sees the purge job inside Rasa do its work.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from bot.stack import Ports, Stack

pytestmark = pytest.mark.e2e

RETENTION_HOURS = 0.005  # 18 seconds


@pytest.fixture(scope="module")
def tracker_db(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("trackers") / "trackers.sqlite3"


@pytest.fixture(scope="module")
def private_stack(tmp_path_factory, tracker_db, knowledge_url):
    from bot.training import ensure_model

    running = Stack(
        ensure_model(),
        Ports.free(),
        log_dir=tmp_path_factory.mktemp("retention-logs"),
        extra_env={
            "WEGWIJZER_DATABASE_URL": knowledge_url,
            "WEGWIJZER_TRACKER_URL": f"sqlite:///{tracker_db}",
            "WEGWIJZER_RETENTION_HOURS": str(RETENTION_HOURS),
            "WEGWIJZER_PURGE_INTERVAL_SECONDS": "1",
        },
    )
    try:
        running.start(progress=print, timeout=600)
        yield running
    finally:
        running.stop()


def say(stack: Stack, sender: str, message: str) -> list:
    request = urllib.request.Request(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def rows(db: Path, sender: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


def text_of(reply: list) -> str:
    return "\n".join(str(m.get("text") or "") for m in reply)


def test_rasa_keeps_the_conversation_in_the_configured_store(private_stack, tracker_db):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "hoi")
    assert rows(tracker_db, sender) > 0
    log = next(s for s in private_stack.services if s.name == "rasa").log_path.read_text(errors="replace")
    assert "purged every 1 s" in log and "SQLTrackerStore" in log


@pytest.mark.parametrize("request_text, yes", [("verwijder mijn gesprek", "ja"), ("/forget_conversation", "/affirm")])
def test_verwijder_mijn_gesprek_deletes_the_conversation_at_once_after_a_yes(
    private_stack, tracker_db, request_text, yes
):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "hoi")
    say(private_stack, sender, "wat gebeurt er bij het centrum seksueel geweld")
    assert rows(tracker_db, sender) > 0
    question = say(private_stack, sender, request_text)
    assert "Wil je dat ik dit gesprek nu verwijder?" in text_of(question)
    assert rows(tracker_db, sender) > 0, "nothing may be deleted before the yes"
    reply = say(private_stack, sender, yes)
    assert "Je gesprek is verwijderd" in text_of(reply)
    assert "112" in text_of(reply)
    assert rows(tracker_db, sender) == 0, "the conversation is still stored"
    say(private_stack, sender, "hoi")  # the same person can start again, from nothing
    assert 0 < rows(tracker_db, sender)


def test_no_keeps_the_conversation(private_stack, tracker_db):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "verwijder mijn gesprek")
    reply = say(private_stack, sender, "nee")
    assert "ik verwijder niets" in text_of(reply)
    assert rows(tracker_db, sender) > 0


@pytest.mark.parametrize("message", [
    "hoe krijg ik mijn naaktfoto's verwijderd",
    "kunnen ze de foto's van mij verwijderen",
    "verwijder mijn account",
])
def test_a_request_about_something_else_never_deletes_the_conversation(private_stack, tracker_db, message):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "hoi")
    reply = say(private_stack, sender, message)
    assert "Je gesprek is verwijderd" not in text_of(reply)
    assert rows(tracker_db, sender) > 0


def test_an_english_conversation_is_asked_and_confirmed_in_english(private_stack, tracker_db):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "hello, I need help")
    question = say(private_stack, sender, "please delete my conversation")
    assert "Do you want me to delete this conversation now?" in text_of(question)
    reply = say(private_stack, sender, "yes")
    assert "Your conversation has been deleted" in text_of(reply)
    assert rows(tracker_db, sender) == 0


def test_conversations_are_purged_by_rasa_itself_after_the_retention(private_stack, tracker_db):
    sender = uuid.uuid4().hex
    say(private_stack, sender, "hoi")
    assert rows(tracker_db, sender) > 0
    deadline = time.monotonic() + RETENTION_HOURS * 3600 + 30
    while rows(tracker_db, sender) and time.monotonic() < deadline:
        time.sleep(1)
    assert rows(tracker_db, sender) == 0, "not purged within the retention plus 30 s"
    rasa_log = next(s for s in private_stack.services if s.name == "rasa").log_path.read_text(errors="replace")
    assert re.search(r"purged \d+ conversations older than the retention period", rasa_log)
    assert say(private_stack, sender, "hoi"), "Rasa should answer a new conversation"
