"""The public web app with the aiohttp test client.

Rasa is played by a small real aiohttp server here, so that the relay, the clean-up of
Rasa's answer and the behaviour when Rasa is down are tested without a trained model.
The end-to-end tests (tests/e2e) run the same app against the real Rasa.
"""
import json
import re
from html.parser import HTMLParser

import pytest
from aiohttp import web

from bot.stack import free_port
from bot.web.main import create_app
from bot.web.settings import DEFAULT_QUICK_EXIT_URL, Settings
from staff.web.settings import StaffSettings

KEY_NUMBERS = ["112", "0800-0188", "0800-2000"]


STRONG_SENDER = "3f9a0c7e51b24d688e1f0a2b9c4d7e15"


@pytest.fixture
async def fake_rasa(aiohttp_server):
    received = []

    async def webhook(request):
        body = await request.json()
        received.append(body)
        return web.json_response(
            [
                {"recipient_id": body["sender"], "text": "Bel 112.", "internal": "x"},
                {"recipient_id": body["sender"], "buttons": [{"title": "Ja", "payload": "/greet"}], "text": "Kies"},
                {"recipient_id": body["sender"], "custom": {"cards": []}},
                {"recipient_id": body["sender"], "text": "Call 112.", "language": "en", "utter_action": "x"},
                {"recipient_id": body["sender"], "text": "?", "language": "<script>"},
            ]
        )

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    server = await aiohttp_server(app)
    server.received = received
    return server


@pytest.fixture
async def client(aiohttp_client, fake_rasa):
    settings = Settings(rasa_url=str(fake_rasa.make_url("")).rstrip("/"), rasa_timeout_seconds=5)
    return await aiohttp_client(create_app(settings))


@pytest.fixture
async def client_without_rasa(aiohttp_client):
    # A port nothing listens on: the app must still answer with the numbers.
    settings = Settings(rasa_url=f"http://127.0.0.1:{free_port()}", rasa_timeout_seconds=2)
    return await aiohttp_client(create_app(settings))


async def test_page_is_served_with_security_headers(client):
    response = await client.get("/")
    assert response.status == 200
    html = await response.text()
    assert 'lang="nl"' in html
    for number in ["112", "0800-0188", "0800-2000"]:
        assert number in html  # on the page itself, even when the chat is down
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


class _Links(HTMLParser):
    """Every URL-carrying attribute of a page, with the id of its element."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self.inline_handlers = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.inline_handlers += [name for name in attrs if name.startswith("on")]
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            if attrs.get(name) is not None:
                self.urls.append((tag, attrs.get("id"), attrs[name]))


async def test_page_has_no_inline_script_and_loads_nothing_from_elsewhere(client):
    html = await (await client.get("/")).text()
    links = _Links()
    links.feed(html)
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    assert links.inline_handlers == []
    # The one absolute URL is where "Snel weg" goes; it is a link, never loaded.
    absolute = [(tag, id_) for tag, id_, url in links.urls if "//" in url]
    assert absolute == [("a", "quick-exit")]
    loaded = [url for tag, _, url in links.urls if tag in ("script", "link", "img", "iframe")]
    assert loaded and all(url.startswith("/static/") for url in loaded)
    for tag, _, url in links.urls:
        if tag == "a" and url.startswith("tel:"):
            assert re.fullmatch(r"tel:\d+", url)


async def test_quick_exit_target_is_configurable_and_escaped(aiohttp_client, fake_rasa):
    settings = Settings(rasa_url=str(fake_rasa.make_url("")).rstrip("/"), quick_exit_url="/neutraal?a=1&b=2")
    client = await aiohttp_client(create_app(settings))
    html = await (await client.get("/")).text()
    assert 'href="/neutraal?a=1&amp;b=2"' in html
    assert "{{" not in html


async def test_the_chat_box_holds_what_rasa_keeps_and_no_more(client):
    from bot.channels.rest import SafeRestInput
    from bot.settings import MAX_MESSAGE_CHARS

    page = await (await client.get("/")).text()
    assert re.search(r'<textarea[^>]*maxlength="(\d+)"', page).group(1) == str(MAX_MESSAGE_CHARS)
    assert SafeRestInput().max_message_chars == MAX_MESSAGE_CHARS and "{{" not in page


async def test_default_quick_exit_goes_to_a_neutral_site_outside_this_app(client):
    html = await (await client.get("/")).text()
    assert f'href="{DEFAULT_QUICK_EXIT_URL}"' in html
    assert DEFAULT_QUICK_EXIT_URL.startswith("https://")


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "//evil.example", "", 'https://x" onclick="a', "data:text/html,x", "weer.nl"]
)
def test_unsafe_quick_exit_targets_are_refused(url):
    with pytest.raises(ValueError):
        Settings(quick_exit_url=url)


async def test_raw_template_is_never_served(client):
    html = await (await client.get("/static/index.html")).text()
    assert "{{" not in html and 'id="quick-exit"' in html


@pytest.mark.parametrize("path", ["/", "/static/chat.js", "/static/chat.css", "/gezond", "/bestaat-niet"])
async def test_every_response_has_the_security_headers_and_no_cookie(client, path):
    response = await client.get(path)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "Set-Cookie" not in response.headers


async def test_chat_relays_to_rasa_and_passes_only_renderable_fields(client, fake_rasa):
    response = await client.post("/api/chat", json={"sender": STRONG_SENDER, "message": "hoi"})
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = await response.json()
    assert body["degraded"] is False
    assert body["messages"][0] == {"text": "Bel 112."}
    assert body["messages"][1]["buttons"] == [{"title": "Ja", "payload": "/greet"}]
    assert body["messages"][2] == {"custom": {"cards": []}}
    assert body["messages"][3] == {"text": "Call 112.", "language": "en"}  # the page follows the language
    assert body["messages"][4] == {"text": "?"}  # only nl or en
    assert fake_rasa.received == [{"sender": STRONG_SENDER, "message": "hoi"}]


async def test_rasa_down_still_gives_the_key_numbers(client_without_rasa):
    response = await client_without_rasa.post("/api/chat", json={"sender": STRONG_SENDER, "message": "hoi"})
    assert response.status == 200
    body = await response.json()
    assert body["degraded"] is True
    text = body["messages"][0]["text"]
    for number in KEY_NUMBERS:
        assert number in text


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "not json",
        "[]",
        "null",
        '{"message": 12}',
        '{"message": null, "sender": STRONG_SENDER}',
        '{"sender": STRONG_SENDER}',
        '{"message": ["a"]}',
        "\udcff",
    ],
)
async def test_malformed_requests_get_400_with_numbers_never_500(client, raw):
    response = await client.post(
        "/api/chat", data=raw.encode("utf-8", "surrogateescape"), headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    body = await response.json()
    assert "112" in body["messages"][0]["text"]


async def test_the_text_is_relayed_as_typed_and_cleaned_once_where_it_enters_rasa(client, fake_rasa):
    # One place cleans and cuts what people type: Rasa's REST channel (bot/channels/request_body.py,
    # tested in tests/privacy). This app checks the shape and relays; its body limit bounds the size.
    message = "a\x00b\x1bc" + "x" * 50_000
    response = await client.post("/api/chat", json={"sender": STRONG_SENDER, "message": message})
    assert response.status == 200
    assert fake_rasa.received[-1]["message"] == message


async def test_a_body_over_the_limit_is_refused_with_the_numbers(client, fake_rasa):
    before = len(fake_rasa.received)
    response = await client.post("/api/chat", json={"sender": STRONG_SENDER, "message": "x" * 300_000})
    assert response.status in (400, 413)
    assert "112" in (await response.text())
    assert len(fake_rasa.received) == before


@pytest.mark.parametrize("weak", ["<script>", "xxxxxxxx", "abcdef123456", "0" * 31 + "1", "A" * 32, "a" * 65,
                                  "aaaa1111bbbb2222cccc3333dddd4444"])
async def test_a_weak_or_invalid_sender_is_replaced_by_a_strong_one(client, fake_rasa, weak):
    response = await client.post("/api/chat", json={"sender": weak, "message": "hoi"})
    sender = fake_rasa.received[-1]["sender"]
    assert sender != weak and len(sender) == 32 and len(set(sender)) >= 10
    assert (await response.json())["sender"] == sender  # so a client can go on with it


async def test_no_software_versions_and_hsts_only_behind_tls(aiohttp_client, fake_rasa):
    plain = await aiohttp_client(create_app(Settings(rasa_url=str(fake_rasa.make_url("")).rstrip("/"))))
    response = await plain.get("/gezond")
    assert response.headers["Server"] == "Wegwijzer"
    assert "Strict-Transport-Security" not in response.headers
    behind = await aiohttp_client(create_app(Settings(rasa_url=str(fake_rasa.make_url("")).rstrip("/")),
                                             StaffSettings(behind_tls=True)))
    for path in ("/gezond", "/bestaat-niet", "/beheer/inloggen"):
        response = await behind.get(path)
        assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert ("aiohttp" not in response.headers.get("Server", "")
                and "Python" not in response.headers.get("Server", ""))


async def test_body_over_the_size_limit_is_refused_not_crashed(client):
    response = await client.post(
        "/api/chat", data=json.dumps({"message": "x" * 400_000}), headers={"Content-Type": "application/json"}
    )
    assert response.status in (400, 413)
