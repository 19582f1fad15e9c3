"""action_answer_consequences: "ga ik hiervoor de gevangenis in?", "krijg ik straf?".

Someone worried about their own behaviour gets the answer for them (legal advice, Stop it Now!);
anyone else, or a person whose role we do not know yet, gets the answer that first says telling
what was done to you is never wrong. The texts are domain responses (bot/domain/answers_midway.yml).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.nlu.role_names import CUE_ENTITY

OWN_ROLE = "pleger"


def about_own_behaviour(tracker: Tracker) -> bool:
    """The conversation's role, or a role cue read in this message (bot/nlu/role_cues.py)."""
    if tracker.get_slot("role") == OWN_ROLE:
        return True
    entities = tracker.latest_message.get("entities") or []
    return any(e.get("entity") == CUE_ENTITY and e.get("value") == OWN_ROLE for e in entities)


class ActionAnswerConsequences(Action):
    def name(self) -> Text:
        return "action_answer_consequences"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        own = about_own_behaviour(tracker)
        dispatcher.utter_message(response="utter_answer_consequences_own" if own else "utter_answer_consequences")
        return []
