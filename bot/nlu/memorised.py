"""A message that is word for word one of our own short training examples is understood.

DIET spreads its confidence over some forty intents; on a bare "hulp" or "waar kan ik
terecht" (both training examples) it may end just under the FallbackClassifier's 0.5, and
the person hears "sorry, I don't understand" to the very words we taught. This component
(right after the FallbackClassifier) takes such an exact short example back to its intent.
Only when DIET was unsure (nlu_fallback below full confidence), only for examples of at
most MAX_WORDS words, and only when the example belongs to one intent. Never the safety
intents: those come from the crisis check, which runs after this.
The blind and held-out sets never contain training sentences (tests/unit/test_heldout_overlap.py),
so this cannot lift a measured number by recall of a test sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import paths
from bot.nlu.crisis.classifier import nlu_examples
from bot.nlu.intent_override import override_intent

NLU_DIR = paths.PROJECT_ROOT / "data" / "nlu"
MAX_WORDS = 4
NEVER = {"danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"}


def normalised(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


@lru_cache(maxsize=2)
def memorised(folder: Path = NLU_DIR) -> Dict[str, str]:
    """Short example -> its intent, for the examples that belong to exactly one intent."""
    seen: Dict[str, set] = {}
    for text, intent in nlu_examples(folder):
        key = normalised(text)
        if key and len(key.split()) <= MAX_WORDS and intent not in NEVER:
            seen.setdefault(key, set()).add(intent)
    return {key: intents.pop() for key, intents in seen.items() if len(intents) == 1}


def memorised_intent(message: Message) -> Optional[str]:
    intent = message.get(INTENT) or {}
    if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or intent.get("confidence", 0) >= 1.0:
        return None
    return memorised().get(normalised(message.get(TEXT) or ""))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class MemorisedExamples(GraphComponent):
    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        memorised()  # read once at load time, not on a message
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            name = memorised_intent(message)
            if name:
                override_intent(message, name)
        return messages
