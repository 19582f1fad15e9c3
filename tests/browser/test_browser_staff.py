"""The staff pages in headless Debian Chromium: log in, change a phone number, and the chat
page shows the new number in its next answer; what staff type is shown as text, never run.

The app is the real one on a fresh, seeded SQLite knowledge base. Rasa is played by a small
server that answers with the cards the real `actions.cards` builds from that same knowledge
base, read through a long-lived KnowledgeBase as the action server holds it. The same flow
against the real Rasa and action server is in test_browser_staff_e2e.py.
"""
from __future__ import annotations

import pytest
from aiohttp import web
from playwright.sync_api import expect

from actions.cards import cards_payload
from knowledge import KnowledgeBase, seed_io
from knowledge.db import make_engine, session_scope
from knowledge.opening_hours import local_time
from staff import accounts, migrate
from tests.helpers.browser.axe_check import axe_violations, blocking, describe
from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.chat_site import LocalServer

pytestmark = pytest.mark.browser

PASSWORD = "een-lang-wachtwoord-7"
NEW_NUMBER = "0800-1234"
# Runs only if escaping fails: it would change the title, add an element or set a flag.
XSS = '<img src=x onerror="window.xss=1"><script>window.xss=2</script>"><b id="geinjecteerd">x</b>'


def _rasa_double(kb: KnowledgeBase) -> web.Application:
    app = web.Application()

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        now = local_time()
        return web.json_response([
            {"recipient_id": body["sender"], "text": "Hier kun je terecht."},
            {"recipient_id": body["sender"], "custom": cards_payload(kb.national_lines(now=now), now)},
        ])

    app.router.add_post("/webhooks/rest/webhook", webhook)
    return app


class StaffSite:
    def __init__(self, loops, folder) -> None:
        from bot.web.main import create_app
        from bot.web.settings import Settings

        self.engine = make_engine(f"sqlite:///{folder / 'knowledge.sqlite3'}")
        migrate.upgrade(self.engine)
        seed_io.load_seed(self.engine)
        with session_scope(self.engine) as session:
            accounts.create_user(session, "redacteur", PASSWORD, "editor", actor="test", n=2 ** 10)
        self.kb = KnowledgeBase(engine=self.engine)
        self.rasa = LocalServer(loops, _rasa_double(self.kb)).start()
        app = create_app(Settings(rasa_url=self.rasa.url, rasa_timeout_seconds=5), knowledge_engine=self.engine)
        self.web = LocalServer(loops, app).start()

    def url(self, path: str) -> str:
        return self.web.url + path

    def close(self) -> None:
        self.web.stop()
        self.rasa.stop()
        self.engine.dispose()


@pytest.fixture
def staff_site(server_loop, tmp_path):
    site = StaffSite(server_loop, tmp_path)
    yield site
    site.close()


def log_in(page, site: StaffSite) -> None:
    page.goto(site.url("/beheer"))
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Organisaties")).to_be_visible()


def open_csg(page) -> None:
    page.get_by_role("link", name="Centrum Seksueel Geweld (CSG)").click()
    expect(page.get_by_role("heading", name="Centrum Seksueel Geweld (CSG)")).to_be_visible()


def test_log_in_change_a_phone_number_and_the_chat_shows_it(page, staff_site, artefacts):
    chat = ChatPage(page, staff_site.url("/")).open()
    chat.say("waar kan ik terecht")
    expect(chat.cards.locator('a[href="tel:08000188"]').first).to_be_visible()

    log_in(page, staff_site)
    open_csg(page)
    number = page.locator('[id="channels[0].value"]')
    expect(number).to_have_value("0800-0188")
    number.fill(NEW_NUMBER)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("is opgeslagen")
    expect(number).to_have_value(NEW_NUMBER)
    violations = axe_violations(page)
    assert blocking(violations) == [], describe(blocking(violations))
    page.screenshot(path=artefacts / "staff-organisation-1280.png", full_page=True)

    page.get_by_role("link", name="Geschiedenis").click()
    expect(page.locator("table")).to_contain_text("redacteur")
    page.get_by_role("link", name="versie 2").click()
    expect(page.locator("td.old").first).to_have_text("0800-0188")
    expect(page.locator("td.new").first).to_have_text(NEW_NUMBER)
    page.screenshot(path=artefacts / "staff-version-diff-1280.png", full_page=True)

    chat = ChatPage(page, staff_site.url("/")).open()
    chat.say("waar kan ik terecht")
    card = chat.card("Centrum Seksueel Geweld").last  # the stand-in answers the greeting with cards too
    expect(card.locator('ul.main a[href="tel:08001234"]')).to_be_visible()
    expect(card).to_contain_text(NEW_NUMBER)
    expect(card).not_to_contain_text("0800-0188")


def test_a_wrong_number_gets_a_dutch_message_at_the_field(page, staff_site):
    log_in(page, staff_site)
    open_csg(page)
    page.locator('[id="channels[0].value"]').fill("0800-12")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert").first).to_contain_text("Niet opgeslagen")
    field = page.locator('[id="channels[0].value"]')
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator('[id="fout-channels[0].value"]')).to_contain_text("geen Nederlands telefoonnummer")
    assert staff_site.kb.organisation("csg").channels[0].value == "0800-0188"


def test_xss_in_a_description_is_text_on_staff_pages_and_in_the_chat(page, staff_site, traffic):
    log_in(page, staff_site)
    open_csg(page)
    page.locator("#description").fill(XSS)
    page.locator("#name").fill("CSG " + XSS)
    page.locator('[id="channels[0].note"]').fill(XSS)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("is opgeslagen")
    for path in ("/beheer/organisaties/csg", "/beheer/organisaties", "/beheer/organisaties/csg/geschiedenis",
                 "/beheer/organisaties/csg/versies/2"):
        page.goto(staff_site.url(path))
        expect(page.get_by_text(XSS).first).to_be_visible()
        assert page.locator("#geinjecteerd").count() == 0, path
        assert page.locator("img[src=x]").count() == 0, path
        assert page.evaluate("window.xss") is None, path
    page.goto(staff_site.url("/beheer/organisaties/csg"))
    expect(page.locator("#description")).to_have_value(XSS)  # in the form, as typed

    chat = ChatPage(page, staff_site.url("/")).open()
    chat.say("waar kan ik terecht")
    card = chat.card("CSG").last
    expect(card.locator("h3")).to_have_text("CSG " + XSS)
    expect(card).to_contain_text(XSS)  # the note, as text
    assert page.locator("#log #geinjecteerd").count() == 0
    assert page.locator("#log img").count() == 0
    assert page.evaluate("window.xss") is None
    assert traffic.page_errors == []


def test_staff_pages_work_on_a_phone_screen(browser, staff_site, artefacts):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        log_in(page, staff_site)
        page.goto(staff_site.url("/beheer/controleren"))
        expect(page.get_by_role("heading", name="Te controleren")).to_be_visible()
        violations = axe_violations(page)
        assert blocking(violations) == [], describe(blocking(violations))
        page.screenshot(path=artefacts / "staff-review-360.png", full_page=True)
        for path in ("/beheer/controleren", "/beheer/organisaties", "/beheer/organisaties/csg",
                     "/beheer/organisaties/csg/versies/1"):
            page.goto(staff_site.url(path))
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
                f"{path} scrolls sideways"
            )
    finally:
        context.close()
