"""The "Verwijder mijn gesprek" button: the assistant is asked to delete the conversation
(the request, then "yes" to its check), the page forgets it too, and whatever comes next is
a new conversation.

With the Rasa stand-in (what the page sends, what it shows), and once against the real
stack (the real confirmation; tests/privacy/test_retention_e2e.py proves the deletion in
the tracker store).
"""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage

pytestmark = pytest.mark.browser

FORGET = "/forget_conversation"
YES = "/affirm"


def forget_button(page):
    return page.get_by_role("button", name="Verwijder mijn gesprek")


def test_the_button_asks_to_delete_this_conversation_and_clears_the_page(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("ik wil weten waar ik terecht kan, mijn naam is Zwanetje")
    expect(chat.user_lines).to_have_count(2)  # the page's own "Hoi", then this
    first_sender = site.received[-1]["sender"]

    forget_button(page).click()
    chat.wait_until_answered()
    assert site.received[-2:] == [{"sender": first_sender, "message": FORGET},
                                  {"sender": first_sender, "message": YES}]
    expect(chat.log).not_to_contain_text("Zwanetje")
    expect(chat.user_lines).to_have_count(0)
    expect(chat.bot_lines).to_have_count(1)  # only the answer to the request
    expect(chat.input).to_be_focused()

    chat.say("hoi")
    assert site.received[-1]["message"] == "hoi"
    assert site.received[-1]["sender"] != first_sender, "after deleting, a new conversation starts"


def test_the_button_works_by_keyboard(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    forget_button(page).focus()
    page.keyboard.press("Enter")
    chat.wait_until_answered()
    assert [m["message"] for m in site.received[-2:]] == [FORGET, YES]
    expect(chat.user_lines).to_have_count(0)


def test_when_the_assistant_cannot_be_reached_the_page_says_the_deletion_failed(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    site.stop_rasa()
    forget_button(page).click()
    chat.wait_until_answered()
    expect(chat.last_bot_line()).to_contain_text("Het verwijderen is nu niet gelukt")
    expect(chat.offline).to_be_visible()
    expect(chat.user_lines).to_have_count(0)


@pytest.mark.e2e
def test_the_real_assistant_confirms_the_deletion(page, stack):
    chat = ChatPage(page, stack.web_url + "/").open()
    chat.say("ik ben gisteravond lastiggevallen")
    forget_button(page).click()
    chat.wait_until_answered()
    expect(chat.bot_lines).to_have_count(1)
    expect(chat.last_bot_line()).to_contain_text("Je gesprek is verwijderd")
    expect(chat.last_bot_line().locator('a[href="tel:112"]')).to_be_visible()
    expect(chat.log).not_to_contain_text("lastiggevallen")
