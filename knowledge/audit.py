"""The audit log: logins and changes, append-only.

What goes in: who (a staff username, `token:<name>` for the API, `cli (<os user>)`, or
`systeem`), what (`login`, `login.mislukt`, `organisatie.update`, `gebruiker.aangemaakt`, ...),
on what (a slug, a username, a token name) and a short detail. Never a password, a token or
anything a person typed into the chat.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .history import as_utc, utcnow
from .models import AuditEntry

DETAIL_LIMIT = 500


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    target: Optional[str]
    detail: Optional[str]


def record(session: Session, actor: str, action: str, target: Optional[str] = None,
           detail: Optional[str] = None, at: Optional[datetime] = None) -> None:
    session.add(AuditEntry(
        at=at or utcnow(), actor=actor[:120], action=action[:40],
        target=None if target is None else target[:120],
        detail=None if detail is None else detail[:DETAIL_LIMIT],
    ))


def entries(session: Session, *, limit: int = 100, offset: int = 0, action_prefix: Optional[str] = None,
            target: Optional[str] = None) -> List[AuditRow]:
    """Newest first."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix))
    if target:
        query = query.where(AuditEntry.target == target)
    rows = session.execute(query.limit(limit).offset(offset)).scalars()
    return [AuditRow(as_utc(r.at), r.actor, r.action, r.target, r.detail) for r in rows]


def count_since(session: Session, action: str, since: datetime, target: Optional[str] = None) -> int:
    query = select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action == action, AuditEntry.at >= since)
    if target is not None:
        query = query.where(AuditEntry.target == target)
    return session.execute(query).scalar_one()


def latest_since(session: Session, action: str, since: datetime, target: Optional[str] = None):
    """(how many, when the latest) rows of `action` since `since`; (0, None) when none."""
    query = select(func.count(), func.max(AuditEntry.at)).select_from(AuditEntry).where(
        AuditEntry.action == action, AuditEntry.at >= since)
    if target is not None:
        query = query.where(AuditEntry.target == target)
    count, latest = session.execute(query).one()
    return count, latest
