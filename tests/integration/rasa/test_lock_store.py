"""bot/rasa_server/lock_store.py on a real Redis: two replicas (two store objects, two
connections) that get messages of one conversation at the same moment never share a ticket,
and a conversation's messages are served one after the other."""
from __future__ import annotations

import asyncio
import os
import threading
import uuid
from urllib.parse import urlsplit

import pytest
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import EndpointConfig

from bot.paths import ENDPOINTS_SCALED
from bot.rasa_server.lock_store import SerialRedisLockStore

REDIS = os.environ.get("TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(not REDIS, reason="TEST_REDIS_URL is not set: the Redis lock store was not tested")


def store() -> SerialRedisLockStore:
    url = urlsplit(REDIS)
    return SerialRedisLockStore(host=url.hostname, port=url.port or 6379, db=(url.path or "/0").strip("/") or 0,
                                key_prefix="wegwijzertest")


def test_two_replicas_never_get_the_same_ticket():
    replicas = [store(), store()]
    conversations = [uuid.uuid4().hex for _ in range(40)]
    tickets = {c: [] for c in conversations}
    start = threading.Barrier(8)

    def issue(replica):
        start.wait()
        for conversation in conversations:
            tickets[conversation].append(replica.issue_ticket(conversation))

    threads = [threading.Thread(target=issue, args=(replicas[i % 2],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conversation, issued in tickets.items():
        assert sorted(issued) == list(range(8)), (conversation, issued)
        replicas[0].delete_lock(conversation)


async def test_messages_of_one_conversation_are_served_one_after_the_other():
    replicas = [store(), store()]
    conversation, inside, overlaps = uuid.uuid4().hex, [], []

    async def handle(replica):
        async with replica.lock(conversation, wait_time_in_seconds=0.05):
            if inside:
                overlaps.append(True)
            inside.append(True)
            await asyncio.sleep(0.2)
            inside.pop()

    await asyncio.gather(*(handle(replicas[i % 2]) for i in range(6)))
    assert overlaps == []


def test_the_scaled_endpoints_use_it(monkeypatch):
    url = urlsplit(REDIS)
    monkeypatch.setenv("WEGWIJZER_LOCK_STORE_HOST", url.hostname)
    monkeypatch.setenv("WEGWIJZER_LOCK_STORE_PORT", str(url.port or 6379))
    monkeypatch.setenv("WEGWIJZER_LOCK_STORE_DB", (url.path or "/0").strip("/") or "0")
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    from rasa.core.utils import AvailableEndpoints

    endpoints = AvailableEndpoints.read_endpoints(str(ENDPOINTS_SCALED))
    assert isinstance(endpoints.lock_store, EndpointConfig)
    assert isinstance(LockStore.create(endpoints.lock_store), SerialRedisLockStore)


async def test_a_message_behind_a_replica_that_died_gets_its_turn_when_that_ticket_expires():
    died, alive = store(), store()
    conversation = uuid.uuid4().hex
    died.issue_ticket(conversation, lock_lifetime=1)  # took the lock, then SIGKILL: never cleaned up
    started = asyncio.get_running_loop().time()
    # Rasa's own store loses the waiting ticket too, when both expire, and waits for ever.
    async with alive.lock(conversation, lock_lifetime=1, wait_time_in_seconds=0.1):
        waited = asyncio.get_running_loop().time() - started
    assert 0.8 <= waited <= 3, waited
    assert alive.get_lock(conversation) is None  # cleaned up after the turn
