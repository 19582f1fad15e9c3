"""The staff pages do their job: search, edit with Dutch validation, concurrency, history and
restore, soft delete, "te controleren", import/export, accounts, tokens, audit log, escaping."""
from __future__ import annotations

import re

import yaml
from sqlalchemy import select

from knowledge import KnowledgeBase, history
from knowledge.db import session_scope
from knowledge.models import OrganisationVersion
from knowledge.opening_hours import local_time
from staff import audit
from tests.helpers.staff_fixtures import form, with_values, without

EDIT = "/beheer/organisaties/csg"
XSS = '<script>document.title="xss"</script><img src=x onerror="document.title=1">'


async def edit(staff, changes, *, path=EDIT, drop=()):
    fields = with_values(form(await staff.page(path), path), changes)
    for name in drop:
        fields = without(fields, name)
    return await staff.post(path, fields)


def phone_of(db, slug="csg"):
    kb = KnowledgeBase(engine=db.engine)
    return [c.value for c in kb.organisation(slug).channels if c.kind == "phone"]


def versions_of(db, slug="csg"):
    with session_scope(db.engine) as session:
        org_id = session.execute(
            select(OrganisationVersion.organisation_id).where(OrganisationVersion.slug == slug)
        ).scalars().first()
        return history.versions(session, org_id)


async def test_list_and_search(viewer):
    html = await viewer.page("/beheer/organisaties")
    assert "Centrum Seksueel Geweld" in html and "Veilig Thuis" in html
    html = await viewer.page("/beheer/organisaties?q=0800-2000")  # by phone number
    assert "Veilig Thuis" in html and "Centrum Seksueel Geweld" not in html
    html = await viewer.page("/beheer/organisaties?q=Almere")  # by municipality
    assert "straatintimidatie-almere" in html and "csg" not in re.findall(r"<td>([a-z0-9-]+)</td>", html)
    html = await viewer.page("/beheer/organisaties?q=%25")  # a LIKE wildcard is just a character
    assert "Niets gevonden" in html


async def test_viewer_sees_the_form_but_cannot_save(viewer, db):
    html = await viewer.page(EDIT)
    assert "<fieldset disabled>" in html and "Opslaan" not in html
    response = await viewer.post(EDIT, form(html, EDIT))
    assert response.status == 403
    assert phone_of(db) == ["0800-0188"]


async def test_editor_changes_a_phone_number_and_the_assistant_uses_it_next(editor, db):
    kb = KnowledgeBase(engine=db.engine)  # as the action server holds it: long-lived
    assert [c.value for c in kb.organisation("csg").channels if c.kind == "phone"] == ["0800-0188"]
    response = await edit(editor, {"channels[0].value": "0800-1234"})
    assert response.status == 303
    assert response.headers["Location"].startswith(EDIT + "?klaar=opgeslagen")
    assert [c.value for c in kb.organisation("csg").channels if c.kind == "phone"] == ["0800-1234"]
    latest, previous = versions_of(db)[:2]
    assert (latest.version, latest.actor, latest.action, latest.changed_fields) == (
        2, "redacteur", "update", ("channels",)
    )
    assert history.diff(previous.snapshot, latest.snapshot) == [
        history.DiffLine("channels[0].value", "0800-0188", "0800-1234")
    ]
    with session_scope(db.engine) as session:
        row = audit.entries(session, action_prefix="organisatie")[0]
    assert (row.actor, row.action, row.target) == ("redacteur", "organisatie.update", "csg")


async def test_saving_without_changes_makes_no_new_version(editor, db):
    response = await edit(editor, {})
    assert response.status == 303 and "ongewijzigd" in response.headers["Location"]
    assert [v.version for v in versions_of(db)] == [1]


async def test_bad_values_get_clear_dutch_messages_next_to_the_field_and_nothing_is_saved(editor, db):
    response = await edit(editor, {
        "channels[0].value": "0800-12",
        "channels[1].value": "centrumseksueelgeweld.nl",
        "channels[2].hours.mode": "rooster",
        "channels[2].hours.weekly.mon": "17:00-09:00",
        "channels[2].hours.weekly.tue": "9 tot 5",
        "channels[2].hours.status": "V",
        "channels[2].hours.source": "https://centrumseksueelgeweld.nl",
        "channels[2].hours.verified_on": "2026-11-01",
    })
    assert response.status == 422
    html = await response.text()
    assert "Niet opgeslagen: 4 punten" in html
    assert "geen Nederlands telefoonnummer" in html
    assert "URL moet beginnen met https://" in html
    assert "het einde moet na het begin liggen" in html
    assert "schrijf een tijdvak als UU:MM-UU:MM" in html
    assert 'id="channels[0].value" name="channels[0].value" type="text" value="0800-12"' in html
    assert 'aria-invalid="true" aria-describedby="fout-channels[0].value"' in html
    assert phone_of(db) == ["0800-0188"] and len(versions_of(db)) == 1


async def test_a_shown_fact_needs_a_source_and_date(editor):
    response = await edit(editor, {"channels[0].source": "", "channels[0].verified_on": ""})
    html = await response.text()
    assert response.status == 422 and "URL ontbreekt" in html and "geen datum" in html


async def test_add_and_remove_channels_with_opening_hours(editor, db):
    html = await editor.page(EDIT)
    blank = max(int(i) for i in re.findall(r'name="channels\[(\d+)\]\.kind"', html))
    new = f"channels[{blank}]"
    response = await edit(editor, {
        f"{new}.kind": "phone", f"{new}.value": "088 123 45 67", f"{new}.label": "Bel overdag",
        f"{new}.status": "V", f"{new}.source": "https://centrumseksueelgeweld.nl", f"{new}.verified_on": "2026-11-20",
        f"{new}.hours.mode": "rooster", f"{new}.hours.weekly.mon": "09:00-12:00, 13:00-17:00",
        f"{new}.hours.weekly.fri": "09:00-17:00", f"{new}.hours.status": "V",
        f"{new}.hours.source": "https://centrumseksueelgeweld.nl", f"{new}.hours.verified_on": "2026-11-20",
        "channels[1].remove": "1",
    })
    assert response.status == 303, await response.text()
    channels = KnowledgeBase(engine=db.engine).organisation("csg", now=local_time()).channels
    assert [c.kind for c in channels] == ["phone", "website", "phone"]
    assert channels[2].value == "088 123 45 67" and not channels[2].always_open
    # The removed chat channel is not lost: it is in the previous version.
    assert "chat" in [c["kind"] for c in versions_of(db)[1].snapshot["channels"]]


async def test_confirm_checkbox_sets_today_and_status(editor, db):
    response = await edit(editor, {"channels[1].hours.confirm": "1"})  # CSG chat hours are U in the seed
    assert response.status == 303
    hours = versions_of(db)[0].snapshot["channels"][1]["hours"]
    assert hours["status"] == "V" and hours["verified_on"] == local_time().date().isoformat()


async def test_two_editors_the_second_save_is_refused_and_shows_the_other_change(browser_factory, db):
    anna, bram = await browser_factory(), await browser_factory()
    await anna.login("redacteur")
    await bram.login("beheerder")
    anna_form = form(await anna.page(EDIT), EDIT)
    bram_form = form(await bram.page(EDIT), EDIT)
    response = await anna.post(EDIT, with_values(anna_form, {"channels[0].value": "0800-1111"}))
    assert response.status == 303
    response = await bram.post(EDIT, with_values(bram_form, {"name": "CSG (Bram)"}))
    assert response.status == 409
    html = await response.text()
    assert "Iemand anders heeft dit intussen opgeslagen" in html and "redacteur" in html
    assert "0800-0188" in html and "0800-1111" in html  # the other's change, old and new
    assert 'value="CSG (Bram)"' in html  # what Bram typed is still there
    assert phone_of(db) == ["0800-1111"]
    assert KnowledgeBase(engine=db.engine).organisation("csg").name == "Centrum Seksueel Geweld (CSG)"
    # Bram saw it; saving again now is his choice, and keeps Anna's number (the form has the new version).
    again = form(await bram.page(EDIT), EDIT)
    response = await bram.post(EDIT, with_values(again, {"name": "CSG (Bram)"}))
    assert response.status == 303
    assert phone_of(db) == ["0800-1111"] and [v.actor for v in versions_of(db)[:2]] == ["beheerder", "redacteur"]


async def test_history_diff_and_restore_an_earlier_version(editor, db):
    await edit(editor, {"channels[0].value": "0800-1234"})
    await edit(editor, {"name": "Nieuwe naam"})
    html = await editor.page(EDIT + "/geschiedenis")
    assert all(f"versie {n}" in html for n in (1, 2, 3)) and "redacteur" in html
    html = await editor.page(EDIT + "/versies/2")
    assert "channels[0].value" in html and "0800-0188" in html and "0800-1234" in html
    restore_path = EDIT + "/versies/1/terugzetten"
    response = await editor.post(restore_path, form(html := await editor.page(EDIT + "/versies/1"), restore_path))
    assert response.status == 303
    assert phone_of(db) == ["0800-0188"]
    versions = versions_of(db)
    assert [v.version for v in versions] == [4, 3, 2, 1]
    assert versions[0].action == "revert" and versions[0].snapshot == versions[3].snapshot
    # Nothing was overwritten: versions 2 and 3 still hold what they held.
    assert versions[2].snapshot["channels"][0]["value"] == "0800-1234"
    assert versions[1].snapshot["name"] == "Nieuwe naam"
    # Restoring with a stale version is a conflict.
    response = await editor.post(restore_path, form(html, restore_path))
    assert response.status == 409


async def test_soft_delete_and_restore(editor, db):
    kb = KnowledgeBase(engine=db.engine)
    html = await editor.page(EDIT)
    response = await editor.post(EDIT + "/verwijderen", form(html, EDIT + "/verwijderen"))
    assert response.status == 303
    assert kb.organisation("csg") is None
    assert "csg" not in [r.slug for r in kb.national_lines()]
    listing = await editor.page("/beheer/organisaties")
    assert "Verwijderd" in listing and "/beheer/organisaties/csg/terugzetten" in listing
    # A deleted organisation cannot be edited until it is back.
    response = await edit(editor, {"name": "x"})
    assert response.status == 409
    html = await editor.page(EDIT)
    response = await editor.post(EDIT + "/terugzetten", form(html, EDIT + "/terugzetten"))
    assert response.status == 303
    assert kb.organisation("csg").name == "Centrum Seksueel Geweld (CSG)"
    assert [v.action for v in versions_of(db)[:2]] == ["undelete", "delete"]


async def test_te_controleren_lists_unverified_and_old_facts_and_confirms_one(editor, db):
    html = await editor.page("/beheer/controleren?dagen=3650")
    assert "Niet gecontroleerd (U)" in html and "Kanaal 2, openingstijden" in html
    assert "Langer dan 3650 dagen geleden gecontroleerd (0)" in html
    old = await editor.page("/beheer/controleren?dagen=1")  # the seed was checked before yesterday
    assert re.search(r"Langer dan 1 dag geleden gecontroleerd \((\d+)\)", old).group(1) != "0"
    fields = with_values(form(html, "/beheer/controleren"), {})
    slug = dict(fields)["slug"]
    fact = dict(fields)["field"]
    response = await editor.post("/beheer/controleren", with_values(fields, {
        "source": "https://www.rijksoverheid.nl", "verified_on": "2026-11-02"}))
    assert response.status == 303, await response.text()
    latest = versions_of(db, slug)[0]
    assert latest.action == "confirm" and latest.note == fact
    response = await editor.post("/beheer/controleren", with_values(fields, {"verified_on": "2999-01-01"}))
    assert response.status == 422 and "toekomst" in await response.text()


async def test_export_then_import_with_a_preview_first(editor, db):
    response = await editor.get("/beheer/export")
    assert response.status == 200 and "attachment" in response.headers["Content-Disposition"]
    data = yaml.safe_load(await response.text())
    csg = next(o for o in data["organisations"] if o["slug"] == "csg")
    csg["channels"][0]["value"] = "0800-7777"
    text = yaml.safe_dump({"organisations": [csg]}, allow_unicode=True)
    response = await editor.post("/beheer/import", {"yaml": text})
    html = await response.text()
    assert response.status == 200 and "Voorvertoning" in html and "0800-7777" in html and "gewijzigd: csg" in html
    assert phone_of(db) == ["0800-0188"]  # a preview changes nothing
    response = await editor.post("/beheer/import/toepassen", form(html, "/beheer/import/toepassen"))
    assert response.status == 200 and "1 gewijzigd" in await response.text()
    assert phone_of(db) == ["0800-7777"]
    assert versions_of(db)[0].action == "import" and versions_of(db)[0].actor == "redacteur"


async def test_import_refused_when_something_changed_after_the_preview(editor, db):
    data = yaml.safe_load(await (await editor.get("/beheer/export")).text())
    csg = next(o for o in data["organisations"] if o["slug"] == "csg")
    csg["name"] = "Via import"
    response = await editor.post("/beheer/import", {"yaml": yaml.safe_dump([csg], allow_unicode=True)})
    preview = await response.text()
    await edit(editor, {"channels[0].value": "0800-1234"})
    response = await editor.post("/beheer/import/toepassen", form(preview, "/beheer/import/toepassen"))
    assert response.status == 409 and "intussen" in await response.text()
    assert phone_of(db) == ["0800-1234"]


async def test_a_bad_import_names_every_problem_and_changes_nothing(editor, db):
    text = yaml.safe_dump([{"slug": "nieuw", "name": "Nieuw"}])
    response = await editor.post("/beheer/import", {"yaml": text})
    html = await response.text()
    assert response.status == 422 and "nieuw: description: verplicht veld ontbreekt" in html
    assert "/beheer/import/toepassen" not in html


async def test_create_a_new_organisation(editor, db):
    path = "/beheer/organisaties/nieuw"
    response = await editor.post(path, with_values(form(await editor.page(path), path), {
        "slug": "proef-org", "name": "Proef", "description": "Een proef.", "what_to_expect": "Je belt.",
        "kinds_of_help": "psychisch", "audiences": "slachtoffer", "situations": "algemeen",
        "channels[0].kind": "phone", "channels[0].value": "0800-1234", "channels[0].status": "V",
        "channels[0].source": "https://www.rijksoverheid.nl", "channels[0].verified_on": "2026-11-20"}))
    assert response.status == 303, await response.text()
    assert phone_of(db, "proef-org") == ["0800-1234"]
    assert versions_of(db, "proef-org")[0].action == "create"


async def test_admin_manages_accounts_and_tokens(admin, browser_factory, db):
    response = await admin.post("/beheer/gebruikers",
                                {"gebruikersnaam": "nieuwe", "rol": "viewer", "wachtwoord": "kort"})
    assert response.status == 422 and "12 tekens" in await response.text()
    response = await admin.post("/beheer/gebruikers",
                                {"gebruikersnaam": "nieuwe", "rol": "viewer", "wachtwoord": "een-goed-wachtwoord"})
    assert response.status == 200 and "nieuwe" in await response.text()
    newcomer = await browser_factory()
    await newcomer.login("nieuwe", "een-goed-wachtwoord")
    response = await admin.post("/beheer/tokens", {"naam": "koppeling", "schrijven": "1"})
    html = await response.text()
    token = re.search(r'id="nieuw-token">(wwz_[^<]+)<', html).group(1)
    assert "read, write" in html
    listing = await admin.page("/beheer/tokens")
    assert token not in listing and token[:10] in listing  # shown once; afterwards only its start
    api = await newcomer.client.get("/api/v1/organisations", headers={"Authorization": f"Bearer {token}"})
    assert api.status == 200
    token_id = re.search(r'/beheer/tokens/(\d+)/intrekken', listing).group(1)
    response = await admin.post(f"/beheer/tokens/{token_id}/intrekken")
    assert response.status == 200 and "ingetrokken" in await response.text()
    api = await newcomer.client.get("/api/v1/organisations", headers={"Authorization": f"Bearer {token}"})
    assert api.status == 401
    html = await admin.page("/beheer/audit")
    for action in ("gebruiker.aangemaakt", "token.aangemaakt", "token.ingetrokken", "login"):
        assert action in html


async def test_the_last_admin_cannot_be_switched_off(admin, db):
    from staff.models import StaffUser

    with session_scope(db.engine) as session:
        admin_id = session.execute(select(StaffUser.id).where(StaffUser.username == "beheerder")).scalar_one()
    response = await admin.post(f"/beheer/gebruikers/{admin_id}", {"actie": "rol", "rol": "editor"})
    assert response.status == 422 and "minstens één actieve beheerder" in await response.text()


async def test_audit_log_lists_logins_and_changes(editor, admin):
    await edit(editor, {"channels[0].value": "0800-1234"})
    html = await admin.page("/beheer/audit")
    assert re.search(r"<td>redacteur</td><td>login</td>", html)
    assert re.search(r"<td>redacteur</td><td>organisatie.update</td><td>csg</td><td>versie 2: channels</td>", html)
    only_logins = await admin.page("/beheer/audit?soort=login")
    assert "organisatie.update" not in only_logins


async def test_what_staff_type_is_shown_as_text_on_every_page(editor, admin, db):
    response = await edit(editor, {"description": XSS, "name": XSS, "channels[0].note": XSS})
    assert response.status == 303, await response.text()
    for path in (EDIT, "/beheer/organisaties", EDIT + "/geschiedenis", EDIT + "/versies/2",
                 "/beheer/organisaties?q=script"):
        html = await admin.page(path)
        assert "<script>document.title" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;document.title=&#34;xss&#34;&lt;/script&gt;" in html, path
    response = await admin.post("/beheer/gebruikers",
                                {"gebruikersnaam": "<b>x</b>", "rol": "viewer", "wachtwoord": "een-goed-wachtwoord"})
    assert "<b>x</b>" not in await response.text()
    search = await admin.page("/beheer/organisaties?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)</script>" not in search


async def test_pages_send_the_security_headers(viewer):
    response = await viewer.get("/beheer/organisaties")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Frame-Options"] == "DENY"
    css = await viewer.get("/beheer/static/staff.css")
    assert css.status == 200


async def test_unknown_organisation_and_version_are_404(viewer):
    assert (await viewer.get("/beheer/organisaties/bestaat-niet")).status == 404
    assert (await viewer.get(EDIT + "/versies/99")).status == 404
    assert (await viewer.get(EDIT + "/versies/x")).status == 404
