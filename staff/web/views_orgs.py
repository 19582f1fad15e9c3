"""Organisations: list and search, edit, create, soft-delete and restore, history."""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional

from aiohttp import web

from knowledge import editing, history
from knowledge import vocabulary as vocab
from knowledge.opening_hours import local_time
from knowledge.validation import ValidationFailed
from staff.route_params import whole_number

from . import forms
from .db import with_engine, with_session
from .render import not_found, render
from .security import requires


def _slug(request: web.Request) -> str:
    return request.match_info["slug"]


def _today() -> date:
    return local_time().date()


async def _current(request: web.Request, slug: str) -> editing.Current:
    try:
        return await with_session(request, editing.current, slug, commit=False)
    except editing.NotFound:
        raise not_found(request, "Deze organisatie bestaat niet.") from None


@requires("viewer")
async def index(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther("/beheer/organisaties")


@requires("viewer")
async def organisations(request: web.Request) -> web.Response:
    query = request.query.get("q", "")[:100]
    active = await with_session(request, lambda s: editing.search(s, query), commit=False)
    deleted = await with_session(request, lambda s: editing.search(s, query, deleted=True), commit=False)
    return render(request, "organisations.html", query=query, active=active, deleted=deleted,
                  message=_message(request))


def _message(request: web.Request) -> Optional[str]:
    done = request.query.get("klaar", "")
    slug = request.query.get("slug", "")[:80]
    texts = {
        "opgeslagen": f"{slug} is opgeslagen. De assistent gebruikt de nieuwe gegevens vanaf het volgende antwoord.",
        "ongewijzigd": f"Er was niets veranderd aan {slug}.",
        "verwijderd": f"{slug} is verwijderd. De assistent noemt deze organisatie niet meer. Je kunt haar terugzetten.",
        "teruggezet": f"{slug} is teruggezet.",
        "aangemaakt": f"{slug} is aangemaakt.",
        "bevestigd": f"Het feit van {slug} is bevestigd.",
        "versie": f"De oude versie van {slug} is teruggezet, als nieuwe versie.",
        "geimporteerd": "De import is uitgevoerd.",
    }
    return texts.get(done)


def _edit_context(values: Dict[str, Any], **extra: Any) -> Dict[str, Any]:
    context = dict(
        values=values, placed={}, problems=[], conflict=None, vocab=vocab,
        kind_names=forms.KIND_NAMES, status_names=forms.STATUS_NAMES, weekday_names=forms.WEEKDAY_NAMES,
        channel_indexes=forms.channel_indexes(values), errors_under=forms.errors_under, is_new=False,
    )
    context.update(extra)
    return context


@requires("viewer")
async def edit_form(request: web.Request) -> web.Response:
    org = await _current(request, _slug(request))
    return render(request, "organisation.html", **_edit_context(
        forms.form_values(org.mapping), org=org, version=org.version, message=_message(request)))


@requires("editor")
async def save(request: web.Request) -> web.Response:
    slug = _slug(request)
    form = request["form"]
    actor = request["staff"].user.username
    parsed = forms.parse_form(form, slug, today=_today())
    base = whole_number(form.get("version"))
    org = await _current(request, slug)
    try:
        new_version = await with_engine(request, editing.save, slug, parsed.mapping,
                                        base_version=base if base is not None else -1, actor=actor)
    except ValidationFailed as failure:
        placed = forms.place_problems(failure.problems, parsed)
        return render(request, "organisation.html", status=422, **_edit_context(
            parsed.values, org=org, version=base, placed=placed, problems=forms.summary(placed)))
    except editing.Conflict as conflict:
        # What they typed stays on the page; the version moves on, so saving again is a choice
        # made after seeing the other change.
        return render(request, "organisation.html", status=409, **_edit_context(
            parsed.values, org=org, version=conflict.current_version, conflict=conflict))
    except editing.Refused as refused:
        return render(request, "error.html", status=409, title="Niet opgeslagen", text=str(refused))
    done = "opgeslagen" if new_version != base else "ongewijzigd"
    raise web.HTTPSeeOther(f"/beheer/organisaties/{slug}?klaar={done}&slug={slug}")


@requires("editor")
async def new_form(request: web.Request) -> web.Response:
    values = forms.form_values({"coverage": "landelijk", "languages": ["nl"]})
    return render(request, "organisation.html", **_edit_context(values, org=None, version=0, is_new=True))


@requires("editor")
async def create(request: web.Request) -> web.Response:
    form = request["form"]
    slug = str(form.get("slug", "")).strip().lower()[:80]
    parsed = forms.parse_form(form, slug, today=_today())
    try:
        await with_engine(request, editing.create, parsed.mapping, actor=request["staff"].user.username)
    except ValidationFailed as failure:
        placed = forms.place_problems(failure.problems, parsed)
        return render(request, "organisation.html", status=422, **_edit_context(
            parsed.values, org=None, version=0, placed=placed, problems=forms.summary(placed), is_new=True))
    except editing.Refused as refused:
        placed = {"slug": [str(refused)]}
        return render(request, "organisation.html", status=409, **_edit_context(
            parsed.values, org=None, version=0, placed=placed, problems=forms.summary(placed), is_new=True))
    raise web.HTTPSeeOther(f"/beheer/organisaties/{slug}?klaar=aangemaakt&slug={slug}")


async def _state_change(request: web.Request, operation, done: str) -> web.Response:
    slug = _slug(request)
    base = whole_number(request["form"].get("version"))
    try:
        await with_engine(request, operation, slug, base_version=base if base is not None else -1,
                          actor=request["staff"].user.username)
    except editing.NotFound:
        raise not_found(request, "Deze organisatie bestaat niet.") from None
    except editing.Conflict as conflict:
        return render(request, "conflict.html", status=409, conflict=conflict)
    except editing.Refused as refused:
        return render(request, "error.html", status=409, title="Niet gelukt", text=str(refused))
    target = "/beheer/organisaties" if done == "verwijderd" else f"/beheer/organisaties/{slug}"
    raise web.HTTPSeeOther(f"{target}?klaar={done}&slug={slug}")


@requires("editor")
async def delete(request: web.Request) -> web.Response:
    return await _state_change(request, editing.soft_delete, "verwijderd")


@requires("editor")
async def undelete(request: web.Request) -> web.Response:
    return await _state_change(request, editing.undelete, "teruggezet")


@requires("viewer")
async def history_page(request: web.Request) -> web.Response:
    org = await _current(request, _slug(request))
    versions: List[history.Version] = await with_session(request, history.versions, org.id, commit=False)
    return render(request, "history.html", org=org, versions=versions)


@requires("viewer")
async def version_page(request: web.Request) -> web.Response:
    org = await _current(request, _slug(request))
    number = whole_number(request.match_info["version"])
    if number is None:
        raise not_found(request, "Deze versie bestaat niet.")

    def load(session):
        return (history.get_version(session, org.id, number),
                history.get_version(session, org.id, number - 1) if number else None)

    version, previous = await with_session(request, load, commit=False)
    if version is None:
        raise not_found(request, "Deze versie bestaat niet.")
    return render(
        request, "version.html", org=org, version=version, previous=previous,
        changes=history.diff(previous.snapshot if previous else None, version.snapshot),
        against_current=history.diff(version.snapshot, org.mapping),
        show=history.DiffLine.show,
    )


@requires("editor")
async def revert(request: web.Request) -> web.Response:
    slug = _slug(request)
    number = whole_number(request.match_info["version"])
    base = whole_number(request["form"].get("version"))
    try:
        await with_engine(request, editing.revert, slug, number, base_version=base if base is not None else -1,
                          actor=request["staff"].user.username)
    except editing.NotFound:
        raise not_found(request, "Deze versie bestaat niet.") from None
    except editing.Conflict as conflict:
        return render(request, "conflict.html", status=409, conflict=conflict)
    except editing.Refused as refused:
        return render(request, "error.html", status=409, title="Niet gelukt", text=str(refused))
    except ValidationFailed as failure:
        return render(request, "error.html", status=422, title="Niet gelukt",
                      text="Deze oude versie voldoet niet aan de huidige regels: "
                           + "; ".join(map(str, failure.problems)))
    raise web.HTTPSeeOther(f"/beheer/organisaties/{slug}?klaar=versie&slug={slug}")
