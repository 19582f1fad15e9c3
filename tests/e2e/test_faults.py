"""Faults, against a stack of our own (so we may break it): action server, Rasa with the
trained model, web app, and a seeded knowledge base in a file only this module uses.

In order: the knowledge base becomes unreadable; the action server is killed (SIGKILL) in
the middle of a conversation and comes back; the web app is killed; Rasa is killed. Each
time the processes that are left keep serving, and a person always gets 112 and the main
numbers. At the end every log line is checked for the words people typed.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from bot import paths
from bot.stack import Ports, Stack, healthy
from tests.helpers.fuzz_inputs import post_raw

pytestmark = pytest.mark.e2e

MAIN_NUMBERS = ("112", "0800-0188")
# Words only these tests type; no log line may hold them.
SECRET_WORDS = ("Zwaluwstraat", "Femkeline")
# Answered with cards from the knowledge base by a custom action: routing (incident, time and
# place said at once, so no triage question comes first; "twee maanden geleden", not "vorige
# maand", which can be 2 days ago in the first week of a month) and an information question.
ROUTED = "ik ben twee maanden geleden aangerand op mijn werk"
INFO = "wat gebeurt er bij het centrum seksueel geweld"


@pytest.fixture(scope="module")
def kb_file(tmp_path_factory) -> Path:
    from knowledge.db import make_engine
    from knowledge.migrate import upgrade
    from knowledge.seed_io import load_seed

    path = tmp_path_factory.mktemp("fault-kb") / "knowledge.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    load_seed(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def faulty(tmp_path_factory, kb_file):
    from bot.training import ensure_model

    running = Stack(
        ensure_model(),
        Ports.free(),
        log_dir=tmp_path_factory.mktemp("fault-logs"),
        extra_env={"WEGWIJZER_DATABASE_URL": f"sqlite:///{kb_file}"},
    )
    try:
        running.start(progress=print, timeout=600)
        yield running
    finally:
        running.stop()


# --- helpers ----------------------------------------------------------------------------

def service(stack: Stack, name: str):
    return next(s for s in stack.services if s.name == name)


def kill(stack: Stack, name: str) -> None:
    process = service(stack, name).process
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def respawn(stack: Stack, name: str, timeout: float = 120) -> None:
    """Start one service again, as Stack.start does, on the same port."""
    chosen = service(stack, name)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", SQLALCHEMY_SILENCE_UBER_WARNING="1",
               PYTHONUNBUFFERED="1", **stack.extra_env, **chosen.env)
    with open(chosen.log_path, "ab") as log:
        chosen.process = subprocess.Popen(
            chosen.command, cwd=paths.PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
    deadline = time.monotonic() + timeout
    while not healthy(chosen.health_url):
        assert chosen.process.poll() is None, f"{name} stopped again"
        assert time.monotonic() < deadline, f"{name} not healthy after {timeout} s"
        time.sleep(0.5)


def rasa_says(stack: Stack, sender: str, message: str) -> list:
    status, reply = post_raw(f"{stack.rasa_url}/webhooks/rest/webhook",
                             json.dumps({"sender": sender, "message": message}))
    assert status == 200, (status, reply)
    return reply


def web_says(stack: Stack, sender: str, message: str) -> dict:
    status, reply = post_raw(f"{stack.web_url}/api/chat", json.dumps({"sender": sender, "message": message}))
    assert status == 200, (status, reply)
    return reply


def texts(messages: list) -> str:
    return "\n".join(str(m.get("text") or "") for m in messages)


def has_cards(messages: list) -> bool:
    return any(isinstance(m.get("custom"), dict) and m["custom"].get("organisations") for m in messages)


def new_sender() -> str:
    return uuid.uuid4().hex


# --- the faults, in order -----------------------------------------------------------------

def test_before_any_fault_a_help_request_gets_live_cards(faulty):
    reply = web_says(faulty, new_sender(), ROUTED)["messages"]
    assert has_cards(reply), reply


def test_unreadable_knowledge_base_answers_from_the_last_good_snapshot(faulty, kb_file):
    good = kb_file.read_bytes()
    try:
        with open(kb_file, "r+b") as database:  # in place: open connections see it too
            database.write(b"\x00 dit is geen database meer " * 200)
        reply = web_says(faulty, new_sender(), ROUTED)["messages"]
        assert has_cards(reply), "no cards from the last good snapshot"
        assert all(n in texts(reply) for n in MAIN_NUMBERS)
    finally:
        kb_file.write_bytes(good)
    log = service(faulty, "acties").log_path.read_text(errors="replace")
    assert "knowledge base unreadable, answering from the last good snapshot: DatabaseError" in log
    reply = web_says(faulty, new_sender(), ROUTED)["messages"]
    assert has_cards(reply)
    assert "knowledge base readable again" in service(faulty, "acties").log_path.read_text(errors="replace")


# Each of these needs the action server (triage form, routing, cards).
NEEDS_ACTIONS = [
    "waar kan ik terecht",
    "ik ben gisteravond verkracht in de Zwaluwstraat",
    "zijn er nog andere organisaties",
    INFO,
    "mijn naam is Femkeline, ik ben vorige week aangerand op school",
]


def test_action_server_killed_mid_conversation_every_message_still_gets_the_numbers(faulty):
    sender_rasa, sender_web = new_sender(), new_sender()
    assert has_cards(rasa_says(faulty, sender_rasa, ROUTED))  # the conversation has begun
    web_says(faulty, sender_web, "hoi")
    kill(faulty, "acties")
    for message in NEEDS_ACTIONS:
        over_rest = rasa_says(faulty, sender_rasa, message)
        over_web = web_says(faulty, sender_web, message)["messages"]
        for reply in (over_rest, over_web):
            assert reply and all(n in texts(reply) for n in MAIN_NUMBERS), (message, texts(reply)[:300])
    # What needs no action server is answered as always.
    assert texts(rasa_says(faulty, sender_rasa, "dankjewel")).strip()
    alive = faulty.alive()
    assert alive["rasa"] and alive["web"] and not alive["acties"], alive


def test_action_server_back_routing_works_again_without_restarting_rasa(faulty):
    rasa_pid = service(faulty, "rasa").process.pid
    respawn(faulty, "acties")
    reply = rasa_says(faulty, new_sender(), ROUTED)
    assert has_cards(reply), reply
    assert has_cards(web_says(faulty, new_sender(), ROUTED)["messages"])
    assert service(faulty, "rasa").process.pid == rasa_pid and faulty.alive()["rasa"]


def test_web_app_killed_rasa_and_actions_keep_serving(faulty):
    sender = new_sender()
    rasa_says(faulty, sender, "hoi")
    kill(faulty, "web")
    assert has_cards(rasa_says(faulty, sender, INFO))
    assert healthy(service(faulty, "acties").health_url)
    respawn(faulty, "web")
    assert has_cards(web_says(faulty, new_sender(), ROUTED)["messages"])


def test_rasa_killed_the_web_app_answers_with_the_numbers(faulty):
    sender = new_sender()
    web_says(faulty, sender, "hoi")
    kill(faulty, "rasa")
    reply = web_says(faulty, sender, "ik heb hulp nodig, Femkeline")
    assert reply["degraded"] is True
    assert all(n in texts(reply["messages"]) for n in MAIN_NUMBERS), reply
    status, _ = post_raw(f"{faulty.web_url}/api/chat", b"[]")
    assert status == 400
    page = subprocess.run(["curl", "-s", f"{faulty.web_url}/"], capture_output=True, text=True, timeout=30).stdout
    assert 'href="tel:112"' in page and "0800-0188" in page  # the numbers stand on the page
    assert healthy(service(faulty, "acties").health_url) and faulty.alive()["web"]


def test_no_log_line_of_the_faults_holds_what_people_typed(faulty):
    for chosen in faulty.services:
        log = chosen.log_path.read_text(errors="replace")
        for word in SECRET_WORDS:
            assert word not in log, f"{word!r} in the log of {chosen.name}"
    rasa_log = service(faulty, "rasa").log_path.read_text(errors="replace")
    # The fault was logged: by its kind, since a library's record while a message is handled
    # is reduced to kind and length (issue 19); the traceback names the exception types.
    assert "error of rasa.core.processor (" in rasa_log and "(message not logged)" in rasa_log


def test_knowledge_base_keeps_its_last_good_snapshot_when_a_refresh_fails(tmp_path, caplog):
    """The same, in process: which error, and that the snapshot is the old one."""
    from knowledge import KnowledgeBase
    from knowledge.db import make_engine
    from knowledge.migrate import upgrade
    from knowledge.seed_io import load_seed

    path = tmp_path / "kb.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    load_seed(engine)
    kb = KnowledgeBase(engine=engine)
    before = kb.catalogue()
    shutil.copy(path, tmp_path / "good.sqlite3")
    with open(path, "r+b") as database:
        database.write(b"\x00" * 4096)
    assert kb.catalogue() is before
    assert [line.slug for line in kb.national_lines()]
    assert "DatabaseError" in caplog.text
    shutil.copy(tmp_path / "good.sqlite3", path)
    assert kb.catalogue().change_counter == before.change_counter
    kb.close()
