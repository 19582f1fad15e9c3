"""The Rasa side shared by our rule-based entity extractors (situation, time since, age):
no training, and a `process` that puts on each message the entities the subclass finds in
its spaCy doc. An error on one message is logged by its type only (a traceback could carry
words of the message) and never stops the conversation."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.entity_rules import set_entities

logger = logging.getLogger(__name__)


class RuleEntityExtractor(GraphComponent):
    # What it finds, for the log line: "Age extraction failed (...); no age entities set."
    finds = "entity"

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RuleEntityExtractor":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def entities_in(self, doc, text_length: int, extractor: str) -> List[Dict[str, Any]]:
        """The entities in Rasa's format (entity_rules.make_entity) found in `doc`."""
        raise NotImplementedError

    def process(self, messages: List[Message]) -> List[Message]:
        name = self.__class__.__name__
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT])
            if doc is None or len(doc) == 0:
                continue
            try:
                entities = self.entities_in(doc, len(message.get(TEXT) or ""), name)
            except Exception as error:  # a bad message must never stop the conversation
                logger.error("%s extraction failed (%s); no %s entities set.",
                             self.finds.capitalize(), type(error).__name__, self.finds)
                continue
            set_entities(message, entities, name)
        return messages
