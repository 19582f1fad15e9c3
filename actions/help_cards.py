"""action_help_cards: live cards (open now or not) for the national lines.

The text with the numbers comes first from the domain (utter_help_lines), so a person has
it even when this action or the knowledge base fails; this only adds the cards.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import cards_payload
from actions.knowledge_access import knowledge_base
from knowledge.opening_hours import local_time

logger = logging.getLogger(__name__)


class ActionHelpCards(Action):
    def name(self) -> Text:
        return "action_help_cards"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        try:
            now = local_time()  # Europe/Amsterdam: opening hours are wall-clock times there
            recommendations = knowledge_base().national_lines(now=now)
        except Exception as error:  # the text answer is already out; log the type only
            logger.error("knowledge base unavailable: %s", type(error).__name__)
            return []
        dispatcher.utter_message(json_message=cards_payload(recommendations, now))
        return []
