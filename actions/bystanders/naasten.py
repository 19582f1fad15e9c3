"""action_naaste_advice and action_naaste_own_support: for the people close to a victim.

How to respond is shown the first time; what to do now follows what is known (a child,
within 7 days, at home, images online); organisations come from knowledge.find_help with
the role naaste."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import buttons
from actions.bystanders.common import (
    bullets, earlier_runs, find_help, first_entity, known, language, message_setting, send_cards,
)
from knowledge.coaching import naasten
from knowledge.coaching.help_situation import NAASTE, is_about_child, situation_for

HEADING = {"nl": "Hier kun je terecht:", "en": "Where you can go:"}
FALLBACK = {
    "nl": "Je kunt altijd advies vragen bij het Centrum Seksueel Geweld (0800-0188, dag en nacht) "
          "en bij Slachtofferhulp Nederland (0900-0101).",
    "en": "You can always ask the Centrum Seksueel Geweld (0800-0188, day and night) and "
          "Slachtofferhulp Nederland (0900-0101) for advice.",
}


def _facts(tracker: Tracker) -> Dict[str, Any]:
    """What is known about the naaste's situation: this message first, then the slots."""
    return {
        "setting": message_setting(tracker) or known(tracker.get_slot("setting")),
        "incident": first_entity(tracker, "incident") or known(tracker.get_slot("incident")),
        "days_since": tracker.get_slot("days_since"),
        "time_bucket": known(tracker.get_slot("time_bucket")),
        "about_child": is_about_child(first_entity(tracker, "about_child") or tracker.get_slot("about_child")),
    }


def _send_help(dispatcher: CollectingDispatcher, situation, lang: str) -> None:
    """The organisations for a naaste as cards, or the national lines when none fit."""
    recommendations, now = find_help(situation)
    if recommendations:
        send_cards(dispatcher, recommendations, now, HEADING[lang], lang)
    else:
        dispatcher.utter_message(text=FALLBACK[lang])


class ActionNaasteAdvice(Action):
    def name(self) -> Text:
        return "action_naaste_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        facts = _facts(tracker)
        if earlier_runs(tracker, self.name()) == 0:
            r = naasten.respond(lang)
            dispatcher.utter_message(text="\n".join([r.title, r.do_title, bullets(r.do), r.dont_title, bullets(r.dont)]))
        now_advice = naasten.what_now(language=lang, **facts)
        images = facts["incident"] in naasten.ONLINE_INCIDENTS or facts["setting"] == "online"
        recent = facts["days_since"] is not None or facts["time_bucket"] is not None
        dispatcher.utter_message(
            text=now_advice.title + "\n" + bullets(text for _, text in now_advice.items),
            buttons=buttons.naaste_refine(lang, child=facts["about_child"], recent=recent, images=images),
        )
        situation = situation_for(NAASTE, age=tracker.get_slot("age"), wishes=tracker.get_slot("wishes"), **facts)
        _send_help(dispatcher, situation, lang)
        return [SlotSet("role", NAASTE)]


class ActionNaasteOwnSupport(Action):
    def name(self) -> Text:
        return "action_naaste_own_support"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        title, items = naasten.own_support(lang)
        dispatcher.utter_message(text=title + "\n" + bullets(items))
        situation = situation_for(NAASTE, age=tracker.get_slot("age"), **_facts(tracker))
        _send_help(dispatcher, situation, lang)
        return [SlotSet("role", NAASTE)]
