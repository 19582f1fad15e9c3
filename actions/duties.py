"""action_answer_duties: "wat zijn onze plichten als werkgever / als school?": what the law asks
of an employer, a school board or a care provider, by the setting slot (never the text). The
texts are domain responses (bot/domain/duties_and_next_step.yml)."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

RESPONSE_FOR_SETTING = {
    "werk": "utter_answer_duties_work",
    "school": "utter_answer_duties_school",
    "zorg": "utter_answer_duties_care",
}


def duties_answer(setting: Any) -> Text:
    return RESPONSE_FOR_SETTING.get(setting, "utter_answer_duties_general")


class ActionAnswerDuties(Action):
    def name(self) -> Text:
        return "action_answer_duties"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response=duties_answer(tracker.get_slot("setting")))
        return []
