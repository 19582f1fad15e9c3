"""action_ways_to_write: "kan ik ook chatten?", "bellen durf ik niet": where the person can type
instead of call, with whether the chat is open now (the chats keep different hours).
action_ways_to_reach: "hoe bereik ik ze?", "wat is het nummer?", "kan ik gewoon bellen?": the
same places, by phone first, then by typing, with whether each is open now.

The organisations already shown come first (slot `shown_orgs`), then the national lines; only
verified channels of the knowledge base (chat, WhatsApp), never a made-up route. When none of
them has one, the answer says so and gives the numbers, so the person is never left without a way.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import availability, cards_payload
from actions.history import unsaid
from actions.knowledge_access import knowledge_base
from knowledge.opening_hours import local_time

logger = logging.getLogger(__name__)

TEXT_KINDS = ("chat", "whatsapp")
REACH_KINDS = ("phone", "chat", "whatsapp")
MAX_PLACES = 3
# For everyone, when nothing was shown yet: the CSG, Slachtofferhulp and Veilig Thuis chats.
FALLBACK_SLUGS = ("csg", "slachtofferhulp", "veilig-thuis")
CHILD_SLUGS = ("kindertelefoon",)

WORDS = {
    "nl": {"intro": ["Je hoeft niet te bellen. Bij deze plekken kun je ook typen:",
                     "Typen kan ook. Hier kun je chatten:"],
           "reach_intro": ["Zo kun je ze bereiken:", "Hier zijn de nummers nog eens:"],
           "verbs": {"chat": "chat via", "whatsapp": "WhatsApp", "phone": "bel"},
           "none": "Deze plekken hebben geen chat. Bellen kan gratis: CSG 0800-0188, dag en nacht.",
           "safety": "Ben je nu in gevaar? Bel 112."},
    "en": {"intro": ["You do not have to call. You can also type to these places:",
                     "Typing works too. You can chat here:"],
           "reach_intro": ["This is how you can reach them:", "Here are the numbers again:"],
           "verbs": {"chat": "chat at", "whatsapp": "WhatsApp", "phone": "call"},
           "none": "These places have no chat. Calling is free: CSG 0800-0188, day and night.",
           "safety": "In danger right now? Call 112."},
}


def text_routes(recommendations: Sequence[Any], language: Optional[str], now: Optional[datetime],
                kinds: Sequence[str] = TEXT_KINDS) -> List[str]:
    """One line per organisation that can be reached in one of `kinds`, a phone number first:
    "1. CSG: chat via ... (nu open)"."""
    words = WORDS.get(language or "nl", WORDS["nl"])
    lines = []
    for rec in recommendations:
        routes = sorted((c for c in rec.channels if c.kind in kinds), key=lambda c: c.kind != "phone")  # a number first
        if not routes:
            continue
        parts = []
        for channel in routes[:2]:
            part = f"{words['verbs'][channel.kind]} {channel.value}"
            badge = availability(channel, now, language)
            parts.append(part + (f" ({badge})" if badge else ""))
        lines.append(f"{len(lines) + 1}. {rec.name}: " + "; ".join(parts))
        if len(lines) == MAX_PLACES:
            break
    return lines


class ActionWaysToWrite(Action):
    kinds = TEXT_KINDS
    intro_key = "intro"

    def name(self) -> Text:
        return "action_ways_to_write"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = tracker.get_slot("language")
        words = WORDS.get(language or "nl", WORDS["nl"])
        child = tracker.get_slot("about_child") == "ja" or _under_16(tracker.get_slot("age"))
        slugs = list(dict.fromkeys(list(tracker.get_slot("shown_orgs") or [])
                                   + list(CHILD_SLUGS if child else ()) + list(FALLBACK_SLUGS)))
        try:
            now = local_time()
            kb = knowledge_base()
            found = [rec for rec in (kb.organisation(slug, now=now) for slug in slugs) if rec is not None]
        except Exception as error:  # the numbers still reach the person
            logger.error("knowledge base unavailable: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_help_lines")
            return []
        lines = text_routes(found, language, now, self.kinds)
        if not lines:
            dispatcher.utter_message(text=f"{words['none']}\n{words['safety']}")
            return []
        body = "\n".join(lines + [words["safety"]])
        names = ", ".join(line.split(": ", 1)[0][3:] for line in lines)
        intros = words[self.intro_key]
        # asked again: the same places in other words; after that only the cards (never a repeat)
        text = unsaid(tracker, dispatcher, [f"{intro}\n{body}" for intro in intros]
                      + [f"{intros[-1]} {names}."])
        shown = [rec for rec in found if any(c.kind in self.kinds for c in rec.channels)][:MAX_PLACES]
        if text is None:
            dispatcher.utter_message(json_message=cards_payload(shown, now, language))
        else:
            dispatcher.utter_message(text=text, json_message=cards_payload(shown, now, language))
        return []


class ActionWaysToReach(ActionWaysToWrite):
    kinds = REACH_KINDS
    intro_key = "reach_intro"

    def name(self) -> Text:
        return "action_ways_to_reach"


def _under_16(age: Any) -> bool:
    try:
        return int(float(age)) < 16
    except (TypeError, ValueError):
        return False
