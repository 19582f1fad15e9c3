"""URL map of /api/v1 (keep docs/openapi.yaml in step: a test compares them)."""
from __future__ import annotations

from aiohttp import web

from staff.route_params import SLUG, VERSION

from . import views


def setup_routes(app: web.Application) -> None:
    add = app.router
    add.add_get("/api/v1/openapi.yaml", views.openapi)
    add.add_get("/api/v1/organisations", views.list_organisations)
    add.add_post("/api/v1/organisations", views.create_organisation)
    add.add_get("/api/v1/organisations/" + SLUG, views.get_organisation)
    add.add_put("/api/v1/organisations/" + SLUG, views.put_organisation)
    add.add_delete("/api/v1/organisations/" + SLUG, views.delete_organisation)
    add.add_post("/api/v1/organisations/" + SLUG + "/restore", views.restore_organisation)
    add.add_post("/api/v1/organisations/" + SLUG + "/confirm", views.confirm_fact)
    add.add_get("/api/v1/organisations/" + SLUG + "/versions", views.list_versions)
    add.add_get("/api/v1/organisations/" + SLUG + "/versions/" + VERSION, views.get_version)
    add.add_post("/api/v1/organisations/" + SLUG + "/versions/" + VERSION + "/restore", views.revert_version)
    add.add_get("/api/v1/review", views.review)
    add.add_get("/api/v1/export", views.export)
    add.add_post("/api/v1/import", views.import_yaml)
