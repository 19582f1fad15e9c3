"""action_practice_scenario and action_practice_feedback ("oefenen").

The current scenario is kept in the slot practice_scenario (bot/domain/bystanders.yml)."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import buttons, render
from actions.bystanders.common import asked_d, language, message_setting
from actions.history import unsaid
from knowledge import bystander_coaching as coaching
from knowledge.coaching import practice
from knowledge.coaching.help_situation import OMSTANDER

SCENARIO_SLOT = "practice_scenario"


class ActionPracticeScenario(Action):
    def name(self) -> Text:
        return "action_practice_scenario"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        scenario = practice.next_scenario(tracker.get_slot(SCENARIO_SLOT), message_setting(tracker))
        dispatcher.utter_message(text=render.scenario_text(practice.show(scenario, lang), lang),
                                 buttons=buttons.d_buttons(lang))
        # d_method is cleared so the answer to this scenario is read from the next message only.
        return [SlotSet(SCENARIO_SLOT, scenario.id), SlotSet("d_method", None), SlotSet("role", OMSTANDER)]


class ActionPracticeFeedback(Action):
    def name(self) -> Text:
        return "action_practice_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        d = asked_d(tracker)
        current = tracker.get_slot(SCENARIO_SLOT)
        if practice.scenario(current) is None:
            # An answer without a scenario: explain the D they named and offer practice.
            if d:
                text = render.explanation_text(coaching.explain(d, lang), coaching.safety(lang), lang)
                dispatcher.utter_message(text=text)
            words = render.words(lang)
            offer = unsaid(tracker, dispatcher, [words["no_scenario"], words["no_scenario_again"]])
            if offer:
                dispatcher.utter_message(text=offer, buttons=buttons.after_explaining(lang))
            return [SlotSet("d_method", None), SlotSet("role", OMSTANDER)]
        if d is None:
            if (tracker.latest_message.get("intent") or {}).get("name") in ("nlu_fallback", "unsure_statement"):
                dispatcher.utter_message(response="utter_default")  # the kind answer with the numbers
            dispatcher.utter_message(text=render.words(lang)["which_d"], buttons=buttons.d_buttons(lang))
            return [SlotSet("d_method", None)]
        feedback = practice.feedback(current, d, lang)
        dispatcher.utter_message(text=render.feedback_text(feedback, lang), buttons=buttons.after_feedback(lang))
        return [SlotSet("d_method", None), SlotSet("role", OMSTANDER)]
