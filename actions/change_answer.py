"""action_change_answer: the person changes an answer of the triage.

Three cases, told to the rules by the slot `change_mode`:
- the message already holds the new value ("het was eigenlijk vorige maand"): the slot is
  set by the NLU entities; `opnieuw` lets the form finish and route again;
- a button names the answer to change: that answer is cleared, `opnieuw` asks it again;
- neither: `vragen` asks which answer to change (buttons).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.triage_form import FORM_SLOTS

ASK, AGAIN = "vragen", "opnieuw"
EVERYTHING = "alles"


class ActionChangeAnswer(Action):
    def name(self) -> Text:
        return "action_change_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        entities = tracker.latest_message.get("entities") or []
        named = [e.get("value") for e in entities if e.get("entity") == "changed_slot"]
        new_values = [e for e in entities if e.get("entity") in FORM_SLOTS + ("days_since",)]
        reset_list = [SlotSet("shown_orgs", None)]
        if named:
            slots = FORM_SLOTS if named[0] == EVERYTHING else [s for s in FORM_SLOTS if s == named[0]]
            clear = [SlotSet(slot, None) for slot in slots]
            if "time_bucket" in slots:
                clear.append(SlotSet("days_since", None))
            return clear + reset_list + [SlotSet("change_mode", AGAIN)]
        if new_values:
            return reset_list + [SlotSet("change_mode", AGAIN)]
        dispatcher.utter_message(response="utter_ask_what_to_change")
        return [SlotSet("change_mode", ASK)]
