"""Handlers: the chat page and the chat API that relays to Rasa."""
from __future__ import annotations

import re
import secrets
from pathlib import Path

from aiohttp import web

from bot.web.key_numbers import BAD_REQUEST_TEXT, UNAVAILABLE_TEXT
from bot.web.page import render_index
from bot.web.rasa_client import RasaClient, RasaUnavailable

STATIC_DIR = Path(__file__).parent / "static"
RASA_CLIENT = web.AppKey("rasa_client", RasaClient)
SETTINGS = web.AppKey("settings", object)
INDEX_PAGE = web.AppKey("index_page", bytes)

# A conversation id is a secret: 128 bits or more, as the page makes them (32 hex digits).
# A weak one ("xxxxxxxx", "aaaa...") is replaced by one the app makes (issue 19).
_SENDER = re.compile(r"^[0-9a-f]{32,64}$")
# A random 32-digit id has about 14 different digits; fewer than 10 happens once in 10,000
# (the page and new_sender() then draw again); "aaaa1111bbbb2222..." has 8.
_MIN_DISTINCT_DIGITS = 10


def strong_sender(sender: object) -> bool:
    return isinstance(sender, str) and bool(_SENDER.match(sender)) and len(set(sender)) >= _MIN_DISTINCT_DIGITS


def new_sender() -> str:
    while True:
        sender = secrets.token_hex(16)
        if strong_sender(sender):
            return sender
def load_index_page(app: web.Application) -> None:
    app[INDEX_PAGE] = render_index(STATIC_DIR / "index.html", app[SETTINGS].quick_exit_url)


async def index(request: web.Request) -> web.Response:
    return web.Response(body=request.app[INDEX_PAGE], content_type="text/html", charset="utf-8")


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def chat(request: web.Request) -> web.Response:
    """POST {"sender": str, "message": str} -> {"messages": [...], "degraded": bool}.

    Always answers 200 with something useful for a person; 400 only for a request no
    page of ours would send, and then still with the key numbers. The text itself is cleaned
    and cut in one place, where every client's message enters Rasa (bot/channels/request_body.py);
    this app's body limit (256 KiB) bounds what it relays.
    """
    try:
        body = await request.json()
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." thousands deep
        body = None
    except web.HTTPRequestEntityTooLarge:  # over the app's body limit: still the numbers
        return _bad_request(status=413)
    if not isinstance(body, dict):
        return _bad_request()
    message = body.get("message")
    sender = body.get("sender")
    if not isinstance(message, str):
        return _bad_request()
    if not strong_sender(sender):
        sender = new_sender()
    try:
        messages = await request.app[RASA_CLIENT].send(sender, message)
    except RasaUnavailable:
        return web.json_response(
            {"messages": [{"text": UNAVAILABLE_TEXT}], "degraded": True, "sender": sender}
        )
    if not messages:
        messages = [{"text": UNAVAILABLE_TEXT}]
    return web.json_response({"messages": messages, "degraded": False, "sender": sender})


def _bad_request(status: int = 400) -> web.Response:
    return web.json_response(
        {"messages": [{"text": BAD_REQUEST_TEXT}], "degraded": True}, status=status
    )
