"""Talking to Wegwijzer in the browser: danger, quick replies, organisation cards."""
import re

import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.rasa_double import HELP_CARDS

pytestmark = pytest.mark.browser


@pytest.fixture
def chat(page, site):
    return ChatPage(page, site.url("/")).open()


def test_the_greeting_arrives_with_quick_replies(chat, site):
    expect(chat.last_bot_line()).to_contain_text("Ik help je de weg te vinden")
    expect(chat.button("Waar kan ik terecht?")).to_be_visible()
    assert site.received[0]["message"] == "/greet"


def test_a_danger_message_gets_112_as_a_phone_link(chat):
    chat.say("hij staat voor de deur")
    expect(chat.user_lines.last).to_contain_text("hij staat voor de deur")
    reply = chat.last_bot_line()
    # Short since issue 14: 112 first, then care, then the 113 line (no other numbers).
    expect(reply).to_contain_text("Bel nu meteen 112")
    expect(reply.locator('a[href="tel:112"]').first).to_have_text("112")
    expect(reply.locator('a[href="tel:08000113"]')).to_have_text("0800-0113")


def test_a_quick_reply_sends_its_payload_and_shows_its_title(chat, site):
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.user_lines.last).to_contain_text("Waar kan ik terecht?")
    assert site.received[-1]["message"] == "/ask_for_help"
    expect(chat.bot_lines.filter(has_text="Hier kun je altijd terecht")).to_have_count(1)
    # Focus goes back to the message box, ready for the next question.
    expect(chat.input).to_be_focused()


def test_organisation_cards_show_why_phone_links_and_opening_badges(chat):
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.cards).to_have_count(HELP_CARDS)

    csg = chat.card("Centrum Seksueel Geweld")
    expect(csg).to_contain_text("Ook als het langer geleden is.")
    phone = csg.locator('ul.main a[href^="tel:"]')  # the one way to reach them now
    expect(phone).to_contain_text("0800-0188")
    expect(phone).to_have_attribute("href", "tel:08000188")
    expect(csg.locator("ul.main .badge", has_text="dag en nacht")).to_be_visible()
    # The CSG chat exists (V) but its hours are unverified (U): no badge may claim them.
    chat_item = csg.locator("li", has=csg.page.locator('a[href="https://centrumseksueelgeweld.nl"]')).first
    expect(chat_item.locator(".badge")).to_have_count(0)
    expect(csg.locator('a[href="https://centrumseksueelgeweld.nl"]').first).to_have_attribute(
        "rel", "noopener noreferrer"
    )

    kindertelefoon = chat.card("Kindertelefoon")
    expect(kindertelefoon.locator(".badge.closed").first).to_have_text("opent vandaag om 11:00")
    meldpunt_zorg = chat.card("Landelijk Meldpunt Zorg")
    expect(meldpunt_zorg.locator(".badge", has_text="nu open").first).to_be_visible()
    expect(chat.card("Slachtofferhulp").locator('ul.main a[href="tel:09000101"]')).to_be_visible()


def test_every_phone_link_on_a_card_dials_the_number_it_shows(chat):
    chat.click_quick_reply("Waar kan ik terecht?")
    links = chat.cards.locator('a[href^="tel:"]')
    expect(links).to_have_count(10)  # the main one on each card, and all of them under "Meer over"
    for link in links.all():
        shown = re.search(r"0[\d -]{6,14}\d", link.text_content()).group(0)
        assert link.get_attribute("href") == "tel:" + re.sub(r"\D", "", shown)


def test_tapping_a_phone_link_keeps_the_conversation(chat, page, site):
    chat.click_quick_reply("Waar kan ik terecht?")
    chat.card("Veilig Thuis").locator('ul.main a[href="tel:08002000"]').click()
    # A tel: link hands the number to the phone app; the chat page itself stays.
    assert page.url == site.url("/")
    expect(chat.cards).to_have_count(HELP_CARDS)


def test_what_someone_types_is_shown_as_text_never_run(chat, page):
    chat.say('<img src=x onerror="document.title=1"><b>vet</b>')
    expect(chat.user_lines.last).to_contain_text("<b>vet</b>")
    assert page.locator("#log img, #log b").count() == 0
    assert page.title() == "Wegwijzer – chat"


def test_answers_come_in_the_order_of_the_questions(chat, site):
    chat.input.fill("hij staat voor de deur")
    chat.input.press("Enter")
    chat.input.fill("waar kan ik terecht")
    chat.input.press("Enter")
    chat.wait_until_answered()
    assert [m["message"] for m in site.received[1:]] == ["hij staat voor de deur", "waar kan ik terecht"]
    texts = chat.bot_lines.all_inner_texts()
    danger = next(i for i, t in enumerate(texts) if "Bel nu meteen 112" in t)
    lines = next(i for i, t in enumerate(texts) if "Hier kun je altijd terecht" in t)
    assert danger < lines
