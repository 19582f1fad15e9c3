"""Readable on a 360 px phone and at 200% zoom; screenshots kept in test-artefacts/browser/.

200% zoom of a 1280 x 800 window is a 640 x 400 CSS-pixel layout drawn at scale 2, which is
exactly what these contexts are. 320 px is WCAG's reflow width (1280 px at 400%).
"""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.rasa_double import HELP_CARDS

pytestmark = pytest.mark.browser

VIEWPORTS = {
    "desktop-1280": {"viewport": {"width": 1280, "height": 800}},
    "phone-360": {
        "viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True
    },
    "zoom-200": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
    "reflow-320": {"viewport": {"width": 320, "height": 640}},
}
# Always within reach, on any screen: leave, call 112, type, send.
ESSENTIALS = ["#quick-exit", '.lines a[href="tel:112"]', "#message", "#composer button[type=submit]"]


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def viewport_name(request):
    return request.param


@pytest.fixture
def context_options(viewport_name):
    return VIEWPORTS[viewport_name]


def conversation_with_cards(page, site):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hij staat voor de deur")
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.cards).to_have_count(HELP_CARDS)
    return chat


def test_no_sideways_scrolling_and_everything_essential_fits(page, site, viewport_name, artefacts):
    conversation_with_cards(page, site)
    width = VIEWPORTS[viewport_name]["viewport"]["width"]
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px sideways scroll at {viewport_name}"
    for selector in ESSENTIALS:
        box = page.locator(selector).bounding_box()
        assert box is not None and box["width"] > 0, selector
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (selector, box)
    # Nothing in a card is cut off: no element is wider than its card, "Meer over ..." open too.
    page.evaluate("document.querySelectorAll('.card details').forEach(d => { d.open = true; })")
    clipped = page.evaluate(
        """() => [...document.querySelectorAll('.card *')]
                 .filter(e => !e.closest('.visually-hidden'))  // clipped on purpose: for screen readers
                 .filter(e => e.scrollWidth > e.closest('.card').clientWidth + 1)
                 .map(e => e.outerHTML.slice(0, 80))"""
    )
    assert clipped == []
    # The conversation and the numbers are never smaller than 16 CSS pixels.
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('#log li, .lines li')]
                             .map(e => parseFloat(getComputedStyle(e).fontSize)))"""
    )
    assert smallest >= 16
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    page.screenshot(path=artefacts / f"chat-{viewport_name}.png", full_page=True)

