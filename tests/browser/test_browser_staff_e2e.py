"""In the browser against the real stack: log in on /beheer, change CSG's phone number, then
the chat page shows the new number in the real bot's next referral (action server, Rasa with
the trained model, web app; tests/conftest.py `stack`). The old number is restored after."""
from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from playwright.sync_api import expect

from bot.paths import PROJECT_ROOT
from tests.helpers.browser.chat_page import ChatPage

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

PASSWORD = "een-lang-wachtwoord-e2e"
PREFERRED = ("Ik ben verkracht", "In de afgelopen 7 dagen", "Zeg ik liever niet", "Weet ik niet")


def create_editor(url: str) -> str:
    username = f"browser-{uuid.uuid4().hex[:8]}"
    result = subprocess.run(
        [sys.executable, "-m", "staff", "--database-url", url, "create-user", username, "--role", "editor",
         "--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return username


def referral(page, url: str):
    """Ask where to go and click through the questions until the organisation cards show."""
    chat = ChatPage(page, url).open()
    chat.click_quick_reply("Waar kan ik terecht?")
    for _turn in range(8):
        if chat.cards.count():
            return chat
        buttons = page.locator("#log .buttons").last.locator("button")
        titles = buttons.all_inner_texts()
        assert titles, "no cards and nothing to click"
        choice = next((t for want in PREFERRED for t in titles if t.strip() == want), titles[0])
        chat.click_quick_reply(choice.strip())
    raise AssertionError("no referral with cards after 8 turns")


def test_change_a_number_on_beheer_and_the_real_bot_uses_it(page, stack, knowledge_url, artefacts):
    username = create_editor(knowledge_url)
    page.goto(stack.web_url + "/beheer")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("link", name="Centrum Seksueel Geweld (CSG)").click()
    base_version = page.locator('input[name="version"]').first.input_value()
    page.locator('[id="channels[0].value"]').fill("0800-1234")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("is opgeslagen")
    page.screenshot(path=artefacts / "staff-saved-real-stack-1280.png", full_page=False)
    try:
        chat = referral(page, stack.web_url + "/")
        card = chat.card("Centrum Seksueel Geweld").first
        expect(card.locator('ul.main a[href="tel:08001234"]')).to_be_visible()
        expect(card).not_to_contain_text("0800-0188")
        page.screenshot(path=artefacts / "chat-after-staff-edit-1280.png", full_page=True)
    finally:
        page.goto(f"{stack.web_url}/beheer/organisaties/csg/versies/{base_version}")
        page.get_by_role("button", name=f"Versie {base_version} terugzetten").click()
        expect(page.get_by_role("status")).to_contain_text("teruggezet")
    chat = referral(page, stack.web_url + "/")
    expect(chat.card("Centrum Seksueel Geweld").first.locator('a[href="tel:08000188"]').first).to_be_visible()
