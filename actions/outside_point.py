"""action_outside_point: there is no vertrouwenspersoon where it happened, or not a safe one.

Thin: slots -> Situation -> the knowledge base's referral for that setting, which puts the
sector's own reporting point first (knowledge/ranking.py, setting_has_own_reporting_point).
Without a known sector, the question where it happened (utter_no_confidant_where).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_access import knowledge_base
from actions.referral import referral_or_reminder
from actions.route_text import referral_text
from actions.situation_from_tracker import situation_from_slots
from knowledge.opening_hours import local_time
from knowledge.ranking import SECTOR_SETTINGS

logger = logging.getLogger(__name__)

SHOWN = 2
LEAD = {"nl": "Geen vertrouwenspersoon, of voelt die niet veilig? Je kunt ook buiten je organisatie terecht.",
        "en": "No confidential adviser, or not one you can trust? You can also go outside your organisation."}
# The street has local points for harassment, no vertrouwenspersoon to be without.
SECTORS = frozenset(SECTOR_SETTINGS) - {"straat"}


class ActionOutsidePoint(Action):
    def name(self) -> Text:
        return "action_outside_point"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        language = "en" if tracker.get_slot("language") == "en" else "nl"
        situation = situation_from_slots(tracker.current_slot_values())
        if situation.setting not in SECTORS:
            dispatcher.utter_message(response="utter_no_confidant_where")
            return []
        now = local_time()
        try:
            found = knowledge_base().find_help(situation, now=now, limit=SHOWN)
        except Exception as error:  # the numbers from the domain still reach the person
            logger.error("knowledge base unavailable: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_no_confidant_where")
            return []
        text = referral_text(found, language, now, opener=LEAD[language])
        dispatcher.utter_message(**referral_or_reminder(tracker, dispatcher, found, now, language, text))
        return []
