"""The audit log: logins and changes, append-only.

What goes in: who (a staff username, `token:<name>` for the API, `cli (<os user>)`, or
`systeem`), what (`login`, `login.mislukt`, `gebruiker.aangemaakt`, `token.ingetrokken`, ...),
on what (a username, a token name) and a short detail. Never a password, a token or anything
a person typed into the chat. Every row goes through `record`, which keeps the length caps.

Changes to organisations (`organisatie.update`, ...) are not written twice: `entries` reads
them from the knowledge base's own version rows (`organisation_versions`), which every write
path leaves, and merges them in by time.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.clock import as_utc, utcnow
from knowledge.models import OrganisationVersion

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


ORGANISATION = "organisatie."


def entries(session: Session, *, limit: int = 100, offset: int = 0, action_prefix: Optional[str] = None,
            target: Optional[str] = None) -> List[AuditRow]:
    """Newest first: audit rows and organisation versions, merged by time."""
    wanted = limit + offset
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix))
    if target:
        query = query.where(AuditEntry.target == target)
    rows = [AuditRow(as_utc(r.at), r.actor, r.action, r.target, r.detail)
            for r in session.execute(query.limit(wanted)).scalars()]
    rows += _organisation_changes(session, wanted, action_prefix, target)
    rows.sort(key=lambda row: row.at, reverse=True)  # stable: ties keep each source's order
    return rows[offset:offset + limit]


def _organisation_changes(session: Session, wanted: int, action_prefix: Optional[str],
                          target: Optional[str]) -> List[AuditRow]:
    kind = None
    if action_prefix:
        if action_prefix.startswith(ORGANISATION):
            kind = action_prefix[len(ORGANISATION):]
        elif not ORGANISATION.startswith(action_prefix):
            return []
    query = select(OrganisationVersion).order_by(OrganisationVersion.created_at.desc(),
                                                 OrganisationVersion.id.desc())
    if kind:
        query = query.where(OrganisationVersion.action.startswith(kind))
    if target:
        query = query.where(OrganisationVersion.slug == target)
    return [AuditRow(as_utc(v.created_at), v.actor, ORGANISATION + v.action, v.slug, _version_detail(v))
            for v in session.execute(query.limit(wanted)).scalars()]


def _version_detail(version: OrganisationVersion) -> str:
    fields = json.loads(version.changed_fields or "[]")
    shown = f": {', '.join(fields)}" if fields and version.action != "create" else ""
    return f"versie {version.version}{shown}"[:DETAIL_LIMIT]


def latest_since(session: Session, action: str, since: datetime, target: Optional[str] = None):
    """(how many, when the latest) rows of `action` since `since`; (0, None) when none."""
    query = select(func.count(), func.max(AuditEntry.at)).select_from(AuditEntry).where(
        AuditEntry.action == action, AuditEntry.at >= since)
    if target is not None:
        query = query.where(AuditEntry.target == target)
    count, latest = session.execute(query).one()
    return count, latest
