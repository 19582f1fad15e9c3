"""Wegwijzer's knowledge base of help, report and support points. Knows nothing of Rasa.

    from knowledge import KnowledgeBase, Situation, find_help

    kb = KnowledgeBase("sqlite:///var/knowledge.sqlite3")   # the chatbot passes bot.settings.database_url()
    for rec in kb.find_help(Situation(role="slachtoffer", incident="verkrachting", days_since=2)):
        print(rec.priority, rec.name, rec.reasons, [c.value for c in rec.channels])
"""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from sqlalchemy.orm import Session

from .catalogue import build_catalogue
from .knowledge_base import KnowledgeBase
from .ranking import DEFAULT_LIMIT, recommend
from .situation import ChannelInfo, Recommendation, Situation

__all__ = ["ChannelInfo", "KnowledgeBase", "Recommendation", "Situation", "find_help"]

def find_help(
    situation: Situation,
    *,
    now: Optional[datetime] = None,
    limit: int = DEFAULT_LIMIT,
    session: Optional[Session] = None,
    kb: Optional[KnowledgeBase] = None,
) -> List[Recommendation]:
    """Who to contact for this situation, best first.

    Uses `kb` when given; otherwise reads through `session` (uncached, for callers inside a
    transaction).
    """
    if kb is not None:
        return kb.find_help(situation, now=now, limit=limit)
    if session is not None:
        return recommend(situation, build_catalogue(session.connection()), now=now, limit=limit)
    raise TypeError("find_help needs a KnowledgeBase (kb=) or a session (session=)")
