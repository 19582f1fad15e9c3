"""action_info_cards: after an answer to a question (a domain response), the cards of the
organisations to contact about it, live from the knowledge base (open now or not).

The text with the numbers comes first from the domain, so the person has it even when this
action or the knowledge base fails.
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

# question intent -> the organisations its answer names (slugs of knowledge/seed/)
ORGANISATIONS_FOR_QUESTION = {
    "ask_report_options": ("politie", "slachtofferhulp"),
    "ask_csg": ("csg",),
    "ask_evidence": ("csg",),
    "ask_costs": ("csg", "veilig-thuis", "slachtofferhulp"),
    "ask_anonymity": ("csg", "helpwanted", "meld-misdaad-anoniem"),
    "ask_compensation": ("schadefonds", "slachtofferhulp"),
    "ask_mediation": ("perspectief-herstelbemiddeling",),
    "ask_law": ("politie", "juridisch-loket"),
    "worried_own_behaviour": ("stop-it-now",),
    "ask_image_removal": ("helpwanted", "meldpunt-kinderporno"),
    "ask_keep_images": ("helpwanted",),
    "ask_medical": ("csg",),
    "ask_pay_extortion": ("helpwanted", "politie"),
    "wish_no_police": ("csg", "slachtofferhulp"),
    "ask_for_men": ("csg",),
    "ask_english": ("helpwanted",),
    "ask_on_behalf": ("csg", "slachtofferhulp"),
    "ask_too_late": ("csg", "slachtofferhulp"),
    "ask_consequences": ("juridisch-loket", "stop-it-now"),
    "ask_job_risk": ("werk-arbeidsinspectie", "juridisch-loket"),
}


class ActionInfoCards(Action):
    def name(self) -> Text:
        return "action_info_cards"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        slugs = ORGANISATIONS_FOR_QUESTION.get(intent, ())
        if not slugs:
            return []
        try:
            now = local_time()
            kb = knowledge_base()
            found = [kb.organisation(slug, now=now) for slug in slugs]
        except Exception as error:
            logger.error("knowledge base unavailable: %s", type(error).__name__)
            return []
        organisations = [org for org in found if org is not None and org.channels]
        if organisations:
            dispatcher.utter_message(json_message=cards_payload(organisations, now))
        return []
