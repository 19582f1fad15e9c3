"""The referral as a person in shock sees it (issue 17): one bubble with a sentence for them,
two short cards and the buttons; it fits on one phone screen with their own message above it;
"Meer over ..." is a native <details> that works by keyboard; English is English."""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.axe_check import axe_violations, blocking, describe
from tests.helpers.browser.chat_page import ChatPage

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone-390x844": (390, 844), "desktop-1280x900": (1280, 900)}
MESSAGE = "ik ben gisteren verkracht op een feest"


def box(locator):
    found = locator.bounding_box()
    assert found is not None
    return found


@pytest.mark.parametrize("name", VIEWPORTS)
def test_the_first_referral_fits_on_one_screen_with_the_persons_message(page, site, artefacts, name):
    width, height = VIEWPORTS[name]
    page.set_viewport_size({"width": width, "height": height})
    chat = ChatPage(page, site.url("/")).open()
    chat.say(MESSAGE)
    referral = chat.bot_lines.last
    expect(referral.locator(".card")).to_have_count(2)
    expect(referral).to_contain_text("Het is niet jouw schuld")
    header = box(page.locator(".top"))
    asked, answer = box(chat.user_lines.last), box(referral)
    page.screenshot(path=str(artefacts / f"referral-{name}.png"))
    assert asked["y"] >= header["y"] + header["height"] - 1, "the person's message is under the header"
    assert answer["y"] + answer["height"] <= height, (
        f"the referral ends at {answer['y'] + answer['height']:.0f} px, the screen at {height} px")
    # One way to reach them now is visible; what happens there waits behind "Meer over ...".
    csg = chat.card("Centrum Seksueel Geweld")
    expect(csg.locator('ul.main a[href="tel:08000188"]')).to_be_visible()
    expect(csg.locator(".expect")).to_be_hidden()


def test_the_numbered_lines_are_the_cards_not_a_second_copy(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say(MESSAGE)
    referral = chat.bot_lines.last
    expect(referral).not_to_contain_text("1. Centrum Seksueel Geweld")
    expect(referral).to_contain_text("Ben je nu in gevaar? Bel 112.")
    # "Meer over ..." buttons are for text-only clients; the page has <details>.
    expect(referral.locator(".buttons button", has_text="Meer over")).to_have_count(0)
    expect(referral.locator(".buttons button", has_text="Meer opties")).to_have_count(1)


def test_meer_over_opens_by_keyboard(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say(MESSAGE)
    csg = chat.card("Centrum Seksueel Geweld")
    summary = csg.locator("summary")
    expect(summary).to_have_text("Meer over CSG")
    summary.focus()
    page.keyboard.press("Enter")
    expect(csg.locator(".expect")).to_be_visible()
    expect(csg.locator(".expect")).to_contain_text("72 uur")
    page.keyboard.press("Enter")
    expect(csg.locator(".expect")).to_be_hidden()


def test_axe_on_a_referral_on_a_phone_open_and_closed(page, site, artefacts):
    page.set_viewport_size({"width": 390, "height": 844})
    chat = ChatPage(page, site.url("/")).open()
    chat.say(MESSAGE)
    for state in ("closed", "open"):
        if state == "open":
            chat.card("Centrum Seksueel Geweld").locator("summary").click()
        violations = axe_violations(page)
        assert blocking(violations) == [], describe(blocking(violations))


def test_an_english_referral_is_english(page, site):
    chat = ChatPage(page, site.url("/")).open()
    expect(page.locator("#quick-exit")).to_have_text("Snel weg")
    chat.say("i was raped yesterday")
    referral = chat.bot_lines.last
    expect(referral).to_contain_text("It is not your fault")
    # The page's own words follow the conversation.
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#quick-exit")).to_have_text("Quick exit")
    expect(page.locator("#message")).to_have_attribute("placeholder", "Type your message here…")
    expect(page.locator("#forget")).to_have_text("Delete my conversation")
    expect(page.locator(".lines")).to_contain_text("Talk to someone now")
    expect(page.locator('.lines a[href="tel:112"]')).to_be_visible()
    csg = chat.card("Centrum Seksueel Geweld")
    expect(csg.locator(".badge").first).to_have_text("day and night")
    expect(csg.locator("summary")).to_have_text("More about CSG")
    csg.locator("summary").click()
    expect(csg.locator(".expect")).to_contain_text("What happens there?")
