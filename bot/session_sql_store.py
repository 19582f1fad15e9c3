"""Rasa's SQL tracker store, without the cost it pays on every message.

Measured with py-spy on one Rasa replica on PostgreSQL under load (bench/replicas.py): a
quarter of Rasa's time went to `SQLTrackerStore`. For each message it runs an ORM query with a
sub-query for the session start, a count with the same sub-query before saving, and one ORM
insert per new event, all blocking the event loop while PostgreSQL answers.

This store keeps Rasa's table, rows and meaning (events of the latest session, in id order),
and so stays readable by Rasa's own store. It differs in how it gets there:

- Each replica remembers the stored rows of the current session of the conversations it
  served recently (a bounded LRU). A retrieve then asks only for rows from the last one it
  knows: `id >= last_id`. When that row is gone (deleted or purged, perhaps by another
  replica) it reads the whole conversation again. Rows another replica added meanwhile (after
  a failover) come with the answer. Messages of one conversation are handled one at a time
  (the lock store), so rows of one conversation are written in id order.
- Saving knows how many of the tracker's events are stored, so it inserts the new ones in
  one statement, without a count first. A tracker whose stored prefix does not match is
  counted from the database, as Rasa does.
- The database work runs in a worker thread, so the event loop serves other conversations
  while PostgreSQL answers.

What is remembered holds what people wrote, in memory only, and only as long as the
conversation is in the database: `forget()` drops it when the conversation is deleted.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Text, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

SESSION_STARTED = SessionStarted.type_name
DEFAULT_REMEMBERED = 2000

# (id, type_name, timestamp, data) as stored by Rasa's SQLTrackerStore.
Row = Tuple[int, str, Optional[float], str]

_ROWS_FROM = sa.text(
    "SELECT id, type_name, timestamp, data FROM events "
    "WHERE sender_id = :sender AND id >= :first ORDER BY id"
)
_ALL_ROWS = sa.text(
    "SELECT id, type_name, timestamp, data FROM events WHERE sender_id = :sender ORDER BY id"
)


@dataclass
class _Remembered:
    rows: List[Row] = field(default_factory=list)  # stored rows of the latest session
    stored: int = 0  # how many events of the tracker last handed out or saved are stored
    marker: Optional[Tuple[str, Optional[float]]] = None  # (type, timestamp) of the last of those

    @property
    def last_id(self) -> Optional[int]:
        return self.rows[-1][0] if self.rows else None


def latest_session(rows: Sequence[Row]) -> List[Row]:
    """Rows of the latest session, as Rasa selects them: from the timestamp of the last
    `session_started` on (all rows when there is none)."""
    starts = [row[2] for row in rows if row[1] == SESSION_STARTED and row[2] is not None]
    if not starts:
        return list(rows)
    start = max(starts)
    return [row for row in rows if row[2] is not None and row[2] >= start]


def _marker(event: Event) -> Tuple[str, Optional[float]]:
    return event.type_name, event.timestamp


class SessionSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, remembered: int = DEFAULT_REMEMBERED, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if remembered <= 0:
            raise ValueError("remembered must be positive")
        self.remembered = remembered
        self._known: "OrderedDict[str, _Remembered]" = OrderedDict()

    # --- reading ------------------------------------------------------------------------

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if not self.domain:  # as Rasa's store: no tracker without a domain
            return None
        known = self._known.get(sender_id)
        last_id = known.last_id if known else None
        rows = await asyncio.to_thread(self._read_rows, sender_id, last_id)
        if last_id is not None and rows and rows[0][0] == last_id:
            rows = latest_session(known.rows + rows[1:])
        elif last_id is not None:  # the row we knew is gone: read the conversation again
            rows = latest_session(await asyncio.to_thread(self._read_rows, sender_id, None))
        else:
            rows = latest_session(rows)
        if not rows:  # a new conversation: its first save inserts everything
            self._remember(sender_id, _Remembered())
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row[3]) for row in rows],
                                                 self.domain.slots)
        self._remember(sender_id, _Remembered(rows, len(rows), (rows[-1][1], rows[-1][2])))
        return tracker

    def _read_rows(self, sender_id: str, first_id: Optional[int]) -> List[Row]:
        with self.engine.connect() as connection:
            if first_id is None:
                result = connection.execute(_ALL_ROWS, {"sender": sender_id})
            else:
                result = connection.execute(_ROWS_FROM, {"sender": sender_id, "first": first_id})
            return [(row[0], row[1], row[2], row[3]) for row in result]

    # --- writing ------------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        known = self._known.get(sender_id)
        events = list(tracker.events)
        stored = known.stored if known and self._is_stored_prefix(known, events) else None
        new_rows = await asyncio.to_thread(self._insert_new, sender_id, events, stored)
        if stored is None:
            rows = latest_session(await asyncio.to_thread(self._read_rows, sender_id, None))
        else:
            rows = latest_session(known.rows + new_rows)
        marker = _marker(events[-1]) if events else None
        self._remember(sender_id, _Remembered(rows, len(events), marker))

    @staticmethod
    def _is_stored_prefix(known: _Remembered, events: List[Event]) -> bool:
        if known.stored == 0:
            return known.marker is None
        return known.stored <= len(events) and _marker(events[known.stored - 1]) == known.marker

    def _insert_new(self, sender_id: str, events: List[Event], stored: Optional[int]) -> List[Row]:
        with self.engine.begin() as connection:
            if stored is None:  # not one we handed out: count as Rasa does
                stored = len(latest_session(_rows(connection.execute(_ALL_ROWS, {"sender": sender_id}))))
            values = [_values(sender_id, event) for event in events[stored:]]
            if not values:
                return []
            table = self.SQLEvent.__table__
            if connection.dialect.full_returning:  # PostgreSQL: one statement
                ids = sorted(row[0] for row in connection.execute(table.insert().values(values).returning(table.c.id)))
            else:  # SQLite under SQLAlchemy 1.4: one by one
                ids = [connection.execute(table.insert().values(value)).inserted_primary_key[0]
                       for value in values]
        return [(ident, value["type_name"], value["timestamp"], value["data"])
                for ident, value in zip(ids, values)]

    # --- memory -------------------------------------------------------------------------

    def _remember(self, sender_id: str, known: _Remembered) -> None:
        self._known[sender_id] = known
        self._known.move_to_end(sender_id)
        while len(self._known) > self.remembered:
            self._known.popitem(last=False)

    def forget(self, sender_id: str) -> None:
        """The conversation was deleted: drop what this replica remembers of it."""
        self._known.pop(sender_id, None)

    @property
    def remembered_conversations(self) -> int:
        return len(self._known)


def _rows(result) -> List[Row]:
    return [(row[0], row[1], row[2], row[3]) for row in result]


def _values(sender_id: str, event: Event) -> dict:
    """A row as Rasa's SQLTrackerStore.save writes it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
