"""Versions of organisations: every committed change leaves a new, never-changed version row.

How: session events on `knowledge.db.KnowledgeSession`, the session class of every write path
(staff pages, the JSON API, the CLI, the seed); `knowledge.db` installs them, so no write path
can forget it. The Alembic baseline (migration 0003) calls `baseline()` itself.

- `after_flush` notes which organisations a flush touched (the organisation row itself, or
  one of its terms, channels or opening ranges).
- `before_commit` writes, for each touched organisation whose content or deleted state
  differs from its latest version row, a new `organisation_versions` row (the whole record
  as JSON, who, when, what kind of change, which fields). If only child rows changed, the
  organisation's `version` is bumped first, so optimistic locking (the `version` column) sees
  every change. The staff audit log reads these rows; nothing here knows of staff.

Who and why come from `acting_as(...)` (a context variable) or `set_change(session, ...)`.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from .clock import as_utc, utcnow
from .models import ContactChannel, OpeningRange, Organisation, OrganisationTerm, OrganisationVersion
from .records import record_to_mapping
from .store import record_from_model

# Kinds of change, with the Dutch words staff read.
ACTIONS = {
    "create": "aangemaakt",
    "update": "gewijzigd",
    "confirm": "feit bevestigd",
    "delete": "verwijderd",
    "undelete": "teruggezet na verwijderen",
    "revert": "oude versie teruggezet",
    "import": "geïmporteerd",
}
SYSTEM_ACTOR = "systeem"


@dataclass(frozen=True)
class ChangeContext:
    actor: str = SYSTEM_ACTOR
    action: Optional[str] = None  # None: derived (create / update / delete / undelete)
    note: Optional[str] = None


_CONTEXT: ContextVar[ChangeContext] = ContextVar("knowledge_change", default=ChangeContext())
_INFO_KEY = "knowledge_change"
_TOUCHED = "knowledge_history_touched"
_CREATED = "knowledge_history_created"


@contextmanager
def acting_as(actor: str, action: Optional[str] = None, note: Optional[str] = None) -> Iterator[None]:
    """Every change committed inside is recorded as made by `actor`."""
    token = _CONTEXT.set(ChangeContext(actor, action, note))
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def set_change(session: Session, actor: str, action: Optional[str] = None, note: Optional[str] = None) -> None:
    """Who and why for the changes this session commits (wins over `acting_as`)."""
    session.info[_INFO_KEY] = ChangeContext(actor, action, note)


# --- snapshots and diffs ------------------------------------------------------------------------

def snapshot_of(org: Organisation) -> Dict[str, Any]:
    """The organisation as the export mapping, with dates as ISO text (JSON-ready)."""
    return jsonable(record_to_mapping(record_from_model(org)))


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_snapshot(mapping: Dict[str, Any]) -> str:
    return json.dumps(mapping, ensure_ascii=False)


def changed_fields(before: Optional[Dict[str, Any]], after: Dict[str, Any]) -> List[str]:
    before = before or {}
    return [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]


def flatten(value: Any, prefix: str = "") -> Dict[str, Any]:
    """{'channels': [{'value': 'x'}]} -> {'channels[0].value': 'x'}; empty lists stay."""
    if isinstance(value, dict):
        out: Dict[str, Any] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        out = {}
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


@dataclass(frozen=True)
class DiffLine:
    field: str
    old: Any
    new: Any

    @staticmethod
    def show(value: Any) -> str:
        if value is None:
            return "(leeg)"
        if isinstance(value, bool):
            return "ja" if value else "nee"
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) or "(leeg)"
        return str(value)


def diff(before: Optional[Dict[str, Any]], after: Optional[Dict[str, Any]]) -> List[DiffLine]:
    """Field-level differences between two snapshots, in the order of the fields."""
    old, new = flatten(before or {}), flatten(after or {})
    return [DiffLine(key, old.get(key), new.get(key)) for key in dict.fromkeys([*old, *new])
            if old.get(key) != new.get(key)]


# --- reading versions ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Version:
    organisation_id: int
    slug: str
    version: int
    deleted: bool
    action: str
    changed_fields: Tuple[str, ...]
    note: Optional[str]
    actor: str
    created_at: datetime
    snapshot: Dict[str, Any]

    @property
    def action_text(self) -> str:
        return ACTIONS.get(self.action, self.action)


def _version(row: OrganisationVersion) -> Version:
    return Version(
        organisation_id=row.organisation_id, slug=row.slug, version=row.version, deleted=row.deleted,
        action=row.action, changed_fields=tuple(json.loads(row.changed_fields)), note=row.note,
        actor=row.actor, created_at=as_utc(row.created_at), snapshot=json.loads(row.snapshot),
    )


def versions(session: Session, organisation_id: int) -> List[Version]:
    """Every version of one organisation, newest first."""
    rows = session.execute(
        select(OrganisationVersion).where(OrganisationVersion.organisation_id == organisation_id)
        .order_by(OrganisationVersion.version.desc())
    ).scalars()
    return [_version(row) for row in rows]


def get_version(session: Session, organisation_id: int, number: int) -> Optional[Version]:
    row = session.execute(
        select(OrganisationVersion).where(
            OrganisationVersion.organisation_id == organisation_id,
            OrganisationVersion.version == number,
        )
    ).scalar_one_or_none()
    return None if row is None else _version(row)


def latest_rows(session: Session, organisation_ids: Set[int]) -> Dict[int, OrganisationVersion]:
    found: Dict[int, OrganisationVersion] = {}
    ids = sorted(organisation_ids)
    for start in range(0, len(ids), 500):  # under SQLite's parameter limit
        chunk = ids[start:start + 500]
        newest = (
            select(OrganisationVersion.organisation_id, func.max(OrganisationVersion.version).label("v"))
            .where(OrganisationVersion.organisation_id.in_(chunk))
            .group_by(OrganisationVersion.organisation_id).subquery()
        )
        rows = session.execute(
            select(OrganisationVersion).join(
                newest,
                (OrganisationVersion.organisation_id == newest.c.organisation_id)
                & (OrganisationVersion.version == newest.c.v),
            )
        ).scalars()
        found.update({row.organisation_id: row for row in rows})
    return found


# --- writing versions (session events) ------------------------------------------------------------

def _note_touched(session: Session, _context) -> None:
    touched: Set[int] = session.info.setdefault(_TOUCHED, set())
    created: Set[int] = session.info.setdefault(_CREATED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Organisation):
            touched.add(obj.id)
            if obj in session.new:
                created.add(obj.id)
        elif isinstance(obj, (OrganisationTerm, ContactChannel)):
            if obj.organisation_id is not None:
                touched.add(obj.organisation_id)
        elif isinstance(obj, OpeningRange):
            channel = obj.__dict__.get("channel")  # no lazy load inside a flush
            if channel is not None and channel.organisation_id is not None:
                touched.add(channel.organisation_id)


def _write_versions(session: Session) -> None:
    session.flush()  # commit() calls this hook before its own final flush
    if not session.info.get(_TOUCHED):
        return
    touched, created = session.info.pop(_TOUCHED, set()), session.info.pop(_CREATED, set())
    record_versions(session, touched, created)
    session.info.pop(_TOUCHED, None)  # our own version bumps are part of the same change
    session.info.pop(_CREATED, None)


def _forget(session: Session, *_args) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_CREATED, None)
    session.info.pop(_INFO_KEY, None)


def install(session_class: type) -> None:
    """Listen on `session_class` (knowledge.db's KnowledgeSession, the one session every write
    path uses). Idempotent."""
    for name, listener in (("after_flush", _note_touched), ("before_commit", _write_versions),
                           ("after_commit", _forget), ("after_soft_rollback", _forget)):
        if not event.contains(session_class, name, listener):
            event.listen(session_class, name, listener)


def record_versions(session: Session, organisation_ids: Set[int], created: Set[int] = frozenset()) -> int:
    """Write a version row for each organisation whose state differs from
    its latest version row. Returns how many were written."""
    context: ChangeContext = session.info.get(_INFO_KEY) or _CONTEXT.get()
    latest = latest_rows(session, set(organisation_ids) - set(created))
    now = utcnow()
    written = 0
    for org_id in sorted(organisation_ids):
        org = session.get(Organisation, org_id)
        if org is None:  # hard-deleted: its earlier versions stay
            continue
        mapping = snapshot_of(org)
        text, deleted = dump_snapshot(mapping), org.deleted_at is not None
        last = latest.get(org_id)
        if last is not None and last.snapshot == text and last.deleted == deleted:
            continue
        if last is not None and org.version <= last.version:
            flag_modified(org, "name")  # only child rows changed: still a new version
            session.flush()
        before = json.loads(last.snapshot) if last is not None else None
        action = _action(context, last, deleted, org_id in created)
        fields = changed_fields(before, mapping)
        note = context.note if last is not None or org_id in created else "eerdere versie niet bewaard"
        session.add(OrganisationVersion(
            organisation_id=org_id, slug=org.slug, version=org.version, deleted=deleted,
            snapshot=text, action=action, changed_fields=json.dumps(fields), note=note,
            actor=context.actor, created_at=now,
        ))
        written += 1
    if written:
        session.flush()
    return written


def _action(context: ChangeContext, last: Optional[OrganisationVersion], deleted: bool, created: bool) -> str:
    if created:
        return "create"
    if last is None:
        return context.action or "update"
    if deleted and not last.deleted:
        return "delete"
    if last.deleted and not deleted:
        return "undelete"
    return context.action or "update"


def baseline(session: Session) -> int:
    """Version rows for organisations that have none yet (a database from before history)."""
    ids = set(session.execute(select(Organisation.id)).scalars())
    have = set(session.execute(select(OrganisationVersion.organisation_id).distinct()).scalars())
    missing = ids - have
    if not missing:
        return 0
    session.info[_INFO_KEY] = ChangeContext(SYSTEM_ACTOR, None, "bestaande gegevens bij invoering van de geschiedenis")
    return record_versions(session, missing, created=missing)
