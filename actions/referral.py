"""One referral message: the short text, the cards and the buttons, sent together, so every
channel (REST, the page) gets the same answer once (bot/channels/one_message.py keeps them
in one message)."""
from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Sequence

from rasa_sdk import Tracker

from actions.cards import cards_payload, short_name, ui
from actions.history import unsaid
from actions.route_text import reminder_texts

NUMBERED = re.compile(r"^\d+\. ")
_BUTTONS = {
    "nl": {"more_options": "Meer opties", "change": "Iets aanpassen"},
    "en": {"more_options": "More options", "change": "Change an answer"},
}


def referral_or_reminder(tracker: Tracker, dispatcher: Any, recommendations: Sequence[Any], now: Any,
                         language: Optional[str], text: str, **options: bool) -> Dict[str, Any]:
    """The referral; when that exact text was said before in this conversation, a short
    reminder of the same places (with the same buttons, without the cards again); once every
    reminder was said too, the cards and buttons alone: a reply never repeats an earlier one."""
    message = referral_message(recommendations, now, language, text, **options)
    fresh = unsaid(tracker, dispatcher, [text, *reminder_texts(recommendations, language, now)])
    if fresh == text:
        return message
    if fresh is None:
        return {"json_message": message["json_message"], "buttons": message["buttons"]}
    return {"text": fresh, "buttons": message["buttons"]}


def more_about_payload(slug: str) -> str:
    return "/more_about" + json.dumps({"organisation": slug}, separators=(",", ":"))


def referral_message(recommendations: Sequence[Any], now: Any, language: Optional[str], text: str,
                     *, more_options: bool = True, change_answer: bool = True) -> Dict[str, Any]:
    """Keyword arguments for dispatcher.utter_message: text, cards and buttons in one."""
    words = ui(language)
    labels = _BUTTONS.get(language or "nl", _BUTTONS["nl"])
    buttons: List[Dict[str, str]] = [
        {"title": words["more"].format(name=short_name(rec.name)), "payload": more_about_payload(rec.slug)}
        for rec in recommendations
    ]
    if more_options:
        buttons.append({"title": labels["more_options"], "payload": "/more_options"})
    if change_answer:
        buttons.append({"title": labels["change"], "payload": "/change_answer"})
    payload = cards_payload(recommendations, now, language)
    # The page shows the cards instead of the numbered lines: the words around them go along.
    lines = text.splitlines()
    numbered = [i for i, line in enumerate(lines) if NUMBERED.match(line)]
    if numbered:
        payload["lead"] = "\n".join(lines[:numbered[0]])
        payload["after"] = "\n".join(lines[numbered[-1] + 1:])
    return {"text": text, "json_message": payload, "buttons": buttons}


def earlier_runs(tracker: Tracker, action_name: str) -> int:
    """How often `action_name` ran before in this conversation (since the last restart)."""
    count = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "restart":
            break
        if event.get("event") == "action" and event.get("name") == action_name:
            count += 1
    return count
