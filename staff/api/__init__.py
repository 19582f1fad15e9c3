"""JSON API for integrations, `/api/v1/...`, described in docs/openapi.yaml.

Token auth (`Authorization: Bearer wwz_...`; `python -m staff create-token` or the staff
page /beheer/tokens): scope `read` for GET, `write` for changes. Writes need the version they
are based on (`If-Match: "<version>"` or `"version"` in the body); a stale version gets 409
with what changed since.
"""
from __future__ import annotations

from aiohttp import web

from .routes import setup_routes

__all__ = ["setup_api"]


def setup_api(app: web.Application) -> None:
    setup_routes(app)
