"""Rasa's Redis lock store, safe for several Rasa replicas.

Two faults of Rasa's RedisLockStore (3.6), both seen in tests/integration/rasa:

- It reads a conversation's ticket lock, changes it and writes it back in separate Redis
  calls. Two replicas that get a message of the same conversation at the same moment can then
  both get ticket 0 and handle the two messages at once; the later save of the tracker drops
  the other's events (RasaHQ/rasa#9213). Here each read-change-write of a lock runs under a
  short Redis lock of its own, so tickets are issued one after the other, across replicas.
- A waiting message's own ticket expires like the holder's. When a replica dies while it
  handles a message, its ticket expires, but the next message's ticket expires with it and
  that message then waits for ever. Here a waiting message keeps its ticket fresh (its place
  in line stays), so only a ticket nobody looks after expires.

Per message it costs four Redis round trips to take a ticket and see the lock, and four to
give it back (Rasa's own takes eleven), and they run in a worker thread: the Redis client is
synchronous, and in the event loop every round trip stopped all other conversations (py-spy
under load: 6 % of a replica's time waiting for Redis).

Only public methods of Rasa's LockStore are overridden.

Configured in bot/endpoints-scaled.yml (`type: bot.rasa_server.lock_store.SerialRedisLockStore`).
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from contextlib import asynccontextmanager, contextmanager
from typing import Any, AsyncIterator, Iterator, Optional, Text, Tuple

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# Reading, changing and writing one ticket lock takes a few milliseconds; a replica that dies
# in between frees it after this many seconds.
GUARD_SECONDS = 2


class SerialRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        # Rasa builds a custom lock store from its endpoint config; its own takes the fields.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    @contextmanager
    def _guard(self, conversation_id: Text) -> Iterator[None]:
        with self.red.lock(f"{self.key_prefix}{conversation_id}:guard", timeout=GUARD_SECONDS,
                           blocking_timeout=GUARD_SECONDS * 2):
            yield

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        ticket, lock = await asyncio.to_thread(self._take_ticket, conversation_id, lock_lifetime)
        try:
            while lock is None or lock.is_locked(ticket):
                await asyncio.sleep(wait_time_in_seconds)
                lock = await asyncio.to_thread(self._keep_in_line, conversation_id, ticket, lock_lifetime)
            yield lock
        finally:
            await asyncio.to_thread(self.cleanup, conversation_id, ticket)

    def _take_ticket(self, conversation_id: Text, lifetime: float) -> Tuple[int, TicketLock]:
        """Issue a ticket and return it with the lock as it was saved: no second read."""
        try:
            with self._guard(conversation_id):
                lock = self.get_or_create_lock(conversation_id)
                ticket = lock.issue_ticket(lifetime)
                self.save_lock(lock)
                return ticket, lock
        except Exception as error:  # as Rasa's issue_ticket; the type only (no conversation id)
            raise LockError(f"Error while acquiring lock: {type(error).__name__}") from None

    def _keep_in_line(self, conversation_id: Text, ticket: int, lifetime: float) -> TicketLock:
        """Drop expired tickets; renew this waiting ticket (back in its place if it expired)."""
        with self._guard(conversation_id):
            lock = self.get_or_create_lock(conversation_id)
            lock.remove_expired_tickets()
            expires = time.time() + lifetime
            others = [t for t in lock.tickets if t.number != ticket]
            lock.tickets = deque(sorted([*others, Ticket(ticket, expires)], key=lambda t: t.number))
            self.save_lock(lock)
            return lock

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._guard(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._guard(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Rasa's finish_serving and is_someone_waiting, with one read instead of two."""
        with self._guard(conversation_id):
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)
