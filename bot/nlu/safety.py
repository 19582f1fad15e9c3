"""Rasa NLU component: deterministic danger (112) and suicide (113) signals.

It runs after DIET and before the FallbackClassifier. When a phrase from
`safety_patterns` matches, it sets the intent with confidence 1.0, so the rules for
112/113 fire however unsure DIET was, and the FallbackClassifier leaves it alone. The
signals are also put on the parse result (`safety_signals`) for the web app and logs.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.intent_override import override_intent
from bot.nlu.phrase_rules import build_matcher
from bot.nlu.safety_patterns import DANGER_NOW, SUICIDE

DANGER_INTENT = "danger_now"
SUICIDE_INTENT = "suicidal_thoughts"
SIGNALS_KEY = "safety_signals"

# Danger wins over suicide: 112 first, the 113 line is part of the danger answer too.
_PRIORITY = [DANGER_INTENT, SUICIDE_INTENT]


class SafetyMatcher:
    """The spaCy side, usable without Rasa: which safety signals are in a Doc."""

    def __init__(self) -> None:
        self._matcher = None
        self._vocab = None

    def signals(self, doc) -> List[str]:
        if self._vocab is not doc.vocab:
            self._build(doc.vocab)
        labels = {doc.vocab.strings[match_id] for match_id, _, _ in self._matcher(doc)}
        return [label for label in _PRIORITY if label in labels]

    def _build(self, vocab) -> None:
        lookups = _lemma_lookup(vocab)
        self._matcher = build_matcher(
            vocab, {DANGER_INTENT: DANGER_NOW, SUICIDE_INTENT: SUICIDE}, lookups
        )
        self._vocab = vocab


def _lemma_lookup(vocab):
    """Lemmatise pattern words with the same lookup table the pipeline uses."""
    try:
        from spacy.lookups import load_lookups

        table = load_lookups(vocab.lang, ["lemma_lookup"]).get_table("lemma_lookup")
        return lambda word: table.get(word.lower(), word.lower())
    except Exception:  # no lookup data: lemma patterns degrade to exact words
        return lambda word: word.lower()


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
        return cls()

    def __init__(self) -> None:
        self._safety = SafetyMatcher()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT])
            if doc is None:
                continue
            signals = self._safety.signals(doc)
            message.set(SIGNALS_KEY, signals, add_to_output=True)
            if signals:
                override_intent(message, signals[0])
        return messages
