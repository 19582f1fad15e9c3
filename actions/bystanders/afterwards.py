"""action_bystander_afterwards: where a witness can report or get advice.

Which organisations, in which order and why is knowledge/ranking.py's policy for the role
omstander; this only adds what the witness can do themselves and renders the cards."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import buttons
from actions.bystanders.common import (
    bullets,
    find_help,
    first_entity,
    known,
    language,
    message_setting,
    send_cards,
)
from actions.history import unsaid
from knowledge.coaching.help_situation import OMSTANDER, situation_for

TEXT = {
    "nl": {
        "intro": "Wat je na afloop kunt doen:",
        "steps": [
            "Ken je de persoon? Vraag hoe het gaat en wat die nodig heeft. De persoon beslist zelf.",
            "Wil je iets melden? Doe dat liefst samen met de persoon.",
            "Heb je iets opgeschreven of gefilmd? Dat is van de persoon zelf. Zet het nooit online "
            "en stuur het niet door.",
        ],
        "heading": "Hier kun je als getuige terecht:",
        "fallback": "Je kunt altijd advies vragen bij Slachtofferhulp Nederland: 0900-0101. "
                    "Gaat het om iemand thuis? Veilig Thuis: 0800-2000, dag en nacht.",
        "practise": ["Wil je oefenen voor een volgende keer?", "Oefenen kan ook, wanneer je wilt."],
    },
    "en": {
        "intro": "What you can do afterwards:",
        "steps": [
            "Do you know the person? Ask how they are and what they need. They decide.",
            "Do you want to report it? Preferably do that together with the person.",
            "Did you write something down or film something? It belongs to the person. Never post "
            "it online and do not forward it.",
        ],
        "heading": "Where you can go as a witness:",
        "fallback": "You can always ask Slachtofferhulp Nederland (victim support) for advice: "
                    "0900-0101. Is it about someone at home? Veilig Thuis: 0800-2000, day and night.",
        "practise": ["Would you like to practise for next time?", "You can also practise, whenever you like."],
    },
}


class ActionBystanderAfterwards(Action):
    def name(self) -> Text:
        return "action_bystander_afterwards"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        words = TEXT[lang]
        situation = situation_for(
            OMSTANDER,
            setting=message_setting(tracker) or known(tracker.get_slot("setting")),
            incident=first_entity(tracker, "incident") or known(tracker.get_slot("incident")),
            days_since=tracker.get_slot("days_since"),
            time_bucket=known(tracker.get_slot("time_bucket")),
            age=tracker.get_slot("age"),
            about_child=first_entity(tracker, "about_child") or tracker.get_slot("about_child"),
            wishes=tracker.get_slot("wishes"),
        )
        steps = unsaid(tracker, dispatcher, [words["intro"] + "\n" + bullets(words["steps"])])
        if steps:  # said before: the organisations are what is new
            dispatcher.utter_message(text=steps)
        recommendations, now = find_help(situation)
        if recommendations:
            send_cards(dispatcher, tracker, recommendations, now, words["heading"], lang)
        else:
            dispatcher.utter_message(text=words["fallback"])
        practise = unsaid(tracker, dispatcher, words["practise"])
        if practise:
            dispatcher.utter_message(text=practise, buttons=buttons.after_afterwards(lang))
        return [SlotSet("role", OMSTANDER)]
