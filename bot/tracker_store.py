"""Conversations are kept only as long as needed, and deleted at once on request.

`RetentionTrackerStore` wraps Rasa's own `InMemoryTrackerStore` by default, or, when
WEGWIJZER_TRACKER_URL is set (sqlite:///..., postgresql://...), a `SQLTrackerStore` that
reads only what it does not know yet (bot/session_sql_store.py).
Configured in bot/endpoints.yml as `type: bot.tracker_store.RetentionTrackerStore`.

- Retention: a conversation whose last event is older than WEGWIJZER_RETENTION_HOURS
  (default 24) is purged by a loop inside the Rasa process, every
  WEGWIJZER_PURGE_INTERVAL_SECONDS (default 300). The loop starts on first use, in the
  event loop Rasa runs in.
- Memory: the in-memory store keeps at most WEGWIJZER_MAX_CONVERSATIONS (default 2000)
  conversations; past that, the one whose last message is oldest goes first. Each holds
  ~5 KB per message, so without a cap memory would grow with every conversation for a whole
  retention period (the soak benchmark showed it). For more, use an SQL store.
- "Verwijder mijn gesprek": when the bot has just confirmed the deletion (action
  `FORGET_MARKER`, the response of the forget_conversation rule), the store deletes the
  conversation instead of saving it. What the bot says and what happens cannot differ, and
  it works without the action server.

Logs hold counts only, never a sender id.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Text

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import settings
from bot.session_sql_store import SessionSQLTrackerStore

logger = logging.getLogger(__name__)

FORGET_MARKER = "utter_conversation_forgotten"
_DELETE_CHUNK = 500
# pg_try_advisory_xact_lock key of the purge job ("wegwijzer purge" as a number): one replica
# purges at a time.
PURGE_LOCK_KEY = 0x77777A7075726765


class TrackerStoreUnavailable(Exception):
    """The wrapped store failed; carries the error type only (SQL errors quote parameters,
    and those hold what people wrote)."""


def asks_to_forget(tracker: DialogueStateTracker) -> bool:
    """True when, since the person's last message, the bot confirmed the deletion."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == FORGET_MARKER:
            return True
    return False


def last_activity(tracker: DialogueStateTracker) -> Optional[float]:
    """Time of the latest event (events are appended in time order)."""
    return tracker.events[-1].timestamp if tracker.events else None


class RetentionTrackerStore(TrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Any = None,
        *,
        url: Optional[str] = None,
        retention_hours: Optional[float] = None,
        purge_interval_seconds: Optional[float] = None,
        clock: Callable[[], float] = time.time,
        max_conversations: Optional[int] = None,
        **kwargs: Any,
    ) -> None:
        read = settings.current()
        url = url or read.tracker_url
        self.max_conversations = int(
            max_conversations if max_conversations is not None else read.max_conversations
        )
        if self.max_conversations <= 0:
            raise ValueError("the maximum of conversations must be positive")
        if url:
            self._inner: TrackerStore = SessionSQLTrackerStore(
                domain, host=url, event_broker=event_broker, remembered=self.max_conversations)
        else:
            self._inner = InMemoryTrackerStore(domain, event_broker)
        super().__init__(domain, event_broker)
        self.retention_seconds = 3600.0 * (
            retention_hours if retention_hours is not None else read.retention_hours
        )
        self.purge_interval_seconds = (
            purge_interval_seconds if purge_interval_seconds is not None else read.purge_interval_seconds
        )
        if self.retention_seconds <= 0 or self.purge_interval_seconds <= 0:
            raise ValueError("retention and purge interval must be positive")
        self._dropped_for_memory = 0
        self._clock = clock
        self._last_seen: Dict[str, float] = {}  # in-memory store only; SQL has timestamps
        self._purge_task: Optional[asyncio.Task] = None
        logger.info(
            "conversations kept %.4g hours after the last message (%s), purged every %.0f s",
            self.retention_seconds / 3600, type(self._inner).__name__, self.purge_interval_seconds,
        )

    # --- Rasa's TrackerStore interface, delegated --------------------------------------

    @property
    def domain(self) -> Domain:
        return self._inner.domain

    @domain.setter
    def domain(self, domain: Optional[Domain]) -> None:
        # TrackerStore.__init__ assigns before _inner may exist on odd call orders.
        if "_inner" in self.__dict__:
            self._inner.domain = domain

    @property
    def inner(self) -> TrackerStore:
        return self._inner

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._ensure_purging()
        if asks_to_forget(tracker):
            await self.delete(tracker.sender_id)
            logger.info("conversation deleted at the person's request")
            return
        try:
            await self._inner.save(tracker)
        except Exception as error:
            raise TrackerStoreUnavailable(type(error).__name__) from None
        if isinstance(self._inner, InMemoryTrackerStore):
            seen = last_activity(tracker)
            if seen is not None:
                self._last_seen[tracker.sender_id] = seen
            self._keep_within_memory_cap(tracker.sender_id)

    def _keep_within_memory_cap(self, sender_id: str) -> None:
        """The store's dict is kept in order of last save, so the oldest come first."""
        store = self._inner.store
        store[sender_id] = store.pop(sender_id)
        while len(store) > self.max_conversations:
            oldest = next(iter(store))
            del store[oldest]
            self._last_seen.pop(oldest, None)
            self._dropped_for_memory += 1

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._ensure_purging()
        return await self._guarded(self._inner.retrieve(sender_id))

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        self._ensure_purging()
        return await self._guarded(self._inner.retrieve_full_tracker(conversation_id))

    async def keys(self) -> Iterable[Text]:
        return await self._guarded(self._inner.keys())

    async def exists(self, conversation_id: Text) -> bool:
        return await self._guarded(self._inner.exists(conversation_id))

    @staticmethod
    async def _guarded(call):
        try:
            return await call
        except Exception as error:
            raise TrackerStoreUnavailable(type(error).__name__) from None

    # --- deletion -----------------------------------------------------------------------

    async def delete(self, sender_id: Text) -> None:
        """Remove every session of this conversation, now."""
        self._last_seen.pop(sender_id, None)
        await self._delete_many([sender_id])

    async def purge_expired(self) -> int:
        """Delete conversations without activity for longer than the retention; returns how many."""
        cutoff = self._clock() - self.retention_seconds
        if isinstance(self._inner, SessionSQLTrackerStore):
            stale = await asyncio.get_running_loop().run_in_executor(None, self._purge_sql, cutoff)
            for sender_id in stale:
                self._inner.forget(sender_id)
            purged = len(stale)
        else:
            stale = self._stale_in_memory(cutoff)
            for sender_id in stale:
                self._last_seen.pop(sender_id, None)
            await self._delete_many(stale)
            purged = len(stale)
        if purged:
            logger.info("purged %d conversations older than the retention period", purged)
        return purged

    async def _delete_many(self, sender_ids: List[str]) -> None:
        inner = self._inner
        if isinstance(inner, InMemoryTrackerStore):
            for sender_id in sender_ids:
                inner.store.pop(sender_id, None)
        elif isinstance(inner, SessionSQLTrackerStore):
            await asyncio.get_running_loop().run_in_executor(None, self._delete_sql, sender_ids)
            for sender_id in sender_ids:
                inner.forget(sender_id)
        else:  # pragma: no cover - only the two stores above are ever built here
            raise TypeError(f"cannot delete from {type(inner).__name__}")

    def _stale_in_memory(self, cutoff: float) -> List[str]:
        stale = []
        for sender_id, serialised in list(self._inner.store.items()):
            seen = self._last_seen.get(sender_id)
            if seen is None:  # stored by someone else: read it from the events
                seen = _last_timestamp(serialised)
                self._last_seen[sender_id] = seen
            if seen < cutoff:
                stale.append(sender_id)
        return stale

    def _purge_sql(self, cutoff: float) -> List[str]:
        """Find and delete in one transaction. On PostgreSQL, several Rasa replicas share the
        store: a transaction-scoped advisory lock lets one of them purge, the others skip."""
        import sqlalchemy as sa

        event = SQLTrackerStore.SQLEvent
        query = (
            sa.select(event.sender_id)
            .group_by(event.sender_id)
            .having(sa.func.coalesce(sa.func.max(event.timestamp), 0.0) < cutoff)
        )
        with self._inner.session_scope() as session:
            if session.get_bind().dialect.name == "postgresql":
                taken = session.execute(sa.select(sa.func.pg_try_advisory_xact_lock(PURGE_LOCK_KEY))).scalar()
                if not taken:
                    logger.info("another replica is purging; skipped")
                    return []
            stale = [row[0] for row in session.execute(query)]
            for start in range(0, len(stale), _DELETE_CHUNK):
                chunk = stale[start:start + _DELETE_CHUNK]
                session.execute(sa.delete(event).where(event.sender_id.in_(chunk)))
            session.commit()
        return stale

    def _delete_sql(self, sender_ids: List[str]) -> None:
        import sqlalchemy as sa

        event = SQLTrackerStore.SQLEvent
        with self._inner.session_scope() as session:
            for start in range(0, len(sender_ids), _DELETE_CHUNK):
                chunk = sender_ids[start:start + _DELETE_CHUNK]
                session.execute(sa.delete(event).where(event.sender_id.in_(chunk)))
            session.commit()

    # --- the purge loop -----------------------------------------------------------------

    def _ensure_purging(self) -> None:
        """Start the purge loop in the running event loop, once (again after a loop change)."""
        task = self._purge_task
        loop = asyncio.get_running_loop()
        if task is not None and not task.done() and task.get_loop() is loop:
            return
        self._purge_task = loop.create_task(self._purge_forever(), name="wegwijzer-purge")

    async def _purge_forever(self) -> None:
        while True:
            await asyncio.sleep(self.purge_interval_seconds)
            if self._dropped_for_memory:
                logger.info("dropped %d conversations over the memory cap of %d",
                            self._dropped_for_memory, self.max_conversations)
                self._dropped_for_memory = 0
            try:
                await self.purge_expired()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # keep purging later; the type only in the log
                logger.warning("purging old conversations failed: %s", type(error).__name__)

    async def stop_purging(self) -> None:
        task, self._purge_task = self._purge_task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass


def _last_timestamp(serialised: str) -> float:
    try:
        events = json.loads(serialised).get("events") or []
        return max(float(e.get("timestamp") or 0.0) for e in events) if events else 0.0
    except (ValueError, TypeError, AttributeError):
        return 0.0  # unreadable: treat as old, so it does not stay forever
