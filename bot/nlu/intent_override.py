"""Set the intent of a parsed message with full confidence, for deterministic components."""
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
