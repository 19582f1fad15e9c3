"""Set the intent of a parsed message with full confidence, for deterministic components."""
from __future__ import annotations

from typing import Any, Dict, List

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


def override_intent(message: Message, intent_name: str) -> None:
    """Make `intent_name` the intent (confidence 1.0) and put it first in the ranking, so the
    FallbackClassifier and the policies see it whatever DIET predicted."""
    intent = {"name": intent_name, "confidence": 1.0}
    ranking: List[Dict[str, Any]] = message.get(INTENT_RANKING_KEY) or []
    ranking = [intent] + [r for r in ranking if r.get("name") != intent_name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


class IntentRuleComponent:
    """Base of the stateless NLU components that may replace the intent by a rule: a
    subclass says what the intent should be (`intent_for`, None to keep it) and how sure
    (`full_confidence`). Subclasses also derive from GraphComponent and register with the
    recipe themselves."""

    full_confidence = True

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls()

    def intent_for(self, message: Message) -> Dict[str, Any] | None:
        raise NotImplementedError

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = self.intent_for(message)
            if intent is None:
                continue
            if self.full_confidence:
                override_intent(message, intent["name"])
            else:
                message.set(INTENT, intent, add_to_output=True)
        return messages
