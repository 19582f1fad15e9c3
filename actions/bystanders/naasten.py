"""action_naaste_advice, action_naaste_more_tips and action_naaste_own_support: for the
people close to a victim.

How to respond is shown the first time, as much as fits in one reply ("Meer tips" gives the
rest); what to do now follows what is known (a child, within 7 days, at home, images online);
organisations come from knowledge.find_help with the role naaste."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import buttons
from actions.bystanders.common import (
    bullets,
    button,
    find_help,
    first_entity,
    known,
    language,
    message_setting,
    said_in_conversation,
    send_cards,
)
from actions.history import unsaid
from actions.referral import earlier_runs
from bot.reply_length import MAX_WORDS, word_count
from knowledge.coaching import naasten
from knowledge.coaching.help_situation import NAASTE, is_about_child, situation_for

HEADING = {"nl": "Hier kun je terecht:", "en": "Where you can go:"}
SAME_ADVICE = {"nl": "Mijn tips van hierboven gelden nog steeds. Wil je iets anders weten? Kies hieronder.",
               "en": "My tips above still apply. Want to know something else? Choose below."}
SAME_SUPPORT = {"nl": "Wat ik hierboven schreef over steun voor jezelf, geldt nog steeds. Hieronder de plekken.",
                "en": "What I wrote above about support for yourself still applies. The places are below."}
MORE_TIPS = {"nl": "Nog een paar tips:", "en": "A few more tips:"}
NO_MORE_TIPS = {"nl": "Dit waren de belangrijkste tips. Luisteren helpt al veel.",
                "en": "These were the main tips. Listening already helps a lot."}
SAME_TIPS = {"nl": "Mijn tips van hierboven gelden nog steeds. Het belangrijkste: luister, geloof wat je hoort, "
                   "en laat de keuzes bij je naaste.",
             "en": "My tips above still hold. Most of all: listen, believe what you hear, and leave the choices to "
                   "them."}
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


def _send_help(dispatcher: CollectingDispatcher, tracker: Tracker, situation, lang: str) -> None:
    """The organisations for a naaste as cards, or the national lines when none fit."""
    recommendations, now = find_help(situation)
    if recommendations:
        send_cards(dispatcher, tracker, recommendations, now, HEADING[lang], lang)
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
            shown = respond_tips(lang)
            dispatcher.utter_message(text=shown.text, buttons=[buttons.more_tips(lang)] if shown.rest else [])
        professional = said_in_conversation(tracker, "professional")  # a teacher, a nurse, a manager
        now_advice = naasten.what_now(language=lang, professional=professional, **facts)
        images = facts["incident"] in naasten.ONLINE_INCIDENTS or facts["setting"] == "online"
        recent = facts["days_since"] is not None or facts["time_bucket"] is not None
        said = unsaid(tracker, dispatcher, [what_now_text(now_advice), SAME_ADVICE[lang]])
        if said:
            dispatcher.utter_message(
                text=said,
                buttons=buttons.naaste_refine(lang, child=facts["about_child"], recent=recent, images=images),
            )
        situation = situation_for(NAASTE, age=tracker.get_slot("age"), wishes=tracker.get_slot("wishes"), **facts)
        _send_help(dispatcher, tracker, situation, lang)
        return [SlotSet("role", NAASTE)]


PROFESSIONAL_INTRO = {
    "nl": "Goed dat je hier iets mee doet. Je hoeft het niet alleen op te lossen.",
    "en": "Good that you are doing something with this. You do not have to solve it alone.",
}
# A child first: its item has the zedenpolitie's anonymous advice and Veilig Thuis too.
PROFESSIONAL_ORDER = ("child", "professional", "professional_school", "online_images_child", "online_images",
                      "at_home", "acute", "police", "always")
SAME_PROFESSIONAL = {"nl": "Wat ik hierboven schreef over overleggen, geldt nog steeds. Hieronder de plekken.",
                     "en": "What I wrote above about consulting still applies. The places are below."}


class ActionProfessionalAdvice(Action):
    """A professional who saw or suspects something in their work (bot/nlu/professional.py):
    where professionals consult, what fits the situation (a child, a school, within 7 days),
    and the organisations for someone close. No victim triage, no 5D."""

    def name(self) -> Text:
        return "action_professional_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        facts = _facts(tracker)
        advice = naasten.what_now(language=lang, professional=True, **facts)
        # most important first: what does not fit in 120 words goes from the end (not "always")
        items = sorted(advice.items, key=lambda item: PROFESSIONAL_ORDER.index(item[0]))
        advice = naasten.WhatNow(PROFESSIONAL_INTRO[lang] + "\n" + advice.title, tuple(items))
        said = unsaid(tracker, dispatcher, [what_now_text(advice), SAME_PROFESSIONAL[lang]])
        if said:
            dispatcher.utter_message(text=said)
        situation = situation_for(NAASTE, age=tracker.get_slot("age"), wishes=tracker.get_slot("wishes"), **facts)
        _send_help(dispatcher, tracker, situation, lang)
        return [SlotSet("role", NAASTE)]


@dataclass(frozen=True)
class Tips:
    text: str  # at most 120 words
    rest: str  # the tips that did not fit, for "Meer tips" ("" when all fitted)


def respond_tips(lang: str) -> Tips:
    """How to respond: what helps and what not to say, as much as fits in one reply. The
    first tips of each list are the most important; the others wait behind "Meer tips"."""
    r = naasten.respond(lang)
    do, dont = list(r.do), list(r.dont)
    more_do: List[str] = []
    more_dont: List[str] = []

    def text() -> str:
        return "\n".join([r.title, r.do_title, bullets(do), r.dont_title, bullets(dont)])

    while word_count(text()) > MAX_WORDS and (do or dont):
        if len(dont) > 2 or (dont and len(do) <= 3):
            more_dont.insert(0, dont.pop())
        else:
            more_do.insert(0, do.pop())
    rest = (([r.do_title, bullets(more_do)] if more_do else [])
            + ([r.dont_title, bullets(more_dont)] if more_dont else []))
    return Tips(text(), "\n".join(rest))


def what_now_text(advice) -> str:
    """What to do now; the last line (suicide, danger) always stays, others go when too long."""
    items = [text for _, text in advice.items]
    while len(items) > 1 and word_count(advice.title + "\n" + bullets(items)) > MAX_WORDS:
        del items[-2]
    return advice.title + "\n" + bullets(items)


class ActionNaasteMoreTips(Action):
    """"Meer tips": the respond tips that did not fit in the first answer."""

    def name(self) -> Text:
        return "action_naaste_more_tips"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        rest = respond_tips(lang).rest
        # asked again: the tips were shown, so not the same text twice
        text = unsaid(tracker, dispatcher, [MORE_TIPS[lang] + "\n" + rest if rest else "", NO_MORE_TIPS[lang],
                                            SAME_TIPS[lang]])
        dispatcher.utter_message(text=text or SAME_TIPS[lang],
                                 buttons=[button(buttons.TITLES["en" if lang == "en" else "nl"]["own_support"],
                                                 "naaste_own_support")])
        return [SlotSet("role", NAASTE)]


class ActionNaasteOwnSupport(Action):
    def name(self) -> Text:
        return "action_naaste_own_support"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = language(tracker)
        title, items = naasten.own_support(lang)
        support = unsaid(tracker, dispatcher, [title + "\n" + bullets(items), SAME_SUPPORT[lang]])
        if support:
            dispatcher.utter_message(text=support)
        situation = situation_for(NAASTE, age=tracker.get_slot("age"), **_facts(tracker))
        _send_help(dispatcher, tracker, situation, lang)
        return [SlotSet("role", NAASTE)]
