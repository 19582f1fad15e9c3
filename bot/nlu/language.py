"""Rasa NLU component: is this message English or Dutch?

Answers in English are response variations conditioned on the slot `language`; this
component fills it through an entity. Function words decide, not content words: they are
frequent, short and hardly shared between the two languages. A message with no signal
(e.g. "ok", "112") sets nothing, so the conversation keeps its language.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

LANGUAGE_ENTITY = "language"

_ENGLISH = frozenset(
    "i i'm im you he she they my me his her the a an and or but what where who how why "
    "when which this that there is are was were am have has had do does did don't can "
    "could would should will not no yes hello hi hey thanks thank please help happened "
    "someone somebody something it's to of for with at from about".split()
)
_DUTCH = frozenset(
    "ik je jij u hij zij ze wij we mijn mij me zijn haar hun de het een en of maar wat "
    "waar wie hoe waarom wanneer welke dit dat deze die er ben bent heb hebt heeft had "
    "kan kun kunt wil wilt moet niet geen ja nee hallo hoi hey dank bedankt alsjeblieft "
    "hulp help gebeurd iemand iets naar van voor met bij over om te dan ook nog al".split()
)
_WORD = re.compile(r"[a-zà-ÿ']+")


def detect_language(text: str) -> Optional[str]:
    """'en', 'nl' or None when the text gives no clear signal."""
    words = _WORD.findall(text.lower())
    english = sum(1 for w in words if w in _ENGLISH and w not in _DUTCH)
    dutch = sum(1 for w in words if w in _DUTCH and w not in _ENGLISH)
    if english > dutch:
        return "en"
    if dutch > english:
        return "nl"
    return None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class LanguageDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageDetector":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            language = detect_language(text)
            if language is None:
                continue
            entity = {
                ENTITY_ATTRIBUTE_TYPE: LANGUAGE_ENTITY,
                ENTITY_ATTRIBUTE_VALUE: language,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: len(text),
                EXTRACTOR: self.__class__.__name__,
            }
            entities = [e for e in message.get(ENTITIES, []) if e.get(ENTITY_ATTRIBUTE_TYPE) != LANGUAGE_ENTITY]
            message.set(ENTITIES, entities + [entity], add_to_output=True)
        return messages
