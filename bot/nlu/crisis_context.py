"""The crisis answer in a calm conversation: an alarm that rests on the safety classifier
alone becomes the question "Ben jij of iemand anders nu in gevaar? Bel dan meteen 112."
(or the one about suicide, with 113) once the conversation has been calm.

Why: RUBRIC point b says a calm message does not get the emergency answer. In the middle of a
conversation about something that happened, the classifier, which reads a bag of words,
alarms on calm turns ("ze zegt dat ze van hem houdt en dat ik jaloers ben"). On the tuned blind
conversation sets F-M, 33 calm turns after the first got "Bel nu meteen 112" from the classifier
alone; the 6 crisis turns after the first that only the classifier caught all had a probability
of 0.95 or more, which stays an alarm (SURE_EVEN_IF_CALM, bot/nlu/crisis/check.py).

What stays an alarm: any rule of its kind (held, someone at the door, "ik wil dood", a weak cue
too), a classifier sure enough to stand next to a calm cue, the first message of a
conversation (the safety sets, single messages, are gated on that), and every message after
an earlier crisis turn or question (an escalation: "shit hij is terug hij staat beneden"). The
question carries the number in its first line and a button for "ja".

Works on parses only (intent, never the text); bot/rasa_server/role_memory.py calls it with
the parses of the session's earlier messages.
"""
from __future__ import annotations

import copy
from typing import Any, Dict, Iterable

QUESTION_FOR = {"danger_now": "maybe_danger", "suicidal_thoughts": "maybe_suicide"}
CRISIS_INTENTS = frozenset(QUESTION_FOR) | frozenset(QUESTION_FOR.values())
CLASSIFIER_ONLY_KEY = "crisis_classifier_only"  # set by bot/nlu/safety.py
CRISIS_KEY = "crisis"


def _intent(parse: Dict[str, Any]) -> str:
    return (parse.get("intent") or {}).get("name") or ""


def ask_in_calm_conversation(parse: Dict[str, Any], earlier: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    """`parse` as it should be after the earlier parses (oldest first): the same object, or a
    copy whose classifier-only alarm became the question."""
    question = QUESTION_FOR.get(_intent(parse))
    if question is None or not parse.get(CLASSIFIER_ONLY_KEY):
        return parse
    earlier = list(earlier)
    if not earlier or any(_intent(p) in CRISIS_INTENTS for p in earlier):
        return parse
    asked = copy.deepcopy(parse)
    asked["intent"] = {"name": question, "confidence": 1.0}
    asked["intent_ranking"] = [{"name": question, "confidence": 1.0}] + [
        r for r in parse.get("intent_ranking") or [] if r.get("name") != question]
    asked[CRISIS_KEY] = question
    return asked
