"""No trace by default: nothing leaves localhost, no cookies, no storage, a fresh id per load."""
import json
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage
from tests.helpers.browser.chat_site import NEUTRAL_PATH
from tests.helpers.browser.rasa_double import HELP_CARDS

pytestmark = pytest.mark.browser

SENDER = re.compile(r"^[0-9a-f]{32}$")


def chat_senders(requests):
    return [json.loads(r.post_data)["sender"] for r in requests if r.url.endswith("/api/chat")]


def test_no_request_leaves_localhost(page, site, traffic):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hij staat voor de deur")
    chat.click_quick_reply("Waar kan ik terecht?")
    expect(chat.cards).to_have_count(HELP_CARDS)
    chat.quick_exit.click()
    page.wait_for_url(site.url(NEUTRAL_PATH))

    paths = {urlsplit(url).path for url in traffic.requests}
    assert {"/", "/static/chat.css", "/static/chat.js", "/api/chat", NEUTRAL_PATH} <= paths
    hosts = {urlsplit(url).hostname for url in traffic.requests}
    assert hosts == {"127.0.0.1"}, traffic.requests
    assert traffic.blocked == []


def test_no_cookies_no_local_storage_no_session_storage(page, site, context):
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    chat.click_quick_reply("Waar kan ik terecht?")
    assert context.cookies() == []
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("sessionStorage.length") == 0
    assert page.evaluate("indexedDB.databases()") == []


def test_the_conversation_id_is_random_per_page_load_and_kept_only_in_memory(page, site, context):
    sent = []
    page.on("request", lambda request: sent.append(request))
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    first = set(chat_senders(sent))
    assert len(first) == 1 and SENDER.match(next(iter(first)))

    sender = next(iter(first))
    state = page.evaluate("JSON.stringify([document.cookie, location.href, {...localStorage}, {...sessionStorage}])")
    assert sender not in state
    assert sender not in json.dumps(context.storage_state())

    sent.clear()
    chat.open()  # a reload: a new, unrelated conversation
    second = set(chat_senders(sent))
    assert len(second) == 1 and second != first
    assert [m["sender"] for m in site.received] == [sender, sender] + list(second)


def test_page_and_api_answer_with_no_store_no_referrer_and_strict_csp(page, site):
    responses = []
    page.on("response", lambda response: responses.append(response))
    chat = ChatPage(page, site.url("/")).open()
    chat.say("hoi")
    by_path = {urlsplit(r.url).path: r.all_headers() for r in responses}
    assert {"/", "/static/chat.js", "/static/chat.css", "/api/chat"} <= set(by_path)
    for path, headers in by_path.items():
        assert headers["cache-control"] == "no-store", path
        assert headers["referrer-policy"] == "no-referrer", path
        assert headers["x-content-type-options"] == "nosniff", path
        assert "set-cookie" not in headers, path
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe" not in csp, path


def test_the_page_explains_anonymity_and_private_windows(page, site):
    ChatPage(page, site.url("/")).open()
    privacy = page.locator(".privacy")
    expect(privacy).to_contain_text("anoniem")
    expect(privacy).to_contain_text("privévenster")
    expect(privacy).to_contain_text("3 keer op Esc")
    assert page.evaluate("document.documentElement.lang") == "nl"
