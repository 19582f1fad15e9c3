"""Which Rasa replica serves a conversation: the same one every time (rendezvous hashing, a
form of consistent hashing), so one conversation never runs on two replicas at once; Rasa's
open-source lock store has a race when two instances handle one conversation (RasaHQ/rasa#9213).

When a replica refuses connections it is set aside for a while and its conversations go to the
next replica in their own order; the conversation goes on from the shared tracker store. Only
that replica's conversations move, and they come back when it answers again.
"""
from __future__ import annotations

import hashlib
import time
from typing import Callable, Dict, List, Sequence

SET_ASIDE_SECONDS = 5.0


class Replicas:
    def __init__(self, urls: Sequence[str], clock: Callable[[], float] = time.monotonic) -> None:
        if not urls:
            raise ValueError("at least one Rasa URL")
        self.urls = tuple(dict.fromkeys(u.rstrip("/") for u in urls))
        self._clock = clock
        self._down_until: Dict[str, float] = {}

    def order_for(self, conversation: str) -> List[str]:
        """Every replica, the one for this conversation first; replicas set aside go last."""
        ranked = sorted(self.urls, key=lambda url: _weight(conversation, url), reverse=True)
        now = self._clock()
        return sorted(ranked, key=lambda url: self._down_until.get(url, 0.0) > now)  # stable

    def set_aside(self, url: str) -> None:
        self._down_until[url] = self._clock() + SET_ASIDE_SECONDS

    def answered(self, url: str) -> None:
        self._down_until.pop(url, None)


def _weight(conversation: str, url: str) -> int:
    digest = hashlib.blake2b(f"{url}\n{conversation}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")
