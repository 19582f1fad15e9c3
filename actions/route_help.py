"""action_route_help: the referral at the end of the triage, and "meer opties".

Thin: slots -> Situation -> knowledge.find_help -> one message with a short text, the cards
and the buttons "Meer over ..." / "Meer opties". Which organisations, in which order and why
is the knowledge base's policy (knowledge/ranking.py), not decided here. Two at a time: a
person in shock reads one screen, not three cards.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_access import knowledge_base
from actions.person_first import needs_simple_words, opener
from actions.referral import earlier_runs, referral_or_reminder
from actions.route_text import frame, referral_text
from actions.situation_from_tracker import DEFAULT_ROLE, situation_from_slots
from knowledge.opening_hours import local_time

logger = logging.getLogger(__name__)

PAGE_SIZE = 2
MAX_SHOWN = 12
MORE_INTENTS = {"more_options", "affirm"}  # "meer opties" stops growing the list somewhere sensible


class ActionRouteHelp(Action):
    def name(self) -> Text:
        return "action_route_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = tracker.get_slot("language")
        # "ja" right after a referral (whose follow-up asks "meer opties?") also means more
        asked_for_more = (tracker.latest_message.get("intent") or {}).get("name") in MORE_INTENTS
        shown = list(tracker.get_slot("shown_orgs") or []) if asked_for_more else []
        situation = situation_from_slots(tracker.current_slot_values())
        now = local_time()
        try:
            ranked = knowledge_base().find_help(situation, now=now,
                                                limit=min(len(shown) + PAGE_SIZE, MAX_SHOWN))
        except Exception as error:  # numbers from the domain still reach the person
            logger.error("knowledge base unavailable: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_help_lines")
            return []
        new = [rec for rec in ranked if rec.slug not in shown][:PAGE_SIZE]
        if not new:
            dispatcher.utter_message(text=frame(language)["none"])
            dispatcher.utter_message(response="utter_help_lines")
            return []
        simple = needs_simple_words(situation, tracker.get_slot("simple_language"))
        first_words = "" if shown else opener(situation, language, earlier_runs(tracker, self.name()), simple)
        text = referral_text(new, language, now, more=bool(shown), opener=first_words, simple=simple)
        dispatcher.utter_message(**referral_or_reminder(tracker, dispatcher, new, now, language, text))
        events = [SlotSet("shown_orgs", shown + [rec.slug for rec in new])]
        if not tracker.get_slot("role"):
            events.append(SlotSet("role", DEFAULT_ROLE))
        return events
