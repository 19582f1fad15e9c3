"""Keep a message that tells what happened out of the "I don't understand" answer.

When DIET is unsure, the FallbackClassifier sets `nlu_fallback`. But a message in which the
SituationExtractor found an `incident` ("hij chanteert me met mijn filmpje") is about our
subject for certain; answering "sorry, I don't understand" would fail the person at the
worst moment. This component (after the FallbackClassifier) takes DIET's best guess among
the intents that describe a situation, or `ask_for_help` when none is ranked. Unreadable
input (nlu_fallback at confidence 1.0, from UnreadableInputGuard) and the safety intents are
left alone.

It also mends one misreading: with sextortion, "betalen" is the extortioner's demand, not a
question about what help costs ("ik word bedreigd met mijn naaktfoto's als ik niet betaal").
That person needs Helpwanted's advice (never pay), which the situation route gives. And a
bystander's plan with one of the 5D in it is an answer, not small talk ("ik ga naar de
uitsmijter bij de deur" was read as goodbye).

And a story is not a follow-up question: the questions people ask once their story is told
("is het te laat?", "ga ik de gevangenis in?", "kan ik ontslagen worden?") were learnt from
short messages, yet DIET gave them long first stories that merely share their words (a victim's
story of a manager's hand as "what happens to me", an HR adviser's case as "can I lose my job":
tuned blind sets, 6 December). Over STORY_WORDS words such an intent gives way to the situation
intent DIET ranked best, at its own (low) confidence, so the role decision may still ask; only
when the message names what happened (an incident or a kind of harm): a long question is a question.
"""
from __future__ import annotations

from typing import Any, Dict

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import IntentRuleComponent
from bot.nlu.role_names import tells_a_story

SITUATION_INTENTS = (
    "ask_for_help", "inform", "bystander_witnessing", "bystander_afterwards",
    "naaste_confided", "naaste_own_support", "worried_own_behaviour",
)
DEFAULT_INTENT = "ask_for_help"
SIGNAL_ENTITIES = {"incident"}
# (intent DIET chose, incident found) -> the situation is what the message is about.
MISREAD_AS_QUESTION = {("ask_costs", "sextortion")}


FOLLOW_UP_QUESTIONS = {"ask_too_late", "ask_consequences", "ask_job_risk", "ask_telling_someone",
                       "ask_how_to_reach", "ask_duties"}
# The longest message these questions were right for in the tuned sets had 20 words; the
# stories they took had 21 to 36.
STORY_WORDS = 20
# ...and a story tells what happened. A long question that names no incident is still the
# question: "I'm on a highly skilled migrant visa through this company. if they fire me I have 3
# months ..." (set U) became worried_own_behaviour at 0.04, DIET's best-ranked situation intent.
# (tells_a_story, bot/nlu/role_names.py: shared with the role decision.)


# A bystander's plan read as small talk: "ik ga naar de uitsmijter bij de deur" is not
# goodbye when the SituationExtractor found one of the 5D methods in it.
SMALL_TALK = {"goodbye", "greet", "thank"}
D_ANSWER = "choose_d"


def rescued_intent(message: Message) -> Dict[str, Any] | None:
    intent = message.get(INTENT) or {}
    entities = message.get(ENTITIES) or []
    incidents = {e.get("value") for e in entities if e.get("entity") == "incident"}
    if any((intent.get("name"), incident) in MISREAD_AS_QUESTION for incident in incidents):
        return {"name": DEFAULT_INTENT, "confidence": intent.get("confidence", 0.0)}
    if intent.get("name") in SMALL_TALK and any(e.get("entity") == "d_method" for e in entities):
        return {"name": D_ANSWER, "confidence": intent.get("confidence", 0.0)}
    if (intent.get("name") in FOLLOW_UP_QUESTIONS and len((message.get(TEXT) or "").split()) > STORY_WORDS
            and tells_a_story(entities)):
        return _best_situation(message)
    if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or intent.get("confidence", 0) >= 1.0:
        return None
    if not any(e.get("entity") in SIGNAL_ENTITIES for e in message.get(ENTITIES) or []):
        return None
    return _best_situation(message)


def _best_situation(message: Message) -> Dict[str, Any]:
    """The situation intent DIET ranked highest, or ask_for_help when it ranked none."""
    for ranked in message.get(INTENT_RANKING_KEY) or []:
        if ranked.get("name") in SITUATION_INTENTS:
            return {"name": ranked["name"], "confidence": ranked.get("confidence", 0.0)}
    return {"name": DEFAULT_INTENT, "confidence": 0.0}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SituationIntentRescue(IntentRuleComponent, GraphComponent):
    full_confidence = False  # DIET's own confidence for the intent it ranked

    def intent_for(self, message: Message) -> Dict[str, Any] | None:
        return rescued_intent(message)
