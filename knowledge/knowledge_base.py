"""The facade the Rasa actions use: one object that holds the engine and a snapshot.

Each query first compares the database's change counter with the snapshot's (one tiny
SELECT, at most every `refresh_interval` seconds), reloads the snapshot when it moved, and
then answers from memory. That keeps `find_help` well under a few milliseconds, also for
10,000 organisations, while changes by staff (in any process) show up on the next query.
When the database cannot be read, the last good snapshot keeps answering (fault logged).
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import List, Optional

from sqlalchemy.engine import Engine

from .catalogue import Catalogue, build_catalogue
from .db import make_engine, read_change_counter
from .opening_hours import local_time
from .ranking import DEFAULT_LIMIT, channel_info, national_lines, recommend
from .situation import Recommendation, Situation

logger = logging.getLogger(__name__)


class KnowledgeBase:
    def __init__(self, database_url: Optional[str] = None, *, engine: Optional[Engine] = None,
                 refresh_interval: float = 0.0):
        if engine is None and not database_url:
            raise TypeError("KnowledgeBase needs a database_url or an engine")
        self.engine = engine or make_engine(database_url)
        self.refresh_interval = refresh_interval
        self._catalogue: Optional[Catalogue] = None
        self._checked_at = 0.0
        self._lock = threading.Lock()
        self._failing = False  # the last refresh failed; answers come from the old snapshot

    # --- queries ----------------------------------------------------------------------------

    def find_help(self, situation: Situation, now: Optional[datetime] = None,
                  limit: int = DEFAULT_LIMIT) -> List[Recommendation]:
        """The organisations to contact, best first, with reasons and channels (never raises on
        unknown situation values)."""
        return recommend(situation, self.catalogue(), now=now, limit=limit)

    def national_lines(self, now: Optional[datetime] = None) -> List[Recommendation]:
        """CSG, Veilig Thuis and Slachtofferhulp, for when nothing else is known."""
        return national_lines(self.catalogue(), now=now)

    def organisation(self, slug: str, now: Optional[datetime] = None) -> Optional[Recommendation]:
        """One organisation with its verified channels (no reasons, priority 0), or None."""
        org = self.catalogue().get(slug)
        if org is None:
            return None
        moment = local_time(now)
        return Recommendation(
            slug=org.slug, name=org.name, description=org.description,
            what_to_expect=org.what_to_expect, reasons=(),
            channels=tuple(channel_info(c, moment) for c in org.channels), priority=0,
        )

    # --- snapshot ---------------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        now = time.monotonic()
        current = self._catalogue
        if current is not None and now - self._checked_at < self.refresh_interval:
            return current
        with self._lock:
            try:
                with self.engine.connect() as connection:
                    counter = read_change_counter(connection)
                    if self._catalogue is None or self._catalogue.change_counter != counter:
                        self._catalogue = build_catalogue(connection)
            except Exception as error:
                if self._catalogue is None:
                    raise
                # Unreadable database: keep answering from the last good snapshot. Logged
                # once per outage, by type only (driver messages can quote data).
                if not self._failing:
                    logger.error("knowledge base unreadable, answering from the last good "
                                 "snapshot: %s", type(error).__name__)
                self._failing = True
            else:
                if self._failing:
                    logger.warning("knowledge base readable again")
                self._failing = False
            self._checked_at = now
            return self._catalogue

    def refresh(self) -> None:
        """Reload now, whatever the counter says."""
        with self._lock, self.engine.connect() as connection:
            self._catalogue = build_catalogue(connection)
            self._checked_at = time.monotonic()

    def close(self) -> None:
        self.engine.dispose()
