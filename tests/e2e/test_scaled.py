"""The scaled profile on PostgreSQL and Redis (both at 127.0.0.1 in CI): two Rasa replicas share
the conversations (SQL tracker store) and lock each conversation in Redis; the web app sends
each conversation to one replica and moves it when that replica is gone.

- a replica gets SIGKILL mid-conversation: the next message is answered by the other, which
  remembers what was said before;
- 20 conversations run while a replica is killed: none is lost, at most one turn each;
- two messages of one conversation at the same moment, one to each replica: handled one after
  the other, both kept;
- a staff edit reaches both action servers (each replica has its own) without a restart.
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text

from bot.stack import Ports, Stack, healthy
from bot.web.replicas import Replicas
from tests.helpers.seeded_database import seeded_postgres_schema

pytestmark = pytest.mark.e2e

SKIP = "TEST_DATABASE_URL and TEST_REDIS_URL are not both set: the scaled profile was not tested"
# Three turns that end in a referral only when the first two are remembered.
SCRIPT = ["ik ben aangerand", "twee maanden geleden", "op mijn werk"]


def post(url: str, body: dict, timeout: float = 60) -> object:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def routed(reply: dict) -> bool:
    return not reply["degraded"] and any(
        isinstance(m.get("custom"), dict) and m["custom"].get("organisations") for m in reply["messages"])


@pytest.fixture(scope="module")
def scaled(tmp_path_factory):
    base, redis_url = os.environ.get("TEST_DATABASE_URL"), os.environ.get("TEST_REDIS_URL")
    if not (base and redis_url):
        pytest.skip(SKIP)
    from bot.training import ensure_model

    with seeded_postgres_schema(base) as url:
        running = Stack(ensure_model(), Ports.free(rasa_replicas=2, action_servers=2),
                        log_dir=tmp_path_factory.mktemp("scaled-logs"),
                        extra_env={"WEGWIJZER_DATABASE_URL": url, "WEGWIJZER_TRACKER_URL": url},
                        lock_store_url=redis_url)
        try:
            running.start(progress=print, timeout=600)
            running.database_url = url
            yield running
        finally:
            running.stop()


@pytest.fixture
def replica_back(scaled):
    """After a test that kills a replica: start it again and wait until it answers."""
    yield
    for service in scaled.services:
        if service.name.startswith("rasa") and service.process.poll() is not None:
            scaled.restart(service.name)
            deadline = time.monotonic() + 300
            while not healthy(service.health_url):
                assert time.monotonic() < deadline, f"{service.name} did not come back"
                time.sleep(1)


def say(stack: Stack, sender: str, message: str) -> dict:
    return post(f"http://127.0.0.1:{stack.ports.web}/api/chat", {"sender": sender, "message": message})


def service_of(stack: Stack, sender: str):
    url = Replicas(stack.rasa_urls).order_for(sender)[0]
    return next(s for s in stack.services if s.base_url == url)


def test_a_replica_killed_mid_conversation_the_other_goes_on_with_what_was_said(scaled, replica_back):
    sender = uuid.uuid4().hex
    first = say(scaled, sender, SCRIPT[0])
    assert not first["degraded"] and not routed(first)  # a question: what is still missing
    serving = service_of(scaled, sender)
    os.kill(serving.process.pid, signal.SIGKILL)
    serving.process.wait()
    second = say(scaled, sender, SCRIPT[1])
    assert not second["degraded"], second  # answered by the other replica at once
    third = say(scaled, sender, SCRIPT[2])
    assert routed(third), third  # the incident and the time of turn 1 and 2 were remembered


def test_twenty_conversations_lose_nothing_while_a_replica_is_killed(scaled, replica_back):
    senders = [uuid.uuid4().hex for _ in range(20)]
    victim = scaled.services[[s.name for s in scaled.services].index("rasa-2")]
    first_turn_done = threading.Barrier(len(senders) + 1)
    results = {}

    def conversation(sender):
        replies = [say(scaled, sender, SCRIPT[0])]
        first_turn_done.wait()
        for message in SCRIPT[1:]:
            replies.append(say(scaled, sender, message))
            if replies[-1]["degraded"]:  # no answer, only the numbers: the person sends it again
                replies.append(say(scaled, sender, message))
        results[sender] = replies

    with ThreadPoolExecutor(len(senders)) as pool:
        running = [pool.submit(conversation, s) for s in senders]
        first_turn_done.wait()
        time.sleep(0.3)  # some second turns are on their way
        os.kill(victim.process.pid, signal.SIGKILL)
        for future in running:
            future.result()
    on_victim = [s for s in senders if service_of(scaled, s) is victim]
    assert on_victim, "no conversation was on the killed replica"
    for sender, replies in results.items():
        lost = sum(1 for r in replies if r["degraded"])
        assert lost <= 1 and routed(replies[-1]), (sender in on_victim, replies)
    print(f"{len(on_victim)} of 20 conversations were on the killed replica; "
          f"turns lost: {sum(1 for r in results.values() for x in r if x['degraded'])}")


def test_two_messages_of_one_conversation_at_once_are_handled_one_after_the_other(scaled):
    sender = uuid.uuid4().hex
    webhooks = [f"{url}/webhooks/rest/webhook" for url in scaled.rasa_urls]
    with ThreadPoolExecutor(2) as pool:
        replies = list(pool.map(lambda hook_text: post(hook_text[0], {"sender": sender, "message": hook_text[1]}),
                                zip(webhooks, SCRIPT[:2])))
    assert all(isinstance(r, list) and r for r in replies)
    engine = create_engine(scaled.database_url, future=True)
    with engine.connect() as connection:
        kinds = [row[0] for row in connection.execute(
            text("SELECT type_name FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender})]
    engine.dispose()
    users = [i for i, kind in enumerate(kinds) if kind == "user"]
    assert len(users) == 2, kinds  # both kept
    # The second message was read only after the first was answered and saved.
    assert "bot" in kinds[users[0]:users[1]], kinds


def cards_from(rasa_url: str) -> list:
    sender, cards = uuid.uuid4().hex, []
    for message in SCRIPT:
        replies = post(f"{rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": message})
        cards = [org for r in replies if isinstance(r.get("custom"), dict)
                 for org in r["custom"].get("organisations") or []]
    assert cards, "no referral"
    return cards


def test_a_staff_edit_reaches_every_action_server_without_a_restart(scaled):
    from knowledge import editing
    from knowledge.db import make_engine, session_scope

    shown_first = cards_from(scaled.rasa_urls[0])
    slug = next(org["slug"] for org in shown_first if any(c["kind"] == "phone" for c in org["channels"]))
    engine = make_engine(scaled.database_url)
    with session_scope(engine, commit=False) as session:
        before = editing.current(session, slug)
    mapping = json.loads(json.dumps(before.mapping))
    phone = next(c for c in mapping["channels"] if c["kind"] == "phone")
    old, phone["value"] = phone["value"], "0800-1234"
    version = editing.save(engine, slug, mapping, base_version=before.version, actor="e2e")
    try:
        for rasa_url in scaled.rasa_urls:  # replica i asks action server i
            shown = [c["value"] for org in cards_from(rasa_url) if org["slug"] == slug for c in org["channels"]]
            assert "0800-1234" in shown and old not in shown, (rasa_url, shown)
    finally:
        editing.revert(engine, slug, before.version, base_version=version, actor="e2e")
        engine.dispose()
