"""The "te controleren" page (unverified and stale facts, with a confirm form for each), and
YAML import (with a preview before anything changes) and export."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from aiohttp import web

from knowledge import editing
from knowledge import vocabulary as vocab
from knowledge.validation import ValidationFailed
from staff.route_params import base_versions, whole_number

from ..review import review_items
from . import forms
from .db import with_engine
from .import_parsing import ImportTooHeavy, parse_import_off_loop
from .render import render
from .security import STAFF_SETTINGS, requires
from .views_orgs import _today

MAX_IMPORT_CHARS = 200_000


@requires("viewer")
async def review(request: web.Request) -> web.Response:
    days = whole_number(request.query.get("dagen", "")) or request.app[STAFF_SETTINGS].stale_days
    days = max(1, min(days, 3650))
    today = _today()
    items = await with_engine(request, review_items, days, today)
    done = request.query.get("klaar") == "bevestigd"
    return render(request, "review.html", days=days, today=today, items=items, field_label=forms.field_label,
                  statuses=sorted(vocab.SHOWABLE_STATUSES), status_names=forms.STATUS_NAMES,
                  message=f"Bevestigd: {request.query.get('slug', '')[:80]}." if done else None, error=None)


@requires("editor")
async def confirm(request: web.Request) -> web.Response:
    form = request["form"]
    slug = str(form.get("slug", ""))[:80]
    field = str(form.get("field", ""))[:40]
    try:
        verified_on = date.fromisoformat(str(form.get("verified_on", "")))
    except ValueError:
        return await _review_error(request, "Vul een geldige datum in (dag-maand-jaar).")
    if verified_on > _today():
        return await _review_error(request, "De controledatum kan niet in de toekomst liggen.")
    try:
        await with_engine(request, editing.confirm_fact, slug, field, status=str(form.get("status", "")),
                          source=str(form.get("source", "")), verified_on=verified_on,
                          base_version=whole_number(form.get("version")) or -1, actor=request["staff"].user.username)
    except editing.NotFound:
        return await _review_error(request, "Deze organisatie bestaat niet (meer).")
    except editing.Conflict as conflict:
        return render(request, "conflict.html", status=409, conflict=conflict)
    except editing.Refused as refused:
        return await _review_error(request, str(refused))
    except ValidationFailed as failure:
        return await _review_error(request, "; ".join(
            f"{forms.field_label(p.field)}: {p.message}" for p in failure.problems))
    days = whole_number(form.get("dagen")) or request.app[STAFF_SETTINGS].stale_days
    raise web.HTTPSeeOther(f"/beheer/controleren?dagen={days}&klaar=bevestigd&slug={slug}")


async def _review_error(request: web.Request, error: str) -> web.Response:
    days = request.app[STAFF_SETTINGS].stale_days
    items = await with_engine(request, review_items, days, _today())
    return render(request, "review.html", status=422, days=days, today=_today(), items=items,
                  field_label=forms.field_label, statuses=sorted(vocab.SHOWABLE_STATUSES),
                  status_names=forms.STATUS_NAMES, message=None, error=error)


# --- import / export ---------------------------------------------------------------------------------

@requires("viewer")
async def export(request: web.Request) -> web.Response:
    text, _count = await with_engine(request, editing.export_yaml)
    name = f"wegwijzer-organisaties-{_today().isoformat()}.yaml"
    return web.Response(text=text, content_type="application/yaml", charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


@requires("editor")
async def import_form(request: web.Request) -> web.Response:
    return render(request, "import.html", preview=None, problems=[], text="", bases="{}", error=None)


async def _posted_yaml(form) -> str:
    upload = form.get("bestand")
    if upload is not None and hasattr(upload, "file"):
        data = upload.file.read(MAX_IMPORT_CHARS * 4 + 1)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("Het bestand is geen UTF-8-tekst.") from None
        if text.strip():
            return text
    return str(form.get("yaml", ""))


@requires("editor")
async def import_preview(request: web.Request) -> web.Response:
    try:
        text = await _posted_yaml(request["form"])
    except ValueError as error:
        return render(request, "import.html", status=422, preview=None, problems=[], text="", bases="{}",
                      error=str(error))
    if len(text) > MAX_IMPORT_CHARS or not text.strip():
        return render(request, "import.html", status=422, preview=None, problems=[], text="", bases="{}",
                      error="Kies een YAML-bestand of plak de tekst (hoogstens 200.000 tekens).")
    try:
        records = await parse_import_off_loop(text)
    except ImportTooHeavy as refused:
        return render(request, "import.html", status=422, preview=None, problems=[], text="", bases="{}",
                      error=str(refused))
    except ValidationFailed as failure:
        return render(request, "import.html", status=422, preview=None, problems=failure.problems, text=text,
                      bases="{}", error="Er is niets veranderd. Los deze problemen op en probeer het opnieuw.")
    preview = await with_engine(request, editing.preview_import, records)
    return render(request, "import.html", preview=preview, problems=[], text=text,
                  bases=json.dumps(preview.base_versions), error=None, show=_show)


def _show(value: Any) -> str:
    from knowledge.history import DiffLine

    return DiffLine.show(value)


@requires("editor")
async def import_apply(request: web.Request) -> web.Response:
    form = request["form"]
    text = str(form.get("yaml", ""))
    bases = base_versions(str(form.get("bases", "{}")))
    try:
        if bases is None:
            raise ValueError("bases")
        records = await parse_import_off_loop(text)
    except (ValueError, ValidationFailed):
        return render(request, "import.html", status=422, preview=None, problems=[], text=text, bases="{}",
                      error="De import kon niet worden gelezen. Begin opnieuw met het bestand.")
    try:
        plan = await with_engine(request, editing.apply_import, records, base_versions=bases,
                                 actor=request["staff"].user.username)
    except editing.Conflict as conflict:
        return render(request, "import.html", status=409, preview=None, problems=[], text=text, bases="{}",
                      error=f"Er is niets geïmporteerd: {conflict.slug} is intussen door iemand anders gewijzigd "
                            f"({', '.join(conflict.by) or 'onbekend'}). Bekijk de voorvertoning opnieuw.")
    return render(request, "import_done.html", lines=plan.lines())
