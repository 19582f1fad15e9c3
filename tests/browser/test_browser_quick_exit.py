""""Snel weg": by mouse, by keyboard and by Escape three times.

After it, the tab shows a neutral page, the conversation is gone from the DOM and from
sessionStorage, and Back leads to the page before the chat, not to the chat.
"""
import json

import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.chat_site import NEUTRAL_PATH, START_PATH

pytestmark = pytest.mark.browser

SECRET = "dit mag niemand zien 7731"
# Runs in every page of the test; records what the chat page held at the moment it left,
# in the tab's sessionStorage, which the neutral page (same origin here) can read.
PAGEHIDE_PROBE = """
window.addEventListener("pagehide", function () {
  var log = document.getElementById("log");
  if (!log) return;
  sessionStorage.setItem("probe-at-exit", JSON.stringify({
    storageKeys: Object.keys(sessionStorage),
    logItems: log.children.length,
    input: document.getElementById("message").value,
    secretOnPage: document.documentElement.innerHTML.indexOf(%s) >= 0
  }));
});
""" % json.dumps(SECRET)


def leave_by_click(chat):
    chat.quick_exit.click()


def leave_by_keyboard(chat):
    # From the message box, Shift+Tab back to "Snel weg", as a keyboard user would.
    for _ in range(60):
        if chat.page.evaluate("document.activeElement.id") == "quick-exit":
            break
        chat.page.keyboard.press("Shift+Tab")
    expect(chat.quick_exit).to_be_focused()
    chat.page.keyboard.press("Enter")


def leave_by_escape(chat):
    chat.input.focus()
    for _ in range(3):
        chat.page.keyboard.press("Escape")


@pytest.fixture
def chat_with_a_secret(page, site):
    page.context.add_init_script(PAGEHIDE_PROBE)
    page.goto(site.url(START_PATH))
    chat = ChatPage(page, site.url("/")).open()
    chat.say(SECRET)
    chat.input.fill(SECRET + " (half getypt)")
    # Whatever a later version might keep in sessionStorage must go too.
    page.evaluate("sessionStorage.setItem('gesprek', 'iets')")
    return chat


@pytest.mark.parametrize(
    "leave", [leave_by_click, leave_by_keyboard, leave_by_escape], ids=["click", "tab-enter", "escape-3x"]
)
def test_quick_exit_leaves_no_conversation_and_back_does_not_return(chat_with_a_secret, page, site, leave):
    leave(chat_with_a_secret)
    page.wait_for_url(site.url(NEUTRAL_PATH))
    expect(page).to_have_title("Het weer")
    assert SECRET not in page.content()

    at_exit = json.loads(page.evaluate("sessionStorage.getItem('probe-at-exit')"))
    assert at_exit == {"storageKeys": [], "logItems": 0, "input": "", "secretOnPage": False}

    page.go_back()
    assert page.url == site.url(START_PATH)
    assert SECRET not in page.content()
    page.go_forward()
    assert page.url == site.url(NEUTRAL_PATH)


def test_two_escapes_do_not_leave(page, site):
    chat = ChatPage(page, site.url("/")).open()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    chat.say("hoi")
    assert page.url == site.url("/")


def test_quick_exit_is_the_first_stop_for_the_keyboard(page, site):
    ChatPage(page, site.url("/")).open()
    page.keyboard.press("Tab")
    expect(page.locator("#quick-exit")).to_be_focused()
    expect(page.locator("#quick-exit")).to_have_accessible_name(
        "Snel weg: sluit deze pagina meteen. Of druk 3 keer op Escape."
    )


def test_quick_exit_stays_in_view_after_a_long_conversation(page, site):
    page.set_viewport_size({"width": 360, "height": 640})
    chat = ChatPage(page, site.url("/")).open()
    for _ in range(3):
        chat.click_quick_reply("Waar kan ik terecht?")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 0
    box = chat.quick_exit.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 640
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360

