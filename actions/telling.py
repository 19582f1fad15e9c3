"""action_answer_telling: "moet ik het haar vertellen?", "moet ik de ouders bellen?", "moet ik hem
meer vragen stellen?": whether and how to tell, ask or approach a person.

The answer follows who asks, from the slots (never the text): someone worried about their own
behaviour, a witness, a professional or someone close (about a child: never question the child
yourself, consult first), or the person it happened to (a minor with De Kindertelefoon). The texts
are domain responses (bot/domain/telling.yml).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders.common import said_in_conversation
from actions.consequences import about_own_behaviour
from knowledge.situation import Situation

ADULT_AGE = 18


def telling_answer(tracker: Tracker) -> Text:
    """The response for whoever asks whether to tell or ask someone."""
    if about_own_behaviour(tracker):
        return "utter_answer_telling_own"
    role = tracker.get_slot("role")
    child = tracker.get_slot("about_child") == "ja"
    professional = said_in_conversation(tracker, "professional")
    if role == "omstander" and not professional:
        return "utter_answer_telling_witness"
    if professional or role == "naaste":
        if child:
            return "utter_answer_telling_child"
        return "utter_answer_telling_professional" if professional else "utter_answer_telling_naaste"
    age = Situation(age=tracker.get_slot("age")).age  # the one check of an age slot
    return "utter_answer_telling_young" if age is not None and age < ADULT_AGE else "utter_answer_telling_self"


class ActionAnswerTelling(Action):
    def name(self) -> Text:
        return "action_answer_telling"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response=telling_answer(tracker))
        return []
