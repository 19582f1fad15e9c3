"""URL map of the staff pages under /beheer."""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

from staff.route_params import SLUG, VERSION

from . import views_admin, views_auth, views_orgs, views_review

STATIC_DIR = Path(__file__).parent / "static"


def setup_routes(app: web.Application) -> None:
    add = app.router
    add.add_get("/beheer", views_orgs.index)
    add.add_get("/beheer/", views_orgs.index)
    add.add_get("/beheer/inloggen", views_auth.login_form)
    add.add_post("/beheer/inloggen", views_auth.login)
    add.add_post("/beheer/uitloggen", views_auth.logout)
    add.add_get("/beheer/wachtwoord", views_auth.password_form)
    add.add_post("/beheer/wachtwoord", views_auth.change_password)

    add.add_get("/beheer/organisaties", views_orgs.organisations)
    add.add_get("/beheer/organisaties/nieuw", views_orgs.new_form)
    add.add_post("/beheer/organisaties/nieuw", views_orgs.create)
    add.add_get("/beheer/organisaties/" + SLUG, views_orgs.edit_form)
    add.add_post("/beheer/organisaties/" + SLUG, views_orgs.save)
    add.add_post("/beheer/organisaties/" + SLUG + "/verwijderen", views_orgs.delete)
    add.add_post("/beheer/organisaties/" + SLUG + "/terugzetten", views_orgs.undelete)
    add.add_get("/beheer/organisaties/" + SLUG + "/geschiedenis", views_orgs.history_page)
    add.add_get("/beheer/organisaties/" + SLUG + "/versies/" + VERSION, views_orgs.version_page)
    add.add_post("/beheer/organisaties/" + SLUG + "/versies/" + VERSION + "/terugzetten", views_orgs.revert)

    add.add_get("/beheer/controleren", views_review.review)
    add.add_post("/beheer/controleren", views_review.confirm)
    add.add_get("/beheer/export", views_review.export)
    add.add_get("/beheer/import", views_review.import_form)
    add.add_post("/beheer/import", views_review.import_preview)
    add.add_post("/beheer/import/toepassen", views_review.import_apply)

    add.add_get("/beheer/gebruikers", views_admin.users)
    add.add_post("/beheer/gebruikers", views_admin.create_user)
    add.add_post("/beheer/gebruikers/{user_id}", views_admin.change_user)
    add.add_get("/beheer/tokens", views_admin.token_list)
    add.add_post("/beheer/tokens", views_admin.create_token)
    add.add_post("/beheer/tokens/{token_id}/intrekken", views_admin.revoke_token)
    add.add_get("/beheer/audit", views_admin.audit_log)

    add.add_static("/beheer/static/", STATIC_DIR, name="staff_static")
