"""/api/v1 with the aiohttp test client: every endpoint, token auth and scopes, optimistic
locking, history and restore, import/export; and the OpenAPI file matches the routes."""
from __future__ import annotations

import json
import re

import yaml

from bot.paths import PROJECT_ROOT
from knowledge import KnowledgeBase
from knowledge.db import session_scope
from staff import audit, tokens
from tests.helpers.staff_api import make_token

OPENAPI = yaml.safe_load((PROJECT_ROOT / "docs" / "openapi.yaml").read_text("utf-8"))
FILL = {"slug": "csg", "version": "1"}


def api_routes(app):
    out = []
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter") or ""
        if path.startswith("/api/v1") and route.method != "HEAD":
            out.append((route.method, path, getattr(route.handler, "required_scope", None)))
    return out


async def test_openapi_documents_exactly_the_routes(server, api):
    routes = {(m.lower(), p) for m, p, _ in api_routes(server.app)}
    documented = {(m, p) for p, ops in OPENAPI["paths"].items() for m in ops if m in ("get", "put", "post", "delete")}
    assert routes == documented
    response = await api.call("GET", "/api/v1/openapi.yaml", token=None)
    assert response.status == 200 and yaml.safe_load(await response.text())["openapi"].startswith("3.")


async def test_every_endpoint_needs_a_token_and_the_right_scope(server, api, db):
    revoked = make_token(db, ["read", "write"], "oud")
    with session_scope(db.engine) as session:
        tokens.revoke(session, next(t.id for t in tokens.list_tokens(session) if t.name == "oud"), actor="test")
    checked = 0
    for method, path, scope in api_routes(server.app):
        if path == "/api/v1/openapi.yaml":
            continue
        assert scope in ("read", "write"), path
        url = re.sub(r"\{(\w+)\}", lambda m: FILL[m.group(1)], path)
        for token in (None, "wwz_geraden", revoked, "Basic abc"):
            response = await api.call(method, url, token=token, json={"version": 1})
            assert response.status == 401, (method, path, token)
            assert response.headers["WWW-Authenticate"].startswith("Bearer")
        if scope == "write":
            response = await api.call(method, url, token=api.reader, json={"version": 1})
            assert response.status == 403, (method, path)
        checked += 1
    assert checked >= 13
    assert KnowledgeBase(engine=db.engine).organisation("csg").channels[0].value == "0800-0188"


async def test_read_list_search_and_one_organisation(api):
    response = await api.call("GET", "/api/v1/organisations?q=0800-2000", token=api.reader)
    body = await response.json()
    assert response.status == 200 and [o["slug"] for o in body["organisations"]] == ["veilig-thuis"]
    response = await api.call("GET", "/api/v1/organisations/csg", token=api.reader)
    body = await response.json()
    assert (
        response.headers["ETag"] == '"1"' and body["version"] == 1
        and body["organisation"]["channels"][0]["value"] == "0800-0188"
    )
    assert (await api.call("GET", "/api/v1/organisations/bestaat-niet")).status == 404


async def test_put_changes_the_number_live_and_keeps_history(api, db):
    kb = KnowledgeBase(engine=db.engine)
    current = await (await api.call("GET", "/api/v1/organisations/csg")).json()
    mapping = current["organisation"]
    mapping["channels"][0]["value"] = "0800-1234"
    response = await api.call("PUT", "/api/v1/organisations/csg", json={"organisation": mapping},
                              headers={"If-Match": '"1"'})
    body = await response.json()
    assert response.status == 200 and body["version"] == 2 and response.headers["ETag"] == '"2"'
    assert kb.organisation("csg").channels[0].value == "0800-1234"
    versions = await (await api.call("GET", "/api/v1/organisations/csg/versions", token=api.reader)).json()
    assert [(v["version"], v["actor"], v["action"]) for v in versions["versions"]] == [
        (2, "token:schrijver", "update"), (1, "systeem", "create")]
    one = await (await api.call("GET", "/api/v1/organisations/csg/versions/2", token=api.reader)).json()
    assert one["changes"] == [{"field": "channels[0].value", "old": "0800-0188", "new": "0800-1234"}]
    with session_scope(db.engine) as session:
        assert audit.entries(session, target="csg")[0].actor == "token:schrijver"


async def test_a_stale_version_is_a_conflict_and_a_missing_one_is_refused(api, db):
    mapping = (await (await api.call("GET", "/api/v1/organisations/csg")).json())["organisation"]
    first = dict(mapping, name="Eerste")
    assert (
        await api.call("PUT", "/api/v1/organisations/csg", json={"organisation": first, "version": 1})
    ).status == 200
    second = dict(mapping, name="Tweede")
    response = await api.call("PUT", "/api/v1/organisations/csg", json={"organisation": second, "version": 1})
    body = await response.json()
    assert response.status == 409 and body["current_version"] == 2 and body["changed_by"] == ["token:schrijver"]
    assert {"field": "name", "old": "Centrum Seksueel Geweld (CSG)", "new": "Eerste"} in body["changes"]
    response = await api.call("PUT", "/api/v1/organisations/csg", json={"organisation": second})
    assert response.status == 428
    assert KnowledgeBase(engine=db.engine).organisation("csg").name == "Eerste"


async def test_invalid_data_gets_field_messages(api):
    mapping = (await (await api.call("GET", "/api/v1/organisations/csg")).json())["organisation"]
    mapping["channels"][0]["value"] = "12345"
    mapping["channels"][1]["hours"] = {"always_open": False, "weekly": {"mon": ["18:00-09:00"]}, "status": "U"}
    response = await api.call("PUT", "/api/v1/organisations/csg", json={"organisation": mapping, "version": 1})
    body = await response.json()
    assert response.status == 422
    fields = {p["field"] for p in body["problems"]}
    assert {"channels[0].value", "channels[1].hours.weekly.mon[0]"} <= fields
    assert (
        await api.call("PUT", "/api/v1/organisations/csg", data="geen json", headers={"If-Match": '"1"'})
    ).status == 400


async def test_create_delete_restore_and_revert(api, db):
    kb = KnowledgeBase(engine=db.engine)
    mapping = (await (await api.call("GET", "/api/v1/organisations/csg")).json())["organisation"]
    new = dict(mapping, slug="csg-kopie", name="Kopie")
    response = await api.call("POST", "/api/v1/organisations", json={"organisation": new})
    assert response.status == 201 and (await response.json())["version"] == 1
    assert (await api.call("POST", "/api/v1/organisations", json={"organisation": new})).status == 409
    response = await api.call("DELETE", "/api/v1/organisations/csg-kopie?version=1")
    assert response.status == 200 and (await response.json())["deleted"] is True
    assert kb.organisation("csg-kopie") is None
    deleted = await (await api.call("GET", "/api/v1/organisations?deleted=true")).json()
    assert [o["slug"] for o in deleted["organisations"]] == ["csg-kopie"]
    assert (await api.call("DELETE", "/api/v1/organisations/csg-kopie?version=1")).status == 409
    response = await api.call("POST", "/api/v1/organisations/csg-kopie/restore", json={"version": 2})
    assert response.status == 200 and kb.organisation("csg-kopie").name == "Kopie"
    changed = dict(new, name="Anders")
    await api.call("PUT", "/api/v1/organisations/csg-kopie", json={"organisation": changed, "version": 3})
    response = await api.call("POST", "/api/v1/organisations/csg-kopie/versions/1/restore", json={"version": 4})
    body = await response.json()
    assert response.status == 200 and body["version"] == 5 and body["organisation"]["name"] == "Kopie"
    assert (
        await api.call("POST", "/api/v1/organisations/csg-kopie/versions/99/restore", json={"version": 5})
    ).status == 404


async def test_confirm_a_fact(api):
    response = await api.call("POST", "/api/v1/organisations/csg/confirm", json={
        "version": 1, "field": "channels[1].hours", "status": "V3",
        "source": "https://www.rivierduinen.nl", "verified_on": "2026-11-20"})
    body = await response.json()
    assert response.status == 200, body
    hours = body["organisation"]["channels"][1]["hours"]
    assert (hours["status"], hours["verified_on"]) == ("V3", "2026-11-20")
    response = await api.call("POST", "/api/v1/organisations/csg/confirm", json={
        "version": 2, "field": "channels[1].hours", "status": "U", "source": "https://x.nl",
        "verified_on": "2026-11-20"})
    assert response.status == 409  # confirming needs V, V3 or VD
    response = await api.call("POST", "/api/v1/organisations/csg/confirm", json={
        "version": 2, "field": "channels[1]", "status": "V", "source": "", "verified_on": "2026-11-20"})
    assert response.status == 422  # a shown fact needs its source


async def test_review_lists_unverified_and_stale(api):
    body = await (await api.call("GET", "/api/v1/review", token=api.reader)).json()
    assert any(r["slug"] == "csg" and r["field"] == "channels[1].hours" for r in body["unverified"])
    assert all(r["status"] == "U" for r in body["unverified"]) and body["older_than_days"] == 180
    body = await (await api.call("GET", "/api/v1/review?older_than=1d", token=api.reader)).json()
    assert body["stale"] and all(r["status"] in ("V", "V3", "VD") for r in body["stale"])
    assert (await api.call("GET", "/api/v1/review?older_than=lang", token=api.reader)).status == 400


async def test_export_import_dry_run_and_apply(api, db):
    text = await (await api.call("GET", "/api/v1/export", token=api.reader)).text()
    data = yaml.safe_load(text)
    csg = next(o for o in data["organisations"] if o["slug"] == "csg")
    csg["channels"][0]["value"] = "0800-5555"
    body = yaml.safe_dump([csg], allow_unicode=True)
    response = await api.call("POST", "/api/v1/import?dry_run=true", data=body)
    preview = await response.json()
    assert response.status == 200 and preview["applied"] is False and preview["changed"] == {"csg": ["channels"]}
    assert KnowledgeBase(engine=db.engine).organisation("csg").channels[0].value == "0800-0188"
    # Something changes in between: the import based on the preview is refused.
    mapping = (await (await api.call("GET", "/api/v1/organisations/csg")).json())["organisation"]
    await api.call("PUT", "/api/v1/organisations/csg",
                   json={"organisation": dict(mapping, name="Tussendoor"), "version": 1})
    response = await api.call("POST", "/api/v1/import", data=body,
                              headers={"X-Base-Versions": json.dumps(preview["base_versions"])})
    assert response.status == 409
    response = await api.call("POST", "/api/v1/import", data=body)
    assert response.status == 200 and (await response.json())["applied"] is True
    assert KnowledgeBase(engine=db.engine).organisation("csg").channels[0].value == "0800-5555"
    bad = yaml.safe_dump([dict(csg, audiences=["buurman"])])
    response = await api.call("POST", "/api/v1/import", data=bad)
    assert response.status == 422 and (await response.json())["problems"][0]["field"] == "audiences[0]"
