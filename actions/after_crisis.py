"""action_after_crisis: what comes after the 112/113 line or "nee, nu niet".

- A crisis message that also told what happened ("hij heeft mijn naaktfoto's rondgestuurd en
  ik wil dood"): the incident is kept, and the person is offered help with it, when they want.
  The slots are not filled from danger/suicide messages by the domain, so this is the one
  place that does.
- After "nee" to "Ben je nu in gevaar?": if the question paused the triage, it goes on there.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

TRIAGE_FORM = "triage_form"
SAFETY_QUESTIONS = {"utter_ask_danger", "utter_ask_suicide"}
CRISIS_INTENTS = {"danger_now", "suicidal_thoughts"}

OFFER = {
    "nl": ("Wil je later ook hulp bij wat er gebeurd is? Dat kan.",
           "Ja, help me daarmee"),
    "en": ("Would you like help with what happened later on? That is possible.",
           "Yes, help me with that"),
}


class ActionAfterCrisis(Action):
    def name(self) -> Text:
        return "action_after_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        events: List[Dict[Text, Any]] = []
        incident = _entity(tracker.latest_message, "incident")
        if intent in CRISIS_INTENTS and incident:
            events.append(SlotSet("incident", incident))
            if intent == "suicidal_thoughts":
                text, button = OFFER.get(tracker.get_slot("language"), OFFER["nl"])
                dispatcher.utter_message(text=text, buttons=[{"title": button, "payload": "/ask_for_help"}])
        elif intent not in CRISIS_INTENTS and not tracker.active_loop_name and _triage_was_paused(tracker):
            events.append(FollowupAction(TRIAGE_FORM))
        return events


def _entity(message: Dict[Text, Any], name: str) -> Optional[str]:
    for entity in message.get("entities") or []:
        if entity.get("entity") == name and entity.get("value"):
            return str(entity["value"])
    return None


def _triage_was_paused(tracker: Tracker) -> bool:
    """Did the latest safety question interrupt the triage form?"""
    loop: Optional[str] = None
    paused = False
    for event in tracker.events:
        kind = event.get("event")
        if kind == "active_loop":
            loop = event.get("name")
        elif kind == "action" and event.get("name") in SAFETY_QUESTIONS:
            paused = loop == TRIAGE_FORM
    return paused
