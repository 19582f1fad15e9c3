"""The SQL tracker store that reads only what it does not know yet (bot/session_sql_store.py).

On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set (each test in a schema of its
own). Rasa's own SQLTrackerStore reads the same database next to it: what ours stores and
returns must be what Rasa's would. Two instances on one database play two Rasa replicas.
"""
from __future__ import annotations

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from sqlalchemy import event, text

from bot.session_sql_store import SessionSQLTrackerStore, latest_session
from bot.tracker_store import RetentionTrackerStore
from tests.helpers.kb_databases import ScratchDatabase

T0 = 1_800_000_000.0
DOMAIN = Domain.from_dict({
    "intents": ["greet", "thank"],
    "slots": {"turns": {"type": "float", "initial_value": 0, "influence_conversation": False,
                        "mappings": [{"type": "custom"}]}},
    "responses": {"utter_greet": [{"text": "Hoi"}]},
})


class Database(ScratchDatabase):
    """A fresh database with both stores on it: ours and Rasa's own."""

    def ours(self, **options) -> SessionSQLTrackerStore:
        return SessionSQLTrackerStore(DOMAIN, host=self.url, **options)

    def rasas(self) -> SQLTrackerStore:
        return SQLTrackerStore(DOMAIN, host=self.url)

    def rows(self, sender: str) -> int:
        with self.engine.connect() as connection:
            return connection.execute(
                text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar_one()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    chosen = Database(request.param, tmp_path)
    yield chosen
    chosen.drop()


def turn(number: int, at: float) -> list:
    """One message and its answer, as Rasa logs them."""
    return [
        UserUttered(f"bericht {number}", {"name": "greet", "confidence": 1.0}, timestamp=at),
        SlotSet("turns", float(number), timestamp=at),
        ActionExecuted("utter_greet", timestamp=at + 0.1),
        BotUttered(f"antwoord {number}", timestamp=at + 0.1),
        ActionExecuted("action_listen", timestamp=at + 0.2),
    ]


def new_session(at: float) -> list:
    return [ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at),
            ActionExecuted("action_listen", timestamp=at)]


async def say(store, sender: str, number: int, at: float, *, session: bool = False):
    """What Rasa's processor does with a message: retrieve (or create), add events, save."""
    tracker = await store.get_or_create_tracker(sender, append_action_listen=False)
    for item in (new_session(at - 1) if session else []) + turn(number, at):
        tracker.update(item)
    await store.save(tracker)
    return tracker


def texts(tracker) -> list:
    return [e.text for e in tracker.events if isinstance(e, (UserUttered, BotUttered))]


def as_dicts(tracker) -> list:
    return [e.as_dict() for e in tracker.events]


async def test_it_stores_and_returns_what_rasas_own_store_would(database):
    ours, rasas = database.ours(), database.rasas()
    await say(ours, "a", 1, T0, session=True)
    await say(ours, "a", 2, T0 + 10)
    await say(ours, "a", 3, T0 + 3600, session=True)  # a new session: only its events come back
    await say(ours, "a", 4, T0 + 3610)
    mine, theirs = await ours.retrieve("a"), await rasas.retrieve("a")
    assert texts(mine) == ["bericht 3", "antwoord 3", "bericht 4", "antwoord 4"]
    assert as_dicts(mine) == as_dicts(theirs)
    assert mine.get_slot("turns") == 4.0
    full = await rasas.retrieve_full_tracker("a")
    assert texts(full)[:2] == ["bericht 1", "antwoord 1"]
    assert database.rows("a") == len(full.events)  # nothing stored twice


async def test_a_second_replica_continues_and_the_first_sees_its_messages(database):
    first, second = database.ours(), database.ours()
    await say(first, "a", 1, T0, session=True)
    await say(second, "a", 2, T0 + 10)  # after a failover
    await say(first, "a", 3, T0 + 20)  # and back
    expected = ["bericht 1", "antwoord 1", "bericht 2", "antwoord 2", "bericht 3", "antwoord 3"]
    for store in (first, second, database.rasas()):
        assert texts(await store.retrieve("a")) == expected
    assert database.rows("a") == len((await database.rasas().retrieve_full_tracker("a")).events)


async def test_a_conversation_deleted_by_another_replica_is_not_remembered(database):
    first = database.ours()
    other = RetentionTrackerStore(DOMAIN, url=database.url)
    await say(first, "a", 1, T0, session=True)
    assert await first.retrieve("a") is not None
    await other.delete("a")
    assert await first.retrieve("a") is None
    await say(first, "a", 2, T0 + 10, session=True)  # the same sender starts again
    assert texts(await first.retrieve("a")) == ["bericht 2", "antwoord 2"]
    await other.stop_purging()


async def test_events_added_but_never_saved_are_not_returned(database):
    """A message whose handling failed before the save leaves nothing behind."""
    store = database.ours()
    await say(store, "a", 1, T0, session=True)
    tracker = await store.retrieve("a")
    for item in turn(2, T0 + 10):
        tracker.update(item)
    assert texts(await store.retrieve("a")) == ["bericht 1", "antwoord 1"]
    await say(store, "a", 3, T0 + 20)
    assert texts(await store.retrieve("a")) == ["bericht 1", "antwoord 1", "bericht 3", "antwoord 3"]
    assert texts(await database.rasas().retrieve("a")) == texts(await store.retrieve("a"))


async def test_a_tracker_it_did_not_hand_out_is_counted_from_the_database(database):
    """A store that remembers nothing of the conversation (another replica's, or restarted)
    counts what is stored, as Rasa does, and inserts only the rest."""
    await say(database.ours(), "a", 1, T0, session=True)
    elsewhere = await database.rasas().retrieve("a")  # built by someone else, one turn longer
    for item in turn(2, T0 + 10):
        elsewhere.update(item)
    fresh = database.ours()
    statements = []
    event.listen(fresh.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement.split()[0].upper()))
    await fresh.save(elsewhere)
    assert statements[0] == "SELECT"  # counted first
    assert texts(await database.ours().retrieve("a")) == ["bericht 1", "antwoord 1", "bericht 2", "antwoord 2"]
    assert database.rows("a") == len(elsewhere.events)  # nothing stored twice


async def test_it_remembers_a_bounded_number_of_conversations(database):
    store = database.ours(remembered=2)
    for sender in ("a", "b", "c"):
        await say(store, sender, 1, T0, session=True)
    assert store.remembered_conversations == 2
    assert texts(await store.retrieve("a")) == ["bericht 1", "antwoord 1"]  # read again in full


async def test_a_message_costs_one_read_and_one_write(database):
    """The point of this store: no count, no sub-query, no insert per event."""
    store = database.ours()
    await say(store, "a", 1, T0, session=True)
    statements = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement.split()[0].upper()))
    await say(store, "a", 2, T0 + 10)
    if database.schema:  # PostgreSQL inserts the five events in one statement
        assert statements == ["SELECT", "INSERT"]
    else:  # SQLAlchemy 1.4 has no RETURNING for SQLite: one insert per event there
        assert statements == ["SELECT"] + ["INSERT"] * 5


def test_the_latest_session_starts_at_the_last_session_started():
    rows = [(1, "action", T0, "{}"), (2, "session_started", T0 + 1, "{}"), (3, "user", T0 + 2, "{}"),
            (4, "session_started", T0 + 5, "{}"), (5, "user", T0 + 6, "{}")]
    assert [r[0] for r in latest_session(rows)] == [4, 5]
    assert [r[0] for r in latest_session(rows[:1])] == [1]
