"""Always useful: when Rasa or the app cannot be reached, the page says so and shows the numbers."""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage

pytestmark = pytest.mark.browser

KEY_NUMBERS = {"112": "tel:112", "0800-0188": "tel:08000188", "0800-2000": "tel:08002000"}


def assert_numbers_shown(page):
    offline = page.locator("#offline")
    expect(offline).to_be_visible()
    expect(offline).to_contain_text("De chat werkt nu even niet")
    for number, href in KEY_NUMBERS.items():
        expect(offline.locator(f'a[href="{href}"]')).to_have_text(number)
        # ...and in the always-visible box at the top.
        expect(page.locator(".lines").locator(f'a[href="{href}"]')).to_be_visible()


def test_numbers_are_on_the_page_when_all_is_well(page, site):
    chat = ChatPage(page, site.url("/")).open()
    expect(chat.offline).to_be_hidden()
    lines = page.locator(".lines")
    for number, href in {**KEY_NUMBERS, "113": "tel:113", "0800-0113": "tel:08000113"}.items():
        expect(lines.locator(f'a[href="{href}"]')).to_have_text(number)


def test_rasa_stopped_during_a_conversation(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    expect(chat.offline).to_be_hidden()

    site.stop_rasa()
    chat.say("waar kan ik terecht")
    assert_numbers_shown(page)
    reply = chat.last_bot_line()
    expect(reply).to_contain_text("Het lukt nu even niet")
    expect(reply.locator('a[href="tel:112"]')).to_be_visible()


def test_rasa_down_before_the_page_opens(page, site):
    site.stop_rasa()
    ChatPage(page, site.url("/")).open()
    assert_numbers_shown(page)


def test_the_app_itself_unreachable_after_the_page_loaded(page, site):
    chat = ChatPage(page, site.url("/")).open()
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    chat.say("hoi")
    assert_numbers_shown(page)
    expect(chat.last_bot_line()).to_contain_text("De chat is nu niet bereikbaar")


def test_the_warning_goes_away_when_the_chat_works_again(page, site):
    chat = ChatPage(page, site.url("/")).open()
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    chat.say("hoi")
    expect(chat.offline).to_be_visible()
    page.unroute("**/api/chat")
    chat.say("hoi")
    expect(chat.offline).to_be_hidden()
