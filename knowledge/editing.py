"""What staff do to organisations, for the staff pages, the JSON API and the CLI alike.

Every change names who makes it and the version it was based on. If the organisation moved
on since (someone else saved first), nothing is written: `Conflict` carries the current
version and what the other person changed, so it can be shown. The database enforces the
same check (`version_id_col`), so two saves at the same moment cannot both win.
Every committed change leaves a version row (knowledge.history); nothing is lost.
"""
from __future__ import annotations

import copy
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from . import clock, history, seed_io
from . import vocabulary as vocab
from .db import session_scope
from .models import ContactChannel, Organisation, OrganisationTerm
from .records import OrganisationRecord, record_from_mapping, record_to_mapping
from .store import apply_record, organisations_by_slug, record_from_model
from .validation import Problem, ValidationFailed, check_organisation


class NotFound(LookupError):
    pass


class Refused(ValueError):
    """The change does not make sense now (a Dutch message for staff)."""


@dataclass
class Conflict(Exception):
    """Someone else saved first. `changes` is what they changed since `base_version`."""

    slug: str
    base_version: Optional[int]
    current_version: int
    changes: List[history.DiffLine] = field(default_factory=list)
    by: List[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.slug}: iemand anders heeft intussen opgeslagen (jouw versie {self.base_version}, "
                f"nu versie {self.current_version})")


@dataclass(frozen=True)
class Current:
    """One organisation as staff see it."""

    id: int
    slug: str
    version: int
    deleted: bool
    mapping: Dict[str, Any]  # JSON-ready export mapping


@dataclass(frozen=True)
class Summary:
    slug: str
    name: str
    version: int
    deleted: bool
    coverage: str
    unverified: int


# --- reading -------------------------------------------------------------------------------------

def _load(session: Session, slug: str) -> Organisation:
    org = organisations_by_slug(session, [slug]).get(slug)
    if org is None:
        raise NotFound(slug)
    return org


def current(session: Session, slug: str) -> Current:
    org = _load(session, slug)
    return Current(org.id, org.slug, org.version, org.deleted_at is not None, history.snapshot_of(org))


def search(session: Session, text: str = "", *, deleted: bool = False, limit: int = 500) -> List[Summary]:
    """Organisations whose name, slug, municipality or contact value contains `text`."""
    query = (
        select(Organisation)
        .options(selectinload(Organisation.channels))
        .where(Organisation.deleted_at.isnot(None) if deleted else Organisation.deleted_at.is_(None))
        .order_by(Organisation.name)
    )
    text = (text or "").strip()
    if text:
        like = f"%{_escape_like(text)}%"
        query = query.where(or_(
            Organisation.name.ilike(like, escape="\\"),
            Organisation.slug.ilike(like, escape="\\"),
            Organisation.channels.any(ContactChannel.value.ilike(like, escape="\\")),
            Organisation.terms.any((OrganisationTerm.facet == "municipalities")
                                   & OrganisationTerm.value.ilike(like, escape="\\")),
        ))
    rows = session.execute(query.limit(limit)).scalars()
    return [
        Summary(org.slug, org.name, org.version, org.deleted_at is not None, org.coverage,
                sum(1 for c in org.channels if c.status == vocab.UNVERIFIED or c.hours_status == vocab.UNVERIFIED)
                + (1 if org.age_status == vocab.UNVERIFIED else 0))
        for org in rows
    ]


def _escape_like(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


# --- changing ------------------------------------------------------------------------------------

def validated_record(mapping: Dict[str, Any], slug: Optional[str] = None) -> OrganisationRecord:
    """Raises ValidationFailed (Dutch messages naming each field)."""
    problems = check_organisation(mapping, slug or str(mapping.get("slug") or "(nieuw)"))
    if slug is not None and mapping.get("slug") != slug:
        problems.append(Problem(slug, "slug", "de slug kan niet veranderen"))
    if problems:
        raise ValidationFailed(problems)
    return record_from_mapping(mapping)


def save(engine: Engine, slug: str, mapping: Dict[str, Any], *, base_version: int, actor: str,
         action: Optional[str] = None, note: Optional[str] = None) -> int:
    """Replace the organisation's facts with `mapping`. Returns the new version (the same one
    when nothing changed). Raises ValidationFailed, NotFound, Refused or Conflict."""
    record = validated_record(mapping, slug)
    return _write(engine, slug, base_version, actor, action, note, lambda s, org: _apply(s, org, record))


def create(engine: Engine, mapping: Dict[str, Any], *, actor: str) -> int:
    record = validated_record(mapping)
    try:
        with session_scope(engine) as session:
            if organisations_by_slug(session, [record.slug]):
                raise Refused(f"Er is al een organisatie met de slug {record.slug!r} (misschien verwijderd).")
            history.set_change(session, actor)
            org = apply_record(session, record, None)
            session.flush()
            return org.version
    except IntegrityError as error:
        raise Refused(f"Er is al een organisatie met de slug {record.slug!r}.") from error


def soft_delete(engine: Engine, slug: str, *, base_version: int, actor: str) -> int:
    def change(session: Session, org: Organisation) -> None:
        org.deleted_at = clock.utcnow()

    return _write(engine, slug, base_version, actor, None, None, change, allow_deleted=False)


def undelete(engine: Engine, slug: str, *, base_version: int, actor: str) -> int:
    def change(session: Session, org: Organisation) -> None:
        if org.deleted_at is None:
            raise Refused("Deze organisatie is niet verwijderd.")
        org.deleted_at = None

    return _write(engine, slug, base_version, actor, None, None, change, allow_deleted=True)


def revert(engine: Engine, slug: str, to_version: int, *, base_version: int, actor: str) -> int:
    """Make the content of `to_version` current again, as a new version."""
    with session_scope(engine) as session:
        org_id = _load(session, slug).id
        old = history.get_version(session, org_id, to_version)
    if old is None:
        raise NotFound(f"{slug} versie {to_version}")
    record = validated_record(copy.deepcopy(old.snapshot), slug)
    return _write(engine, slug, base_version, actor, "revert", f"inhoud van versie {to_version}",
                  lambda s, org: _apply(s, org, record))


FACT_PATH = re.compile(r"^(age|channels\[(\d+)\](\.hours)?|claims\.(description|what_to_expect|anonymous|free))$")


def confirm_fact(engine: Engine, slug: str, fact_field: str, *, status: str, source: str,
                 verified_on: date, base_version: int, actor: str) -> int:
    """Set status, source and verification date of one fact (`age`, `channels[1]`,
    `channels[1].hours`, `claims.description`; a claim without a check yet gets one)."""
    match = FACT_PATH.match(fact_field or "")
    if not match:
        raise Refused(f"Onbekend feit {fact_field!r}.")
    if status not in vocab.SHOWABLE_STATUSES:
        raise Refused("Bevestigen kan alleen met status V, V3 of VD.")

    def change(session: Session, org: Organisation) -> None:
        mapping = history.snapshot_of(org)
        target = _fact_mapping(mapping, match)
        if target is None:
            raise Refused(f"{slug} heeft geen feit {fact_field}.")
        target.update(status=status, source=(source or "").strip() or None, verified_on=verified_on.isoformat())
        _apply(session, org, validated_record(mapping, slug))

    return _write(engine, slug, base_version, actor, "confirm", fact_field, change)


def _fact_mapping(mapping: Dict[str, Any], match: re.Match) -> Optional[Dict[str, Any]]:
    if match.group(1) == "age":
        return mapping.get("age")
    if match.group(4):
        claim = match.group(4)
        if mapping.get(claim) in (None, ""):
            return None  # nothing to vouch for
        return mapping.setdefault("claims", {}).setdefault(claim, {})
    channels = mapping.get("channels") or []
    index = int(match.group(2))
    if index >= len(channels):
        return None
    return channels[index].get("hours") if match.group(3) else channels[index]


def _apply(session: Session, org: Organisation, record: OrganisationRecord) -> None:
    if record_from_model(org) != record:
        apply_record(session, record, org)


def _write(engine: Engine, slug: str, base_version: int, actor: str, action: Optional[str],
           note: Optional[str], change, *, allow_deleted: bool = False) -> int:
    try:
        with session_scope(engine) as session:
            org = _load(session, slug)
            if org.version != base_version:
                raise _conflict(session, org, base_version)
            if org.deleted_at is not None and not allow_deleted:
                raise Refused("Deze organisatie is verwijderd. Zet haar eerst terug.")
            history.set_change(session, actor, action, note)
            change(session, org)
            session.flush()
            version = org.version
        return version
    except (StaleDataError, IntegrityError):
        # Someone committed between our read and our write; the database refused ours.
        with session_scope(engine) as session:
            org = _load(session, slug)
            raise _conflict(session, org, base_version) from None


def _conflict(session: Session, org: Organisation, base_version: Optional[int]) -> Conflict:
    theirs = history.versions(session, org.id)
    base = next((v for v in theirs if v.version == base_version), None)
    newer = [v for v in theirs if base_version is None or v.version > base_version]
    changes = history.diff(base.snapshot if base else None, history.snapshot_of(org))
    if org.deleted_at is not None and (base is None or not base.deleted):
        changes.insert(0, history.DiffLine("(verwijderd)", False, True))
    return Conflict(org.slug, base_version, org.version, changes, sorted({v.actor for v in newer}))


# --- import and export ---------------------------------------------------------------------------

@dataclass
class ImportPreview:
    """What an import would do, and the versions it was based on (to refuse a stale apply)."""

    records: List[OrganisationRecord]
    plan: seed_io.ImportPlan
    changes: Dict[str, List[history.DiffLine]]
    base_versions: Dict[str, int]

    def lines(self) -> List[str]:
        out = self.plan.lines()
        for slug, lines in self.changes.items():
            for line in lines:
                old, new = history.DiffLine.show(line.old), history.DiffLine.show(line.new)
                out.append(f"  {slug}: {line.field}: {old} -> {new}")
        return out


def parse_import(text: str) -> List[OrganisationRecord]:
    """Validated records from YAML text (export file, list, or one organisation)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "import.yaml"
        path.write_text(text, encoding="utf-8")
        return seed_io.read_records(path)


def preview_import(engine: Engine, records: List[OrganisationRecord]) -> ImportPreview:
    plan = seed_io.ImportPlan()
    changes: Dict[str, List[history.DiffLine]] = {}
    bases: Dict[str, int] = {}
    with session_scope(engine, commit=False) as session:
        existing = organisations_by_slug(session, [r.slug for r in records])
        for record in records:
            org = existing.get(record.slug)
            if org is None:
                plan.created.append(record.slug)
                continue
            bases[record.slug] = org.version
            before = history.snapshot_of(org)
            after = history.jsonable(record_to_mapping(record))
            lines = history.diff(before, after)
            if org.deleted_at is not None:
                plan.restored.append(record.slug)
            elif not lines:
                plan.unchanged.append(record.slug)
                continue
            else:
                plan.changed[record.slug] = history.changed_fields(before, after)
            changes[record.slug] = lines
    return ImportPreview(records, plan, changes, bases)


def apply_import(engine: Engine, records: List[OrganisationRecord], *, base_versions: Dict[str, int],
                 actor: str) -> seed_io.ImportPlan:
    """Import in one transaction, or nothing: raises Conflict when an organisation changed (or
    appeared) since the preview that gave `base_versions`."""
    with session_scope(engine) as session:
        history.set_change(session, actor, "import")
        existing = organisations_by_slug(session, [r.slug for r in records])
        for slug, org in existing.items():
            if base_versions.get(slug) != org.version:
                raise _conflict(session, org, base_versions.get(slug))
        plan = seed_io.ImportPlan()
        for record in records:
            org = existing.get(record.slug)
            if org is None:
                plan.created.append(record.slug)
            elif org.deleted_at is not None:
                plan.restored.append(record.slug)
            elif record_from_model(org) == record:
                plan.unchanged.append(record.slug)
                continue
            else:
                plan.changed[record.slug] = seed_io._changed_fields(record_from_model(org), record)
            apply_record(session, record, org)
    return plan


def export_yaml(engine: Engine) -> Tuple[str, int]:
    records = seed_io.export_records(engine)
    return seed_io.dump_yaml(records), len(records)
