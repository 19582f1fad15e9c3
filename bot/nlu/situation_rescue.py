"""Keep a message that tells what happened out of the "I don't understand" answer.

When DIET is unsure, the FallbackClassifier sets `nlu_fallback`. But a message in which the
SituationExtractor found an `incident` ("hij chanteert me met mijn filmpje") is about our
subject for certain; answering "sorry, I don't understand" would fail the person at the
worst moment. This component (after the FallbackClassifier) takes DIET's best guess among
the intents that describe a situation, or `ask_for_help` when none is ranked. Unreadable
input (nlu_fallback at confidence 1.0, from UnreadableInputGuard) and the safety intents are
left alone.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

SITUATION_INTENTS = (
    "ask_for_help", "inform", "bystander_witnessing", "bystander_afterwards",
    "naaste_confided", "naaste_own_support", "worried_own_behaviour",
)
DEFAULT_INTENT = "ask_for_help"
SIGNAL_ENTITIES = {"incident"}


def rescued_intent(message: Message) -> Dict[str, Any] | None:
    intent = message.get(INTENT) or {}
    if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or intent.get("confidence", 0) >= 1.0:
        return None
    if not any(e.get("entity") in SIGNAL_ENTITIES for e in message.get(ENTITIES) or []):
        return None
    for ranked in message.get(INTENT_RANKING_KEY) or []:
        if ranked.get("name") in SITUATION_INTENTS:
            return {"name": ranked["name"], "confidence": ranked.get("confidence", 0.0)}
    return {"name": DEFAULT_INTENT, "confidence": 0.0}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SituationIntentRescue(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SituationIntentRescue":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            rescued = rescued_intent(message)
            if rescued is not None:
                message.set(INTENT, rescued, add_to_output=True)
        return messages
