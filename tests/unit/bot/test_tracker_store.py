"""Retention and "verwijder mijn gesprek" in the tracker store, on the real Rasa stores.

In memory, on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set (each test in a
schema of its own). The clock is injected: "25 hours later" takes no time. No trained
model is needed: trackers are built from events, as Rasa builds them.
"""
from __future__ import annotations

import asyncio
import os
import uuid

import pytest
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from bot import settings
from bot.tracker_store import FORGET_MARKER, RetentionTrackerStore, asks_to_forget

SKIP_POSTGRES = "TEST_DATABASE_URL is not set: the PostgreSQL variant of this test was skipped"
HOUR = 3600.0
T0 = 1_800_000_000.0  # an ordinary moment in 2027; events carry their own timestamps
DOMAIN = Domain.from_dict({
    "intents": ["greet", "forget_conversation"],
    "slots": {"language": {"type": "categorical", "values": ["nl", "en"], "initial_value": "nl",
                           "influence_conversation": False, "mappings": [{"type": "custom"}]}},
    "responses": {"utter_greet": [{"text": "Hoi"}], FORGET_MARKER: [{"text": "Verwijderd"}]},
})


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def conversation(sender: str, at: float, *, forget: bool = False) -> DialogueStateTracker:
    """A short conversation whose events all happened around `at`."""
    events = [
        ActionExecuted("action_listen", timestamp=at),
        UserUttered("mijn naam is Zwanetje", {"name": "greet", "confidence": 1.0}, timestamp=at + 1),
        SlotSet("language", "nl", timestamp=at + 1),
        ActionExecuted("utter_greet", timestamp=at + 2),
        BotUttered("Hoi", timestamp=at + 2),
        ActionExecuted("action_listen", timestamp=at + 3),
    ]
    if forget:
        events += [
            UserUttered("verwijder mijn gesprek", {"name": "forget_conversation", "confidence": 1.0},
                        timestamp=at + 4),
            ActionExecuted(FORGET_MARKER, timestamp=at + 5),
            BotUttered("Verwijderd", timestamp=at + 5),
            ActionExecuted("action_listen", timestamp=at + 6),
        ]
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)


class Backend:
    """Where the conversations are kept, and how a test looks at it from outside."""

    def __init__(self, kind: str, tmp_path) -> None:
        self.kind = kind
        self.url = None
        self.schema = None
        if kind == "sqlite":
            self.url = f"sqlite:///{tmp_path / 'trackers.sqlite3'}"
        elif kind == "postgresql":
            base = os.environ.get("TEST_DATABASE_URL")
            if not base:
                pytest.skip(SKIP_POSTGRES)
            self.base = base
            self.schema = f"trackers_{uuid.uuid4().hex[:12]}"
            with create_engine(base, future=True).begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
            self.url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{self.schema}"

    def store(self, clock: Clock, **options) -> RetentionTrackerStore:
        """By default the purge loop waits an hour: the test purges when it chooses."""
        options.setdefault("purge_interval_seconds", HOUR)
        return RetentionTrackerStore(DOMAIN, url=self.url, clock=clock, **options)

    def rows(self, sender: str) -> int:
        """Events of `sender` as the database holds them (SQL backends only)."""
        engine = create_engine(self.url, future=True)
        try:
            with engine.connect() as connection:
                return connection.execute(
                    text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}
                ).scalar_one()
        finally:
            engine.dispose()

    def drop(self) -> None:
        if self.schema:
            with create_engine(self.base, future=True).begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def backend(request, tmp_path):
    chosen = Backend(request.param, tmp_path)
    yield chosen
    chosen.drop()


def test_it_wraps_the_store_the_environment_asks_for(tmp_path, monkeypatch):
    monkeypatch.delenv("WEGWIJZER_TRACKER_URL", raising=False)
    monkeypatch.setenv("WEGWIJZER_RETENTION_HOURS", "6")
    in_memory = RetentionTrackerStore(DOMAIN)
    assert isinstance(in_memory.inner, InMemoryTrackerStore)
    assert in_memory.retention_seconds == 6 * HOUR
    monkeypatch.setenv("WEGWIJZER_TRACKER_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    monkeypatch.delenv("WEGWIJZER_RETENTION_HOURS")
    settings.current.cache_clear()  # settings are read once per process: as in a new process
    in_sql = RetentionTrackerStore(DOMAIN)
    assert isinstance(in_sql.inner, SQLTrackerStore)
    assert in_sql.retention_seconds == 24 * HOUR  # the default


async def test_conversations_older_than_the_retention_are_purged_and_newer_ones_kept(backend):
    clock = Clock(T0)
    store = backend.store(clock, retention_hours=24)
    old, recent = "oud-" + uuid.uuid4().hex, "nieuw-" + uuid.uuid4().hex
    await store.save(conversation(old, T0))
    await store.save(conversation(recent, T0 + 20 * HOUR))

    clock.now = T0 + 23 * HOUR  # nothing is older than 24 hours yet
    assert await store.purge_expired() == 0
    assert await store.retrieve(old) is not None

    clock.now = T0 + 25 * HOUR
    assert await store.purge_expired() == 1
    assert await store.retrieve(old) is None
    kept = await store.retrieve(recent)
    assert kept is not None and kept.latest_message.text == "mijn naam is Zwanetje"
    assert set(await store.keys()) == {recent}
    if backend.url:
        assert backend.rows(old) == 0
        assert backend.rows(recent) > 0
    await store.stop_purging()


async def test_a_conversation_that_goes_on_is_kept_from_its_last_message(backend):
    clock = Clock(T0 + 30 * HOUR)
    store = backend.store(clock, retention_hours=24)
    sender = uuid.uuid4().hex
    tracker = conversation(sender, T0)
    await store.save(tracker)
    tracker.update(UserUttered("nog een vraag", {"name": "greet", "confidence": 1.0}, timestamp=T0 + 10 * HOUR))
    await store.save(tracker)
    assert await store.purge_expired() == 0  # last message 20 hours ago
    clock.now = T0 + 35 * HOUR
    assert await store.purge_expired() == 1
    await store.stop_purging()


async def test_the_purge_loop_runs_by_itself_in_the_running_event_loop(backend):
    clock = Clock(T0)
    store = backend.store(clock, retention_hours=1, purge_interval_seconds=0.05)
    sender = uuid.uuid4().hex
    await store.save(conversation(sender, T0))  # first use starts the loop
    assert await store.retrieve(sender) is not None
    clock.now = T0 + 2 * HOUR
    for _ in range(100):
        await asyncio.sleep(0.05)
        if await store.retrieve(sender) is None:
            break
    assert await store.retrieve(sender) is None, "the loop did not purge the old conversation"
    if backend.url:
        assert backend.rows(sender) == 0
    await store.stop_purging()


async def test_the_confirmed_forget_request_deletes_the_whole_conversation_at_once(backend):
    store = backend.store(Clock(T0))
    sender, other = uuid.uuid4().hex, uuid.uuid4().hex
    await store.save(conversation(sender, T0))
    await store.save(conversation(other, T0))
    if backend.url:
        assert backend.rows(sender) > 0
    await store.save(conversation(sender, T0, forget=True))
    assert await store.retrieve(sender) is None
    assert await store.retrieve_full_tracker(sender) is None
    assert await store.retrieve(other) is not None
    if backend.url:
        assert backend.rows(sender) == 0
    await store.stop_purging()


async def test_after_forgetting_the_same_sender_starts_an_empty_conversation(backend):
    store = backend.store(Clock(T0))
    sender = uuid.uuid4().hex
    await store.save(conversation(sender, T0, forget=True))
    fresh = await store.get_or_create_tracker(sender)
    assert [e for e in fresh.events if isinstance(e, UserUttered)] == []
    await store.stop_purging()


def test_only_a_confirmation_since_the_last_message_counts():
    forgotten = conversation("a", T0, forget=True)
    assert asks_to_forget(forgotten)
    forgotten.update(UserUttered("hallo", {"name": "greet", "confidence": 1.0}))
    assert not asks_to_forget(forgotten)
    assert not asks_to_forget(conversation("b", T0))


async def test_in_memory_the_least_recently_active_conversation_goes_past_the_cap():
    store = RetentionTrackerStore(DOMAIN, url=None, max_conversations=3, clock=lambda: 1000.0)
    try:
        for sender in ("a", "b", "c"):
            await store.save(conversation(sender, at=900.0))
        await store.save(conversation("a", at=950.0))  # "a" talks again: now "b" is the oldest
        await store.save(conversation("d", at=960.0))
        assert sorted(await store.keys()) == ["a", "c", "d"]
        assert await store.retrieve("b") is None
    finally:
        await store.stop_purging()


def test_retention_and_interval_must_be_positive():
    with pytest.raises(ValueError):
        RetentionTrackerStore(DOMAIN, retention_hours=0)
    with pytest.raises(ValueError):
        RetentionTrackerStore(DOMAIN, purge_interval_seconds=-1)
    with pytest.raises(ValueError):
        RetentionTrackerStore(DOMAIN, max_conversations=0)


async def test_on_postgresql_one_replica_purges_at_a_time(tmp_path):
    """Several Rasa replicas share one PostgreSQL store: while one purges (holding the purge
    lock), another skips instead of deleting the same rows; afterwards it purges."""
    from bot.tracker_store import PURGE_LOCK_KEY

    chosen = Backend("postgresql", tmp_path)
    try:
        clock = Clock(T0 + 25 * HOUR)
        first, second = chosen.store(clock), chosen.store(clock)
        await first.save(conversation("oud", T0))
        engine = create_engine(chosen.url, future=True)
        with engine.connect() as other_replica:
            with other_replica.begin():
                other_replica.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PURGE_LOCK_KEY})
                assert await second.purge_expired() == 0
                assert chosen.rows("oud") > 0
        assert await second.purge_expired() == 1
        assert chosen.rows("oud") == 0
        engine.dispose()
        for store in (first, second):
            await store.stop_purging()
    finally:
        chosen.drop()
