"""The page against the real stack: action server, Rasa with the trained model, web app.

Needs the model that `make test` trains (marked e2e); shares the session's `stack` fixture
(tests/conftest.py) with tests/e2e, so Rasa starts once per test run.
"""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.axe_check import axe_violations, blocking, describe
from tests.helpers.browser.chat_page import ChatPage

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


@pytest.fixture
def chat(page, stack):
    return ChatPage(page, stack.web_url + "/").open()


def test_real_bot_greets_and_answers_danger_with_112(chat):
    expect(chat.last_bot_line()).to_contain_text("Wegwijzer")
    chat.say("hij staat voor de deur")
    reply = chat.bot_lines.nth(1)
    expect(reply).to_contain_text("112")
    expect(reply.locator('a[href="tel:112"]').first).to_be_visible()


def test_real_quick_reply_brings_organisation_cards_with_phone_links(chat, page, artefacts):
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.last_bot_line()).to_contain_text("Wat is er gebeurd?")
    chat.click_quick_reply("Ik ben verkracht")
    expect(chat.last_bot_line()).to_contain_text("Wanneer is het gebeurd?")
    chat.click_quick_reply("In de afgelopen 7 dagen")
    expect(chat.cards.filter(has_text="Centrum Seksueel Geweld").first).to_be_visible()
    phone = chat.cards.locator('a[href="tel:08000188"]').first
    expect(phone).to_be_visible()
    expect(chat.cards.locator(".badge").first).to_be_visible()
    violations = axe_violations(page)
    assert blocking(violations) == [], describe(blocking(violations))
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=artefacts / "chat-real-bot-1280.png", full_page=True)
