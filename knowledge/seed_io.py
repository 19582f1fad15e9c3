"""YAML in and out of the knowledge base: the seed directory, export files and imports.

An import is all or nothing: every record is validated first (each problem names its record
and field); only a clean file is written, in one transaction.

Accepted inputs: a directory of `<slug>.yaml` files (the seed format, FORMAT.md), an export
file (`organisations: [...]`), a YAML list of organisations, or one organisation mapping.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple, Union

import yaml
from sqlalchemy.engine import Engine

from . import paths, safe_yaml
from .db import session_scope
from .records import OrganisationRecord, record_from_mapping, record_to_mapping
from .store import apply_record, count_organisations, load_organisations, organisations_by_slug, record_from_model
from .validation import Problem, ValidationFailed, check_collection, check_organisation

EXPORT_FORMAT = "wegwijzer-knowledge/1"
PathLike = Union[str, Path]


@dataclass
class ImportPlan:
    """What an import changes (or would change, for a dry run)."""

    created: List[str] = field(default_factory=list)
    changed: Dict[str, List[str]] = field(default_factory=dict)  # slug -> changed fields
    restored: List[str] = field(default_factory=list)  # soft-deleted before, back now
    unchanged: List[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.created or self.changed or self.restored)

    def lines(self) -> List[str]:
        out = [f"nieuw: {slug}" for slug in self.created]
        out += [f"hersteld: {slug}" for slug in self.restored]
        out += [f"gewijzigd: {slug} ({', '.join(fields)})" for slug, fields in self.changed.items()]
        out.append(
            f"totaal: {len(self.created)} nieuw, {len(self.restored)} hersteld, "
            f"{len(self.changed)} gewijzigd, {len(self.unchanged)} ongewijzigd"
        )
        return out


# --- reading ----------------------------------------------------------------------------------

def read_records(path: PathLike) -> List[OrganisationRecord]:
    """Validated records from a seed directory or file. Raises ValidationFailed."""
    documents, problems = _read_documents(Path(path))
    for where, raw in documents:
        problems += check_organisation(raw, where)
    slugs = [(_name(where, raw), raw.get("slug")) for where, raw in documents
             if isinstance(raw, dict) and isinstance(raw.get("slug"), str)]
    problems += check_collection(slugs)
    if problems:
        raise ValidationFailed(problems)
    return [record_from_mapping(raw) for _where, raw in documents]


def validate_path(path: PathLike) -> List[Problem]:
    try:
        read_records(path)
    except ValidationFailed as failure:
        return failure.problems
    return []


def _read_documents(path: Path) -> Tuple[List[Tuple[str, Any]], List[Problem]]:
    if path.is_dir():
        documents, problems = [], []
        files = sorted(path.glob("*.yaml"))
        if not files:
            problems.append(Problem(path.name, "(map)", "geen .yaml-bestanden gevonden"))
        for file in files:
            raw, problem = _load_yaml(file)
            if problem:
                problems.append(problem)
                continue
            documents.append((file.name, raw))
            if isinstance(raw, dict) and raw.get("slug") and file.stem != raw.get("slug"):
                problems.append(Problem(raw["slug"], "slug",
                                        f"bestandsnaam moet {raw['slug']}.yaml zijn, niet {file.name}"))
        return documents, problems
    if not path.is_file():
        return [], [Problem(path.name, "(bestand)", "bestaat niet")]
    raw, problem = _load_yaml(path)
    if problem:
        return [], [problem]
    if isinstance(raw, dict) and "organisations" in raw:
        unknown = set(raw) - {"format", "organisations"}
        if unknown or not isinstance(raw["organisations"], list):
            return [], [Problem(path.name, "organisations", "verwacht 'format' en een lijst 'organisations'")]
        raw = raw["organisations"]
    if isinstance(raw, list):
        return [(f"{path.name}#{index + 1}", item) for index, item in enumerate(raw)], []
    return [(path.name, raw)], []


def _load_yaml(file: Path) -> Tuple[Any, Optional[Problem]]:
    try:
        return safe_yaml.load(file.read_text(encoding="utf-8")), None
    except safe_yaml.UnsafeYaml as refused:
        return None, Problem(file.name, "(yaml)", str(refused))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"regel {mark.line + 1}, kolom {mark.column + 1}" if mark else "onbekende plek"
        return None, Problem(file.name, "(yaml)", f"geen geldige YAML ({where})")
    except (OSError, UnicodeDecodeError) as error:
        return None, Problem(file.name, "(bestand)", f"niet te lezen ({type(error).__name__})")


def _name(where: str, raw: Any) -> str:
    return raw.get("slug") if isinstance(raw, dict) and raw.get("slug") else where


# --- writing ----------------------------------------------------------------------------------

def import_records(engine: Engine, records: List[OrganisationRecord], *, dry_run: bool = False) -> ImportPlan:
    """Create or replace the given organisations in one transaction; others are left alone."""
    with session_scope(engine, commit=not dry_run) as session:
        existing = organisations_by_slug(session, [r.slug for r in records])
        plan = ImportPlan()
        for record in records:
            current = existing.get(record.slug)
            if current is None:
                plan.created.append(record.slug)
            elif current.deleted_at is not None:
                plan.restored.append(record.slug)
            else:
                fields = _changed_fields(record_from_model(current), record)
                if not fields:
                    plan.unchanged.append(record.slug)
                    continue
                plan.changed[record.slug] = fields
            if not dry_run:
                apply_record(session, record, current)
    return plan


def import_path(engine: Engine, path: PathLike, *, dry_run: bool = False) -> ImportPlan:
    """Validate everything in `path`, then import it. Raises ValidationFailed, changing nothing."""
    return import_records(engine, read_records(path), dry_run=dry_run)


def load_seed(engine: Engine, seed_dir: PathLike = paths.SEED_DIR, *, if_empty: bool = False) -> Optional[ImportPlan]:
    """Load the seed directory. With `if_empty`, do nothing (None) when organisations exist."""
    if if_empty:
        with session_scope(engine) as session:
            if count_organisations(session):
                return None
    return import_path(engine, seed_dir)


def export_records(engine: Engine) -> List[OrganisationRecord]:
    with session_scope(engine) as session:
        return [record_from_model(org) for org in load_organisations(session)]


class _ExportDumper(yaml.SafeDumper):
    """Short lists of words on one line (`[medisch, psychisch]`), as in the seed files."""


def _represent_list(dumper: yaml.SafeDumper, data: list):
    flow = all(isinstance(item, str) and len(item) <= 40 for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_ExportDumper.add_representer(list, _represent_list)


def dump_yaml(records: List[OrganisationRecord]) -> str:
    document = {"format": EXPORT_FORMAT, "organisations": [record_to_mapping(r) for r in records]}
    return yaml.dump(document, Dumper=_ExportDumper, sort_keys=False, allow_unicode=True, width=100)


def export_to_file(engine: Engine, path: PathLike) -> int:
    records = export_records(engine)
    Path(path).write_text(dump_yaml(records), encoding="utf-8")
    return len(records)


def _changed_fields(old: OrganisationRecord, new: OrganisationRecord) -> List[str]:
    before, after = record_to_mapping(old), record_to_mapping(new)
    return [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
