"""action_heard: the answer to a statement the NLU could not place (bot/nlu/unsure_statement.py).

While we do not know whose story it is, that is the one question worth asking: "Gaat het om
jou, of om iemand anders?" (utter_ask_role, once per conversation, as for a message torn
between roles). The answer then takes the statement again as that role's first message
(actions/role_question.py), so "ik moet iets kwijt en ik weet niet waar" or "ik werk bij een
huisartsenpraktijk en maak me zorgen over een van de artsen" leads to help for that role.
Otherwise the person is heard (utter_heard, worded for the role), not asked to say it again.
Its three wordings used, a fourth such message gets the "not understood" answer with its own
wordings: "Daar heb ik hierboven al iets over gezegd" (bot/rasa_server/no_repeat_nlg.py) would
answer nothing that was asked.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.history import times_said
from actions.role_question import ROLES

HEARD_WORDINGS = 3  # utter_heard, utter_heard_again, utter_heard_again2 (bot/domain/heard.yml)


class ActionHeard(Action):
    def name(self) -> Text:
        return "action_heard"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        if tracker.get_slot("role") not in ROLES and not times_said(tracker, "utter_ask_role"):
            dispatcher.utter_message(response="utter_ask_role")
        elif times_said(tracker, "utter_heard") >= HEARD_WORDINGS:
            dispatcher.utter_message(response="utter_default")
        else:
            dispatcher.utter_message(response="utter_heard")
        return []
