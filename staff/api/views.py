"""Handlers of /api/v1. Thin: parse, call knowledge.editing / history / facts, answer JSON."""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, Optional

from aiohttp import web

from bot.paths import PROJECT_ROOT
from knowledge import editing, facts, history
from knowledge.opening_hours import local_time
from knowledge.validation import ValidationFailed
from staff.review import review_items
from staff.route_params import base_versions, whole_number
from staff.web.db import with_engine, with_session
from staff.web.import_parsing import ImportTooHeavy, parse_import_off_loop
from staff.web.security import STAFF_SETTINGS

from .auth import error, requires_scope

OPENAPI = PROJECT_ROOT / "docs" / "openapi.yaml"
MAX_IMPORT_BYTES = 200_000
_ETAG = re.compile(r'^(?:W/)?"?(\d+)"?$')


async def openapi(request: web.Request) -> web.Response:
    return web.Response(body=OPENAPI.read_bytes(), content_type="application/yaml", charset="utf-8")


# --- helpers -------------------------------------------------------------------------------------

async def _json_body(request: web.Request) -> Optional[Dict[str, Any]]:
    try:
        body = await request.json()
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." thousands deep
        return None
    return body if isinstance(body, dict) else None


def _base_version(request: web.Request, body: Optional[Dict[str, Any]]) -> Optional[int]:
    match = _ETAG.match(request.headers.get("If-Match", "").strip())
    if match:
        return whole_number(match.group(1))
    return whole_number((body or {}).get("version", request.query.get("version")))


def _problems(failure: ValidationFailed) -> web.Response:
    return error(422, "ongeldige gegevens",
                 problems=[{"field": p.field, "message": p.message} for p in failure.problems])


def _conflict(conflict: editing.Conflict) -> web.Response:
    return error(409, "iemand anders heeft intussen opgeslagen; niets veranderd",
                 current_version=conflict.current_version, base_version=conflict.base_version,
                 changed_by=conflict.by,
                 changes=[{"field": c.field, "old": c.old, "new": c.new} for c in conflict.changes])


def _organisation_json(org: editing.Current) -> Dict[str, Any]:
    return {"slug": org.slug, "version": org.version, "deleted": org.deleted, "organisation": org.mapping}


def _with_etag(payload: Dict[str, Any], version: int, status: int = 200) -> web.Response:
    return web.json_response(payload, status=status, headers={"ETag": f'"{version}"'})


async def _current(request: web.Request, slug: str) -> Optional[editing.Current]:
    try:
        return await with_session(request, editing.current, slug, commit=False)
    except editing.NotFound:
        return None


async def _write(request: web.Request, operation, *args, **kwargs) -> web.Response:
    """Run a change; map its refusals to HTTP answers; answer with the organisation."""
    slug = request.match_info["slug"]
    try:
        await with_engine(request, operation, slug, *args, actor=request["token"].actor, **kwargs)
    except editing.NotFound:
        return error(404, "onbekende organisatie of versie")
    except ValidationFailed as failure:
        return _problems(failure)
    except editing.Conflict as conflict:
        return _conflict(conflict)
    except editing.Refused as refused:
        return error(409, str(refused))
    org = await _current(request, slug)
    return _with_etag(_organisation_json(org), org.version)


PRECONDITION = "geef de versie waarop je wijziging is gebaseerd: header If-Match of veld 'version'"


# --- organisations ---------------------------------------------------------------------------------

@requires_scope("read")
async def list_organisations(request: web.Request) -> web.Response:
    query = request.query.get("q", "")[:100]
    deleted = request.query.get("deleted", "") in ("1", "true")
    rows = await with_session(request, lambda s: editing.search(s, query, deleted=deleted), commit=False)
    return web.json_response({"organisations": [
        {"slug": r.slug, "name": r.name, "version": r.version, "deleted": r.deleted, "coverage": r.coverage,
         "unverified_facts": r.unverified} for r in rows]})


@requires_scope("read")
async def get_organisation(request: web.Request) -> web.Response:
    org = await _current(request, request.match_info["slug"])
    if org is None:
        return error(404, "onbekende organisatie")
    return _with_etag(_organisation_json(org), org.version)


@requires_scope("write")
async def create_organisation(request: web.Request) -> web.Response:
    body = await _json_body(request)
    mapping = (body or {}).get("organisation")
    if not isinstance(mapping, dict):
        return error(400, "verwacht JSON met een object 'organisation'")
    try:
        await with_engine(request, editing.create, mapping, actor=request["token"].actor)
    except ValidationFailed as failure:
        return _problems(failure)
    except editing.Refused as refused:
        return error(409, str(refused))
    org = await _current(request, mapping["slug"])
    return _with_etag(_organisation_json(org), org.version, status=201)


@requires_scope("write")
async def put_organisation(request: web.Request) -> web.Response:
    body = await _json_body(request)
    mapping = (body or {}).get("organisation")
    if not isinstance(mapping, dict):
        return error(400, "verwacht JSON met een object 'organisation'")
    base = _base_version(request, body)
    if base is None:
        return error(428, PRECONDITION)
    return await _write(request, editing.save, mapping, base_version=base)


@requires_scope("write")
async def delete_organisation(request: web.Request) -> web.Response:
    base = _base_version(request, None)
    if base is None:
        return error(428, PRECONDITION)
    return await _write(request, editing.soft_delete, base_version=base)


@requires_scope("write")
async def restore_organisation(request: web.Request) -> web.Response:
    body = await _json_body(request)
    base = _base_version(request, body)
    if base is None:
        return error(428, PRECONDITION)
    return await _write(request, editing.undelete, base_version=base)


@requires_scope("write")
async def confirm_fact(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if body is None:
        return error(400, "verwacht een JSON-object")
    base = _base_version(request, body)
    if base is None:
        return error(428, PRECONDITION)
    try:
        verified_on = date.fromisoformat(str(body.get("verified_on", "")))
    except ValueError:
        return error(422, "verified_on moet een datum zijn (JJJJ-MM-DD)")
    if verified_on > local_time().date():
        return error(422, "verified_on kan niet in de toekomst liggen")
    return await _write(request, editing.confirm_fact, str(body.get("field", "")), status=str(body.get("status", "")),
                        source=str(body.get("source", "")), verified_on=verified_on, base_version=base)


# --- history ---------------------------------------------------------------------------------------

def _version_json(v: history.Version, with_snapshot: bool) -> Dict[str, Any]:
    data = {"version": v.version, "created_at": v.created_at.isoformat(), "actor": v.actor, "action": v.action,
            "changed_fields": list(v.changed_fields), "note": v.note, "deleted": v.deleted}
    if with_snapshot:
        data["organisation"] = v.snapshot
    return data


@requires_scope("read")
async def list_versions(request: web.Request) -> web.Response:
    org = await _current(request, request.match_info["slug"])
    if org is None:
        return error(404, "onbekende organisatie")
    rows = await with_session(request, history.versions, org.id, commit=False)
    return web.json_response({"slug": org.slug, "current_version": org.version,
                              "versions": [_version_json(v, False) for v in rows]})


@requires_scope("read")
async def get_version(request: web.Request) -> web.Response:
    org = await _current(request, request.match_info["slug"])
    number = whole_number(request.match_info["version"])
    if org is None or number is None:
        return error(404, "onbekende organisatie of versie")
    version = await with_session(request, history.get_version, org.id, number, commit=False)
    if version is None:
        return error(404, "onbekende versie")
    previous = await with_session(request, history.get_version, org.id, number - 1, commit=False)
    data = _version_json(version, True)
    data["changes"] = [{"field": d.field, "old": d.old, "new": d.new}
                       for d in history.diff(previous.snapshot if previous else None, version.snapshot)]
    return web.json_response(data)


@requires_scope("write")
async def revert_version(request: web.Request) -> web.Response:
    body = await _json_body(request)
    base = _base_version(request, body)
    number = whole_number(request.match_info["version"])
    if number is None:
        return error(404, "onbekende versie")
    if base is None:
        return error(428, PRECONDITION)
    return await _write(request, editing.revert, number, base_version=base)


# --- review, export, import ------------------------------------------------------------------------

@requires_scope("read")
async def review(request: web.Request) -> web.Response:
    try:
        older_than = facts.parse_age(request.query.get("older_than", f"{request.app[STAFF_SETTINGS].stale_days}d"))
    except ValueError as problem:
        return error(400, str(problem))
    items = await with_engine(request, review_items, older_than.days, local_time().date())

    def rows(refs):
        return [{"slug": ref.slug, "field": ref.field, "what": ref.what, "status": ref.fact.status,
                 "source": ref.fact.source,
                 "verified_on": ref.fact.verified_on.isoformat() if ref.fact.verified_on else None,
                 "version": version} for ref, version in refs]

    return web.json_response({"older_than_days": older_than.days, "unverified": rows(items["unverified"]),
                              "stale": rows(items["stale"])})


@requires_scope("read")
async def export(request: web.Request) -> web.Response:
    text, _count = await with_engine(request, editing.export_yaml)
    return web.Response(text=text, content_type="application/yaml", charset="utf-8")


@requires_scope("write")
async def import_yaml(request: web.Request) -> web.Response:
    """Body: YAML. `?dry_run=true` answers the preview only; otherwise the import is applied
    (all or nothing). Pass `base_versions` from a preview as JSON in the `X-Base-Versions`
    header to refuse the import when something changed since that preview."""
    data = await request.content.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        return error(413, f"hoogstens {MAX_IMPORT_BYTES} bytes")
    try:
        records = await parse_import_off_loop(data.decode("utf-8"))
    except UnicodeDecodeError:
        return error(400, "de YAML moet UTF-8 zijn")
    except ImportTooHeavy as refused:
        return error(413, str(refused))
    except ValidationFailed as failure:
        return _problems(failure)
    preview = await with_engine(request, editing.preview_import, records)
    payload = {
        "created": preview.plan.created, "restored": preview.plan.restored, "changed": preview.plan.changed,
        "unchanged": preview.plan.unchanged, "base_versions": preview.base_versions,
        "changes": {slug: [{"field": d.field, "old": d.old, "new": d.new} for d in lines]
                    for slug, lines in preview.changes.items()},
    }
    if request.query.get("dry_run", "") in ("1", "true"):
        return web.json_response({"applied": False, **payload})
    bases = preview.base_versions
    header = request.headers.get("X-Base-Versions")
    if header:
        bases = base_versions(header)
        if bases is None:
            return error(400, "X-Base-Versions moet een JSON-object {slug: versie} zijn")
    try:
        await with_engine(request, editing.apply_import, records, base_versions=bases, actor=request["token"].actor)
    except editing.Conflict as conflict:
        return _conflict(conflict)
    return web.json_response({"applied": True, **payload})
