"""Server-rendered pages with Jinja2. Autoescape is on for every template: whatever staff
typed is shown as text on every page. No inline script or style (the CSP forbids both)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Optional

import jinja2
from aiohttp import web

from knowledge.opening_hours import AMSTERDAM

from .forms import field_label

TEMPLATES = Path(__file__).parent / "templates"
JINJA = web.AppKey("staff_jinja", jinja2.Environment)


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # all templates, whatever their name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local"] = local_time_text
    env.filters["veld"] = field_label
    return env


def local_time_text(moment: Optional[datetime]) -> str:
    if moment is None:
        return "-"
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def render(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    staff = request.get("staff")
    context.setdefault("staff", staff)
    context.setdefault("csrf", staff.csrf_token if staff else "")
    context.setdefault("message", None)
    text = request.app[JINJA].get_template(template).render(**context)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def not_found(request: web.Request, text: str) -> web.HTTPNotFound:
    """A 404 to raise, as a page."""
    staff = request.get("staff")
    body = request.app[JINJA].get_template("error.html").render(
        staff=staff, csrf=staff.csrf_token if staff else "", message=None, title="Niet gevonden", text=text)
    return web.HTTPNotFound(text=body, content_type="text/html")
