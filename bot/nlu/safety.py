"""Rasa NLU component: the crisis check (`bot.nlu.crisis`) on every message.

It runs after DIET and before the FallbackClassifier, and its verdict wins over DIET's
intent: danger now -> `danger_now` (112), thoughts of suicide -> `suicidal_thoughts` (113),
an uncertain middle -> `maybe_danger` / `maybe_suicide` (a question with buttons), and so
does DIET's own danger/suicide intent when the check finds nothing. The
rules for these intents have no conditions, so they apply on any turn, inside the triage
form too. A button answer ("/danger_now") is a payload and is left alone.

The verdict's level (never the text) is put on the parse result as `crisis` for the web app.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.crisis.check import ASK_DANGER, ASK_SUICIDE, DANGER, SUICIDE, shared_check
from bot.nlu.intent_override import override_intent

DANGER_INTENT = "danger_now"
SUICIDE_INTENT = "suicidal_thoughts"
MAYBE_DANGER_INTENT = "maybe_danger"
MAYBE_SUICIDE_INTENT = "maybe_suicide"
CRISIS_KEY = "crisis"

INTENT_FOR_LEVEL = {
    DANGER: DANGER_INTENT,
    SUICIDE: SUICIDE_INTENT,
    ASK_DANGER: MAYBE_DANGER_INTENT,
    ASK_SUICIDE: MAYBE_SUICIDE_INTENT,
}


def crisis_intent(text: str) -> Optional[str]:
    """The intent the crisis check gives this text, or None when it is calm."""
    if not text or text.startswith("/"):
        return None
    return INTENT_FOR_LEVEL.get(shared_check().verdict(text).level)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetySignalDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetySignalDetector":
        shared_check()  # train the small safety classifier at load time, not on a message
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = crisis_intent(text)
            if intent is None and not text.startswith("/"):
                # DIET alone is a third opinion: enough for the question, not for the alarm
                # ("hij sloeg me toen" is not danger now).
                intent = _DIET_ALONE.get((message.get(INTENT) or {}).get("name"))
            message.set(CRISIS_KEY, intent, add_to_output=True)
            if intent:
                override_intent(message, intent)
        return messages


_DIET_ALONE = {DANGER_INTENT: MAYBE_DANGER_INTENT, SUICIDE_INTENT: MAYBE_SUICIDE_INTENT}
