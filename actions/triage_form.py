"""validate_triage_form: which questions the triage still needs, and never getting stuck.

Rasa fills the slots from the NLU entities (bot/domain/triage.yml). This action decides
which of the three questions matter for what is known (at most three, often fewer) and
makes sure an answer we cannot read moves the conversation on instead of repeating the
question: help with "onbekend" is better than no help.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.history import times_said
from knowledge.vocabulary import INCIDENTS, ONLINE_INCIDENTS, PHYSICAL_INCIDENTS, TIME_BUCKETS

UNKNOWN = "onbekend"
FORM_SLOTS = ("incident", "time_bucket", "setting")
# A reply with one of these intents answers the question we asked, even when we cannot
# read a value from it. Other intents (a question, danger) interrupt the form instead.
ANSWER_INTENTS = {"inform", "ask_for_help", "nlu_fallback", "affirm", "deny", "role_unclear", "role_chosen",
                  "tell_more", "unsure_statement"}
CRISIS_INTENTS = {"danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"}
# A story told in answer to "Wat is er gebeurd?" is the answer, also when it names no kind of
# incident but a place or a time ("op school in de wc trekken twee jongens ..."): asking "wat is
# er gebeurd?" again after it made people tell their story twice (blind sets, 6 December).
STORY_INTENTS = {"ask_for_help", "tell_more"}
# Intents with a rule of their own inside the form (data/stories/): a question, a feeling, a
# wish, a crisis. Their message may carry an entity that fills a form slot ("moet ik betalen,
# hij heeft naaktfoto's"); the form then must still step aside so the rule answers first.
OWN_RULE_INTENTS = CRISIS_INTENTS | {
    "ask_report_options", "ask_csg", "ask_evidence", "ask_costs", "ask_anonymity", "ask_compensation",
    "ask_mediation", "ask_law", "worried_own_behaviour", "feeling_doubt", "safe_now", "restart_conversation",
    "forget_conversation", "safer_now", "ask_image_removal", "ask_pay_extortion", "wish_no_police", "ask_for_men",
    "ask_english", "ask_permission", "helper_doubt", "ask_on_behalf", "ask_no_confidant",
    "ask_keep_images", "ask_medical", "professional_concern", "ask_chat", "ask_too_late", "ask_consequences",
    "ask_job_risk", "ask_telling_someone", "ask_how_to_reach", "ask_duties", "next_step",
}
# Values a button or entity may give each question; anything else counts as "onbekend".
KNOWN_VALUES = {
    "incident": set(INCIDENTS),
    "time_bucket": set(TIME_BUCKETS),
    "setting": {"thuis", "werk", "school", "studentenleven", "sport", "kerk", "cultuur", "zorg",
                "straat", "ov", "uitgaan", "online", "lhbtiq"},
}


# Incidents for which the time does not change the advice (knowledge/ranking.py reads the time
# only for physical incidents).
NO_TIME_NEEDED = frozenset({"intimidatie"})


def questions_needed(incident: Optional[str], time_bucket: Optional[str]) -> List[str]:
    """The form's questions, in order, for what is known so far."""
    needed = ["incident"]
    if incident in ONLINE_INCIDENTS:
        return needed  # online: Helpwanted, whenever it happened and wherever
    if incident not in NO_TIME_NEEDED:
        # the time changes the advice only where the CSG's first 7 days may matter (issue 16:
        # "asked only when the answer changes the advice"); for remarks, calls or stares it does not
        needed.append("time_bucket")
    if incident in PHYSICAL_INCIDENTS and time_bucket == "acuut":
        return needed  # the CSG first, without another question in between
    needed.append("setting")
    return needed


class ValidateTriageForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_triage_form"

    async def run(self, dispatcher, tracker, domain):
        events = await super().run(dispatcher, tracker, domain)
        if _latest_intent(tracker) in OWN_RULE_INTENTS and _fresh_message(tracker):
            # Keep what the message told (its slots), but let the intent's rule answer first;
            # the rule then hands back to the form, which asks its next question.
            return events + [ActionExecutionRejected(self.form_name())]
        return events

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
        tracker: Tracker, domain: DomainDict,
    ) -> List[Text]:
        incident, time_bucket = tracker.get_slot("incident"), tracker.get_slot("time_bucket")
        needed = questions_needed(incident and _known(incident, "incident"),
                                  time_bucket and _known(time_bucket, "time_bucket"))
        if _moved_on(tracker) and not time_bucket and "time_bucket" in needed:
            # The person asked something else instead of answering (issue 16: the time question
            # only when it changes the advice, "not after the person moved on"). Unknown, the help
            # still names the CSG, which also helps later.
            needed.remove("time_bucket")
        return needed

    async def extract_incident(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _unreadable_answer("incident", tracker, dispatcher)

    async def extract_time_bucket(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _unreadable_answer("time_bucket", tracker, dispatcher)

    async def extract_setting(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _unreadable_answer("setting", tracker, dispatcher)

    def validate_incident(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return {"incident": _known(value, "incident")}

    def validate_time_bucket(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return {"time_bucket": _known(value, "time_bucket")}

    def validate_setting(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return {"setting": _known(value, "setting")}


# Actions Rasa itself runs between a message and the form's validation of it.
_NOT_A_TURN = {"action_listen", "action_extract_slots", "triage_form", "validate_triage_form"}


def _fresh_message(tracker: Tracker) -> bool:
    """The form validates the person's latest message, not a return to the form after a rule
    answered it (then Rasa calls the validation again, with the answer's actions in between)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "bot" or (event.get("event") == "action" and event.get("name") not in _NOT_A_TURN):
            return False
    return False


def _moved_on(tracker: Tracker) -> bool:
    """Since this triage started, the person asked or said something with a rule of its own
    instead of answering a question of ours (not a crisis: after it, the questions may go on)."""
    events = list(tracker.events)
    start, active = None, False
    for index, event in enumerate(events):
        if event.get("event") in ("restart", "session_started"):
            start, active = None, False
        elif event.get("event") == "active_loop":
            # the first activation after none was active: a crisis that paused the form starts it anew
            if event.get("name") == "triage_form" and not active:
                start = index
            active = bool(event.get("name"))
    if start is None:
        return False
    skipped = OWN_RULE_INTENTS - CRISIS_INTENTS - {"safe_now", "safer_now"}
    return any(((event.get("parse_data") or {}).get("intent") or {}).get("name") in skipped
               for event in events[start:] if event.get("event") == "user")


def _latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _known(value: Any, slot: str) -> str:
    """Several entities of one kind arrive as a list: the first known one counts."""
    for candidate in value if isinstance(value, list) else [value]:
        if isinstance(candidate, str) and candidate in KNOWN_VALUES[slot]:
            return candidate
    return UNKNOWN


MAX_ASKS = 2  # then the triage goes on with what it knows: help beats a third question


# The story that opened the triage described an act done to the writer, in words the NLU reads
# as its kind (`harm_kind`) but not as an incident ("jongens hebben mij in de kleedkamer
# vastgehouden en mn broek uitgetrokken"): "Wat is er gebeurd?" would ask what was just told
# (tuned blind sets: asked three times in a row). A physical act is at least an assault for the
# advice (the CSG's first 7 days); words shouted or sent are harassment; otherwise "onbekend".
INCIDENT_OF_HARM = {"fysiek": "aanranding", "verbaal": "intimidatie"}


def _told_in_the_opening_story(slot: str, tracker: Tracker) -> Optional[str]:
    if slot != "incident" or tracker.get_slot("requested_slot") is not None or tracker.get_slot("incident"):
        return None
    if _latest_intent(tracker) not in STORY_INTENTS:
        return None
    entities = tracker.latest_message.get("entities") or []
    values = {e.get("entity"): e.get("value") for e in entities}
    if "incident" in values or values.get("role_cue", "slachtoffer") != "slachtoffer":
        return None
    if "harm_kind" not in values and "role_cue" not in values:
        return None
    return _incident_of_harm(tracker)


def _incident_of_harm(tracker: Tracker) -> str:
    """The incident an act told in this message stands for (its harm_kind), else onbekend."""
    harm = next((e.get("value") for e in tracker.latest_message.get("entities") or []
                 if e.get("entity") == "harm_kind"), None)
    return INCIDENT_OF_HARM.get(harm, UNKNOWN)


def _unreadable_answer(slot: str, tracker: Tracker, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
    """`onbekend` for the asked question when the reply answers it but holds no value.

    Input nobody could read (the NLU's unreadable-input guard: nlu_fallback with full
    confidence) first gets the kind answer with 112 and the main numbers, as anywhere else;
    then the questions move on rather than ask the same thing again."""
    told = _told_in_the_opening_story(slot, tracker)
    if told:
        return {slot: told}
    if tracker.get_slot("requested_slot") != slot or tracker.get_slot(slot) is not None:
        return {}
    intent = tracker.latest_message.get("intent") or {}
    if intent.get("name") in OWN_RULE_INTENTS:
        if _fresh_message(tracker) or intent.get("name") in CRISIS_INTENTS:
            return {}  # a crisis or a question is answered first, also after the last ask
        # Back in the form after answering a question the person asked instead of answering
        # ours: they moved on, so ours is not asked again ("Mag ik het nog één keer vragen" after
        # every question made a girl wait four turns for the help she came for, set V).
        if times_said(tracker, f"utter_ask_{slot}") >= 1:
            return {slot: UNKNOWN}
        return {}
    if times_said(tracker, f"utter_ask_{slot}") >= MAX_ASKS:
        return {slot: UNKNOWN}
    if intent.get("name") not in ANSWER_INTENTS:
        return {}
    if intent.get("name") == "nlu_fallback" and intent.get("confidence", 0) >= 1.0:
        dispatcher.utter_message(response="utter_default")
        return {slot: UNKNOWN}
    found = {e.get("entity") for e in tracker.latest_message.get("entities") or []}
    # A reply that describes an act ("een docent zoent ons bij de oefeningen": the NLU's harm_kind,
    # or a role cue such as "hij zat aan me") told what happened, whatever DIET called it.
    told_what_happened = slot == "incident" and (
        intent.get("name") in STORY_INTENTS or found & {"harm_kind", "role_cue"})
    if (found & set(FORM_SLOTS) or "days_since" in found) and not told_what_happened:
        return {}  # it answered another question; ask this one again
    return {slot: _incident_of_harm(tracker) if told_what_happened else UNKNOWN}
