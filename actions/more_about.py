"""action_more_about: "Meer over ..." after a referral: what happens there and the other ways
to reach them, for one organisation (the button names it; otherwise the first one shown)."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_access import knowledge_base
from actions.route_text import more_about_text
from knowledge.opening_hours import local_time

logger = logging.getLogger(__name__)


class ActionMoreAbout(Action):
    def name(self) -> Text:
        return "action_more_about"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        shown = list(tracker.get_slot("shown_orgs") or [])
        named = next(tracker.get_latest_entity_values("organisation"), None)
        # a button names one of the referral; a typed name (bot/nlu/organisation_names.py) any we know
        typed = (tracker.latest_message.get("text") or "").strip()[:1] not in ("/", "")
        slug = named if isinstance(named, str) and (named in shown or typed) else (shown[0] if shown else None)
        rec = None
        if slug:
            now = local_time()
            try:
                rec = knowledge_base().organisation(slug, now=now)
            except Exception as error:  # the numbers still reach the person
                logger.error("knowledge base unavailable: %s", type(error).__name__)
        if rec is None:
            dispatcher.utter_message(response="utter_help_lines")
            return []
        dispatcher.utter_message(text=more_about_text(rec, tracker.get_slot("language"), now,
                                                      with_description=typed and slug == named))
        return []
