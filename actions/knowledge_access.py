"""One KnowledgeBase per action-server process, opened on first use."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def knowledge_base():
    from bot import settings
    from knowledge import KnowledgeBase

    return KnowledgeBase(settings.database_url())

