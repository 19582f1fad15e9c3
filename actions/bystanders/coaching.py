"""action_bystander_coaching and action_explain_5d.

The safety line (112, are you safe yourself) comes first from the domain
(utter_bystander_safety), so it reaches the person even when this server is down."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import buttons, render
from actions.bystanders.common import (
    asked_d,
    first_entity,
    known,
    language,
    message_setting,
    preferred_scene,
    typed_entities,
)
from actions.history import unsaid
from knowledge import bystander_coaching as coaching
from knowledge.coaching.help_situation import OMSTANDER


class ActionBystanderCoaching(Action):
    """The 2-3 Ds that fit what the person sees or saw, with concrete words."""

    def name(self) -> Text:
        return "action_bystander_coaching"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        result = coaching.coach(
            setting=message_setting(tracker),
            incident=first_entity(tracker, "incident") or known(tracker.get_slot("incident")),
            scene=preferred_scene(tracker),
            harm_kind=next(iter(typed_entities(tracker, "harm_kind")), None),
            moment=next(iter(typed_entities(tracker, "moment")), None),
            days_since=first_entity(tracker, "days_since"),
            time_bucket=first_entity(tracker, "time_bucket"),
            d_method=asked_d(tracker),
            remembered_setting=known(tracker.get_slot("setting")),
            language=lang,
        )
        coached = unsaid(tracker, dispatcher,
                         [render.coaching_text(result, lang), render.fitting_ds_text(result, lang)])
        if coached:
            dispatcher.utter_message(text=coached)
        if result.setting is None:
            question = unsaid(tracker, dispatcher, [render.words(lang)["where_question"]])
            if question:
                dispatcher.utter_message(text=question, buttons=buttons.setting_buttons(lang))
        else:
            more = unsaid(tracker, dispatcher, [render.words(lang)["more"], render.words(lang)["more_again"]])
            if more:
                dispatcher.utter_message(text=more, buttons=buttons.after_coaching(lang))
        events = [SlotSet("role", OMSTANDER)]
        if result.setting is not None and result.setting != tracker.get_slot("setting"):
            events.append(SlotSet("setting", result.setting))  # so "achteraf" knows where it was
        return events


class ActionExplain5D(Action):
    """The 5D method, or one D in full when the person asks about it."""

    def name(self) -> Text:
        return "action_explain_5d"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        d = asked_d(tracker)
        if d:
            text = render.explanation_text(coaching.explain(d, lang), coaching.safety(lang), lang)
        else:
            intro, safety, explanations = coaching.overview(lang)
            text = render.overview_text(intro, safety, explanations, lang)
            dispatcher.utter_message(text=text, buttons=buttons.explain_each_d(lang) + buttons.after_explaining(lang))
            return [SlotSet("role", OMSTANDER)]
        dispatcher.utter_message(text=text, buttons=buttons.after_explaining(lang))
        return [SlotSet("role", OMSTANDER)]
