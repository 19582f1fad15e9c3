"""Accessible: axe-core finds nothing serious, keyboard only works, new messages are announced."""
import json

import pytest
from playwright.sync_api import expect

from tests.helpers.browser.axe_check import axe_violations, blocking, describe
from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.rasa_double import HELP_CARDS

pytestmark = pytest.mark.browser


def check_axe(page, artefacts, name):
    violations = axe_violations(page)
    (artefacts / f"axe-{name}.json").write_text(json.dumps(violations, indent=2, ensure_ascii=False), "utf-8")
    assert blocking(violations) == [], "axe-core found serious problems:\n" + describe(blocking(violations))
    return violations


def test_axe_on_the_first_screen(page, site, artefacts):
    ChatPage(page, site.url("/")).open()
    check_axe(page, artefacts, "first-screen")


def test_axe_on_a_conversation_with_cards(page, site, artefacts):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hij staat voor de deur")
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.cards).to_have_count(HELP_CARDS)
    violations = check_axe(page, artefacts, "conversation")
    # Not only nothing serious: nothing against WCAG 2 A/AA at all, contrast included.
    wcag = [v for v in violations if any(t.startswith("wcag") for t in v["tags"])]
    assert wcag == [], describe(wcag)


def test_axe_when_the_chat_is_down(page, site, artefacts):
    site.stop_rasa()
    chat = ChatPage(page, site.url("/")).open()
    expect(chat.offline).to_be_visible()
    check_axe(page, artefacts, "chat-down")


def test_axe_on_a_phone(page, site, artefacts):
    page.set_viewport_size({"width": 360, "height": 740})
    chat = ChatPage(page, site.url("/")).open()
    chat.click_quick_reply("Waar kan ik terecht?")
    check_axe(page, artefacts, "phone-360")


def focused(page):
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return { id: e.id, tag: e.tagName.toLowerCase(), text: e.textContent.trim(),
                            outline: getComputedStyle(e).outlineStyle }; }"""
    )


def tab_until(page, predicate, key="Tab", limit=60):
    for _ in range(limit):
        page.keyboard.press(key)
        element = focused(page)
        if predicate(element):
            return element
    raise AssertionError(f"{key} never reached the element; last focus: {focused(page)}")


def test_keyboard_only_conversation(page, site):
    chat = ChatPage(page, site.url("/")).open()

    # Tab to the message box, type, Enter sends.
    tab_until(page, lambda e: e["id"] == "message")
    page.keyboard.type("hij staat voor de deur")
    page.keyboard.press("Enter")
    chat.wait_until_answered()
    expect(chat.last_bot_line()).to_contain_text("112")

    # Shift+Tab back to a quick reply of the greeting, Enter chooses it.
    button = tab_until(page, lambda e: e["text"] == "Waar kan ik terecht?", key="Shift+Tab")
    assert button["tag"] == "button" and button["outline"] != "none"
    page.keyboard.press("Enter")
    chat.wait_until_answered()
    expect(chat.cards).to_have_count(HELP_CARDS)

    # The phone link on a card is reachable and visibly focused.
    link = tab_until(page, lambda e: e["tag"] == "a" and "0800-0188" in e["text"], key="Shift+Tab")
    assert link["outline"] != "none"


def test_every_focus_stop_shows_a_visible_focus_ring(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.click_quick_reply("Waar kan ik terecht?")
    page.locator("#quick-exit").focus()
    page.keyboard.press("Shift+Tab")  # back to the start of the page, then walk forward
    seen = 0
    for _ in range(80):
        page.keyboard.press("Tab")
        element = focused(page)
        if element["tag"] == "body":
            break
        assert element["outline"] != "none", element
        seen += 1
    assert seen > 10


def test_new_messages_are_announced(page, site):
    chat = ChatPage(page, site.url("/")).open()
    expect(chat.log).to_have_attribute("aria-live", "polite")
    chat.say("hij staat voor de deur")
    live_parent = chat.last_bot_line().evaluate("e => e.closest('[aria-live]').id")
    assert live_parent == "log"
    # Who said what, for people who listen to the page.
    expect(chat.last_bot_line().locator(".visually-hidden").first).to_have_text("Wegwijzer: ")
    expect(chat.user_lines.last.locator(".visually-hidden")).to_have_text("Jij: ")
    expect(chat.offline).to_have_attribute("role", "alert")
