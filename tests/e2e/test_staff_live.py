"""Live: a number changed by staff is in the bot's very next answer. Real action server, real
Rasa with the trained model, real web app, one knowledge base (tests/conftest.py `stack`);
no retrain, no restart.

Two ways in: the staff pages (a login and the edit form, over plain HTTP like a browser), and
the JSON API with a token made by the CLI. Each test puts the old facts back afterwards by
restoring the earlier version, so the other end-to-end tests see the seed again.
"""
from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid

import pytest

from bot.paths import PROJECT_ROOT
from tests.helpers.staff_fixtures import form, with_values

pytestmark = pytest.mark.e2e

PASSWORD = "een-lang-wachtwoord-e2e"
# Buttons that lead to a referral soonest, in the conversation as it is now; any other
# button is a fallback, so the test follows the conversation as it changes.
PREFERRED = ("ik ben verkracht", "in de afgelopen 7 dagen", "zeg ik liever niet", "weet ik niet")


def cli(url, *args, stdin=""):
    result = subprocess.run([sys.executable, "-m", "staff", "--database-url", url, *args], input=stdin,
                            capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def rest(stack, message, sender):
    request = urllib.request.Request(
        f"{stack.rasa_url}/webhooks/rest/webhook", headers={"Content-Type": "application/json"},
        data=json.dumps({"sender": sender, "message": message}).encode())
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def ask_for_help_cards(stack, opening="waar kan ik terecht"):
    """Ask where to go, answer the questions, return the organisation cards of the referral."""
    sender = uuid.uuid4().hex
    replies = rest(stack, opening, sender)
    for _turn in range(8):
        cards = [r["custom"] for r in replies if isinstance(r.get("custom"), dict) and "organisations" in r["custom"]]
        if cards:
            return [org for payload in cards for org in payload["organisations"]]
        buttons = [b for r in replies for b in r.get("buttons") or []]
        assert buttons, f"no cards and nothing to click: {[r.get('text') for r in replies]}"
        pick = next((b for want in PREFERRED for b in buttons if b["title"].lower() == want), buttons[0])
        replies = rest(stack, pick["payload"], sender)
    raise AssertionError("no referral with cards after 8 turns")


def phones_of(cards, slug):
    return [c["value"] for org in cards if org["slug"] == slug for c in org["channels"] if c["kind"] == "phone"]


class Browser:
    """Plain HTTP with a cookie jar, as a browser does it."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.status, response.read().decode("utf-8")

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(urllib.request.Request(self.base + path, data=data), timeout=30) as response:
            return response.status, response.geturl(), response.read().decode("utf-8")


def test_staff_page_edit_is_in_the_next_bot_answer(stack, knowledge_url):
    username = f"e2e-{uuid.uuid4().hex[:8]}"
    cli(knowledge_url, "create-user", username, "--role", "editor", "--password-stdin", stdin=PASSWORD + "\n")
    assert "0800-0188" in phones_of(ask_for_help_cards(stack), "csg")

    browser = Browser(stack.web_url)
    _status, page = browser.get("/beheer/inloggen")
    _status, url, _html = browser.post("/beheer/inloggen", with_values(form(page, "/beheer/inloggen"), {
        "gebruikersnaam": username, "wachtwoord": PASSWORD}))
    assert url.endswith("/beheer/organisaties")
    _status, page = browser.get("/beheer/organisaties/csg")
    base_version = int(dict(form(page, "/beheer/organisaties/csg"))["version"])
    status, url, _html = browser.post("/beheer/organisaties/csg", with_values(
        form(page, "/beheer/organisaties/csg"), {"channels[0].value": "0800-1234"}))
    assert "klaar=opgeslagen" in url
    try:
        phones = phones_of(ask_for_help_cards(stack), "csg")
        assert "0800-1234" in phones and "0800-0188" not in phones
    finally:
        path = f"/beheer/organisaties/csg/versies/{base_version}"
        _status, page = browser.get(path)
        browser.post(path + "/terugzetten", form(page, path + "/terugzetten"))
    assert "0800-0188" in phones_of(ask_for_help_cards(stack), "csg")


def test_api_edit_is_in_the_next_bot_answer(stack, knowledge_url):
    token = cli(
        knowledge_url, "create-token", f"e2e-{uuid.uuid4().hex[:6]}", "--scopes", "read,write"
    ).strip().splitlines()[-1]

    def api(method, path, body=None, headers=None):
        request = urllib.request.Request(
            stack.web_url + path, method=method, data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", **(headers or {})})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read()), response.headers

    current, headers = api("GET", "/api/v1/organisations/veilig-thuis")
    mapping = current["organisation"]
    old = mapping["channels"][0]["value"]
    assert old == "0800-2000"
    mapping["channels"][0]["value"] = "0800-2001"
    updated, _ = api(
        "PUT", "/api/v1/organisations/veilig-thuis", {"organisation": mapping}, {"If-Match": headers["ETag"]}
    )
    try:
        # At home: Veilig Thuis is on the referral (it is no filler elsewhere, issue 18).
        phones = phones_of(ask_for_help_cards(stack, "mijn oom heeft me twee jaar geleden thuis aangerand"),
                           "veilig-thuis")
        assert phones == ["0800-2001"]
    finally:
        api("POST", f"/api/v1/organisations/veilig-thuis/versions/{current['version']}/restore",
            {"version": updated["version"]})
    assert re.fullmatch(
        r"0800-2000", api("GET", "/api/v1/organisations/veilig-thuis")[0]["organisation"]["channels"][0]["value"]
    )
