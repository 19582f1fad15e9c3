"""The role question: "Gaat het om jou, of om iemand anders?" and what follows the answer.

bot/nlu/role.py marks a message `role_unclear` when DIET is torn between roles, with the
intent each role would get as `role_candidate` entities ("naaste=naaste_confided").
- action_role_unclear: if the role is already known in this conversation, the message is
  taken as that role's intent at once; else the question is asked (utter_ask_role), once:
  asked before and not answered, DIET's best guess is taken.
- action_role_chosen: the answer (a button, or typed) sets the role; the earlier message is
  then taken again as that role's intent, with the slots it filled, so the person gets the
  right help for what they already told, without telling it twice.
Both put a corrected user turn in place of the one Rasa got, after an action_listen, as
Rasa's two-stage fallback does (rasa/core/actions/two_stage_fallback.py): the revert also
undoes the listen, and without it no rule matches the new turn.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SlotSet, UserUtteranceReverted, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions.history import times_said
from bot.nlu.role_names import CANDIDATE_ENTITY, CHOICE_ENTITY, CUE_ENTITY, FIRST_INTENT, UNCLEAR_INTENT

ROLES = ("slachtoffer", "naaste", "omstander", "pleger")
# The messages the role question may be about: torn between roles (bot/nlu/role.py), or a
# statement nobody could place, or a "weet ik niet" outside the triage, while the role was unknown
# (actions/heard.py).
ASKED_ABOUT = {UNCLEAR_INTENT, "unsure_statement", "dont_know"}


def candidates(parse_data: Dict[str, Any]) -> Dict[str, str]:
    found = {}
    for entity in parse_data.get("entities") or []:
        if entity.get("entity") == CANDIDATE_ENTITY and "=" in str(entity.get("value")):
            role, intent = str(entity["value"]).split("=", 1)
            found.setdefault(role, intent)
    return found


def stated_role_of(parse_data: Dict[str, Any]) -> Optional[str]:
    """The role the words of the message state in so many words (bot/nlu/role.py's cue)."""
    return next((str(e.get("value")) for e in parse_data.get("entities") or []
                 if e.get("entity") == CUE_ENTITY and e.get("value") in ROLES), None)


def best_guess(parse_data: Dict[str, Any]) -> str:
    """DIET's best role, but never own behaviour on a guess: Stop it Now! to a bystander or a
    teacher who told a story after the question (set S) is the costliest wrong script. Own
    behaviour stays possible when the words say it (stated_role_of) or the person chooses it."""
    ranked = list(candidates(parse_data))
    return next((role for role in ranked if role != "pleger"), "slachtoffer")


def retold(parse_data: Dict[str, Any], role: str, text: Optional[str]) -> UserUttered:
    """The same message again, now with the intent of `role`."""
    intent = candidates(parse_data).get(role) or FIRST_INTENT[role]
    entities = [e for e in parse_data.get("entities") or [] if e.get("entity") != CANDIDATE_ENTITY]
    return UserUttered(text, parse_data={"text": text, "intent": {"name": intent, "confidence": 1.0},
                                         "intent_ranking": [{"name": intent, "confidence": 1.0}],
                                         "entities": entities})


def slots_set_since_last_user_message(tracker: Tracker) -> List[Dict[str, Any]]:
    events: List[Dict[str, Any]] = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot":
            events.append(SlotSet(event["name"], event.get("value")))
    return list(reversed(events))


class ActionRoleUnclear(Action):
    def name(self) -> Text:
        return "action_role_unclear"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        role = tracker.get_slot("role")
        latest = tracker.latest_message or {}
        if role not in ROLES:
            if not times_said(tracker, "utter_ask_role"):
                dispatcher.utter_message(response="utter_ask_role")
                return []
            # Asked once already and not answered: never ask twice. The role the words state
            # ("he raped me": the writer's own) before DIET's best guess, which put a victim's
            # story told after the question into the naaste's script (tuned set Q).
            role = stated_role_of(latest) or best_guess(latest)
        # Known from earlier in the conversation: keep it, and answer the message as that role.
        return [UserUtteranceReverted(), ActionExecuted("action_listen"), retold(latest, role, latest.get("text")),
                *slots_set_since_last_user_message(tracker)]


class ActionRoleChosen(Action):
    def name(self) -> Text:
        return "action_role_chosen"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        role = next(tracker.get_latest_entity_values(CHOICE_ENTITY), None)
        if role not in ROLES:
            dispatcher.utter_message(response="utter_ask_role")
            return []
        asked = _unclear_message(tracker)
        if asked is None:  # chosen without a question before it: just note the role
            dispatcher.utter_message(response="utter_role_noted")
            return [SlotSet("role", role)]
        return [UserUtteranceReverted(), ActionExecuted("action_listen"),
                retold(asked.get("parse_data") or {}, role, asked.get("text")), SlotSet("role", role)]


def _unclear_message(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The message the role question was about: the user turn before the answer."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    if len(users) < 2:
        return None
    before = users[-2]
    intent = ((before.get("parse_data") or {}).get("intent") or {}).get("name")
    return before if intent in ASKED_ABOUT else None
