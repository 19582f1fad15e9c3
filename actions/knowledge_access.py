"""One KnowledgeBase per action-server process, opened on first use."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def knowledge_base():
    from knowledge import KnowledgeBase

    return KnowledgeBase()


def local_now():
    """The current time in Europe/Amsterdam: opening hours are wall-clock times there."""
    from knowledge.opening_hours import local_time

    return local_time()
