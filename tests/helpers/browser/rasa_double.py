"""A stand-in for Rasa's REST channel with realistic answers, for the browser tests.

The texts and buttons are the real ones from bot/domain/responses.yml and the cards are
built by the real actions.cards from the real knowledge seed, so the page is tested on what
Rasa actually sends, without needing a trained model. Every message it receives is kept in `received`.
"""
from __future__ import annotations

import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List

import yaml
from aiohttp import web

from actions.cards import cards_payload
from bot.paths import PROJECT_ROOT

ROOT = PROJECT_ROOT
RESPONSES = yaml.safe_load((ROOT / "bot" / "domain" / "responses.yml").read_text("utf-8"))["responses"]
DANGER_WORDS = ("deur", "gevaar", "mes", "help nu", "/danger_now")
REFERRAL_WORDS = ("verkracht", "raped")
HELP_WORDS = ("terecht", "hulp", "/ask_for_help")
# A fixed "now", so the badges are the same on every run.
NOW = datetime(2026, 11, 23, 9, 30)
RECEIVED = web.AppKey("received", list)


def _response(name: str) -> Dict[str, Any]:
    dutch = RESPONSES[name][0]  # the first variant has no condition: the Dutch one
    message = {"text": dutch["text"]}
    if dutch.get("buttons"):
        message["buttons"] = [dict(b) for b in dutch["buttons"]]
    return message


@lru_cache(maxsize=1)
def _knowledge_base():
    """The real seed in a throw-away SQLite file: the cards show real, verified facts only."""
    from knowledge import KnowledgeBase
    from knowledge.db import make_engine
    from knowledge.migrate import upgrade
    from knowledge.seed_io import load_seed

    engine = make_engine(f"sqlite:///{Path(tempfile.mkdtemp()) / 'knowledge.sqlite3'}")
    upgrade(engine)
    load_seed(engine)
    return KnowledgeBase(engine=engine)


def national_lines() -> List[Any]:
    """The national lines as action_help_cards sends them, plus two organisations whose
    verified hours give the other badges at NOW (Monday 09:30): De Kindertelefoon opens at
    11:00, the Landelijk Meldpunt Zorg is open (working days 09:00-17:00)."""
    kb = _knowledge_base()
    return [
        *kb.national_lines(now=NOW),
        kb.organisation("kindertelefoon", now=NOW),
        kb.organisation("landelijk-meldpunt-zorg", now=NOW),
    ]


def referral(language: str = "nl") -> Dict[str, Any]:
    """The referral after "ik ben gisteren verkracht", built as action_route_help builds it:
    one message with the short text, two cards and the buttons."""
    from actions.person_first import opener
    from actions.referral import referral_message
    from actions.route_text import referral_text
    from knowledge import Situation

    situation = Situation(role="slachtoffer", incident="verkrachting", days_since=1)
    recs = _knowledge_base().find_help(situation, now=NOW, limit=2)
    text = referral_text(recs, language, NOW, opener=opener(situation, language))
    message = referral_message(recs, NOW, language, text)
    return {"text": message["text"], "custom": message["json_message"], "buttons": message["buttons"]}


def replies(message: str) -> List[Dict[str, Any]]:
    text = message.lower()
    if text == "/greet":
        return [_response("utter_greet")]
    if any(word in text for word in DANGER_WORDS):
        return [_response("utter_danger_now")]
    if any(word in text for word in REFERRAL_WORDS):
        return [referral("en" if "raped" in text else "nl")]
    if any(word in text for word in HELP_WORDS):
        return [_response("utter_help_lines"), {"custom": cards_payload(national_lines(), NOW)}]
    return [_response("utter_default")]


def create_rasa_double() -> web.Application:
    app = web.Application()
    app[RECEIVED] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        app[RECEIVED].append(body)
        answer = [{"recipient_id": body["sender"], **m} for m in replies(body["message"])]
        return web.json_response(answer)

    app.router.add_post("/webhooks/rest/webhook", webhook)
    return app


# How many cards the help answer has, for the tests that wait for them.
HELP_CARDS = 5
