"""What the bystander and naaste actions share: reading the latest message, buttons, and
organisation cards from the knowledge base."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterable, List, Optional, Sequence, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_access import knowledge_base
from actions.referral import referral_or_reminder
from actions.route_text import referral_text
from bot.nlu.situation_patterns import SCENE_PREFERENCE
from knowledge.coaching.content import D_METHODS
from knowledge.opening_hours import local_time
from knowledge.situation import Recommendation, Situation

logger = logging.getLogger(__name__)

UNKNOWN = "onbekend"
# When a message names several settings, the coach takes the place where it happens:
# the tram before the colleague in it, the class before the group app.
COACH_SETTING_PREFERENCE = (
    "ov", "sport", "kerk", "cultuur", "zorg", "school", "studentenleven", "werk", "uitgaan",
    "thuis", "online", "straat",
)


def language(tracker: Tracker) -> str:
    return "en" if tracker.get_slot("language") == "en" else "nl"


def entities(tracker: Tracker, name: str) -> List[Any]:
    """Values of entity `name` in the latest message, in the order they appear."""
    found = [e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == name]
    found.sort(key=lambda e: e.get("start") or 0)
    return [e.get("value") for e in found]


def first_entity(tracker: Tracker, name: str) -> Any:
    values = entities(tracker, name)
    return values[0] if values else None


def message_setting(tracker: Tracker) -> Optional[str]:
    values = entities(tracker, "setting")
    for setting in COACH_SETTING_PREFERENCE:
        if setting in values:
            return setting
    return None


def known(value: Any) -> Any:
    return None if value in (None, "", UNKNOWN) else value


def typed_entities(tracker: Tracker, name: str) -> List[Any]:
    """Values of entity `name` in the person's own words: the latest message, or, when that was
    a button payload ("/intent{...}"), the last message they typed themselves."""
    latest = tracker.latest_message or {}
    if not (latest.get("text") or "").startswith("/"):
        return entities(tracker, name)
    for event in reversed(tracker.events or []):
        if event.get("event") == "restart":
            break
        text = event.get("text") or "" if event.get("event") == "user" else ""
        if text and not text.startswith("/"):
            found = [e for e in (event.get("parse_data") or {}).get("entities") or [] if e.get("entity") == name]
            found.sort(key=lambda e: e.get("start") or 0)
            return [e.get("value") for e in found]
    return []


def said_in_conversation(tracker: Tracker, name: str) -> bool:
    """Did a message of this session carry entity `name` (the person said it earlier)?"""
    if entities(tracker, name):
        return True
    for event in reversed(tracker.events or []):
        if event.get("event") in ("restart", "session_started"):
            break
        if event.get("event") == "user" and any(
                e.get("entity") == name for e in (event.get("parse_data") or {}).get("entities") or []):
            return True
    return False


def preferred_scene(tracker: Tracker) -> Optional[str]:
    """Where the bystander is, by the NLU's `scene`: the place where it happens first."""
    values = typed_entities(tracker, "scene")
    return next((scene for scene in SCENE_PREFERENCE if scene in values), None)


def asked_d(tracker: Tracker) -> Optional[str]:
    """The D the latest message names: the `d_method` entity (also in a button payload), else
    the weaker `d_hint` of typed words."""
    for value in entities(tracker, "d_method") + entities(tracker, "d_hint"):
        if value in D_METHODS:
            return value
    return None


def button(title: str, intent: str, entities_: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    payload = f"/{intent}"
    if entities_:
        payload += json.dumps(entities_, ensure_ascii=False, separators=(",", ":"))
    return {"title": title, "payload": payload}


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def find_help(situation: Situation, limit: int = 3) -> Tuple[List[Recommendation], Any]:
    """Recommendations from the knowledge base ([] when it cannot be read), and the moment."""
    now = local_time()
    try:
        return knowledge_base().find_help(situation, now=now, limit=limit), now
    except Exception as error:  # the text answer still reaches the person; log the type only
        logger.error("knowledge base unavailable: %s", type(error).__name__)
        return [], now


def send_cards(dispatcher: CollectingDispatcher, tracker: Tracker, recommendations: Sequence[Recommendation],
               now: Any, heading: str, language_: str) -> None:
    """The organisations as one referral message: the heading, one line each, the cards and
    "Meer over ..." buttons (actions/referral.py)."""
    if not recommendations:
        return
    text = referral_text(recommendations, language_, now, intro=heading)
    dispatcher.utter_message(**referral_or_reminder(tracker, dispatcher, recommendations, now, language_, text,
                                                    more_options=False, change_answer=False))


Events = List[Dict[Text, Any]]
