"""Rasa NLU component: input we cannot read goes to the fallback answer.

DIET always picks some intent, often with high confidence, even for "asdkjh qwe", an
emoji, Arabic or Cyrillic text. Sending such input to `nlu_fallback` means the person gets
the kind answer with 112 and the main numbers instead of a random one.

A message is unreadable when it has no Latin letters, or when fewer than half of its words
are known, or when it is code (an HTML tag, an SQL statement) with fewer than two known
words beside it: "'; DROP TABLE trackers; --" is not someone asking for help, however DIET
scores its n-grams. Known words are the Dutch and English word lists of spacy-lookups-data plus the
vocabulary of our own training data (chat words like "hoi", "thx", "oke").
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, Callable, Dict, Iterable, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.greeting import is_greeting
from bot.nlu.intent_override import override_intent

KNOWN_WORD_SHARE = 0.5
# Bump when train() stores something different: bot.training retrains on a change of this.
TRAINING_FORMAT = 1
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_VOCABULARY_FILE = "vocabulary.json"
_NUMBER_ALONE = re.compile(r"\s*\d{1,3}\s*[.!?]?\s*")
# Markup, SQL, templates and paths as sent by scanners and pranksters; removed before the
# words are counted.
_CODE = re.compile(
    r"<\s*/?\s*[a-z!][^>]{0,300}>"
    r"|\b(drop|truncate|alter)\s+(table|database)\s+[\w.`\"\[\]]+"
    r"|\bselect\b.{0,200}?\bfrom\s+[\w.`\"]+"
    r"|\binsert\s+into\s+[\w.`\"]+|\bdelete\s+from\s+[\w.`\"]+|\bunion\s+(all\s+)?select\b"
    r"|\bor\s+['\"]{0,2}\w*['\"]{0,2}\s*=\s*['\"]{0,2}\w*['\"]{0,2}"
    r"|\b(alert|eval|prompt)\s*\([^)]{0,200}\)|javascript:\S*"
    r"|\{\{.{0,200}?\}\}|\$\{.{0,200}?\}|(\.\.[/\\])+[\w/\\.-]*|%[0-9a-f]{2}|\\[ux][0-9a-f]{2,4}"
    # Rasa's own "/intent{...}" syntax inside a message (at the start Rasa reads it itself)
    r"|/[a-z_]+(\{[^}]{0,200}\}?|@[\d.]+)",
    re.IGNORECASE | re.DOTALL,
)
MIN_KNOWN_WORDS_BESIDE_CODE = 2
# Entities of our own extractors that show the message is about our subject.
SITUATION_ENTITIES = {"incident", "setting", "wish", "d_method", "time_bucket", "days_since", "age"}


def latin_letter_share(text: str) -> float:
    """Share of the letters in `text` that are Latin; 0.0 when there are none."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


def words(text: str) -> List[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def is_unreadable(text: str, is_known: Callable[[str], bool],
                  is_familiar: Callable[[str], bool] = lambda word: True) -> bool:
    """`is_known`: a Dutch or English word. `is_familiar`: a word of our own training data;
    a one-word message must be one ("abc" is English, but DIET's guess for it is noise)."""
    if is_greeting(text):
        return False  # "heyy", "yo": a greeting typed as people type it (bot/nlu/greeting.py)
    without_code = _CODE.sub(" ", text)
    if without_code != text:
        return sum(1 for w in words(without_code) if len(w) > 1 and is_known(w)) < MIN_KNOWN_WORDS_BESIDE_CODE
    if _NUMBER_ALONE.fullmatch(text):
        return False  # an age or a number of days, answered in few words
    if latin_letter_share(text) < 0.5:
        return True
    # Single letters ("a b" left of "a\udc00b") are no words; "ik", "hi" are.
    found = [w for w in words(text) if len(w) > 1]
    if not found:
        return True
    if len(found) == 1 and not is_familiar(found[0]):
        return True
    known = sum(1 for w in found if is_known(w))
    return known / len(found) < KNOWN_WORD_SHARE


class Lexicon:
    """Dutch + English word forms and lemmas, plus extra words (our training vocabulary)."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._tables = _lemma_tables()
        self._lemmas = set().union(*(set(t.values()) for t in self._tables))
        self._extra = {w.lower() for w in extra}

    def familiar(self, word: str) -> bool:
        return word in self._extra

    def __contains__(self, word: str) -> bool:
        return (
            word in self._extra
            or word in self._lemmas
            or any(word in table for table in self._tables)
        )


def _lemma_tables():
    from spacy.lookups import load_lookups

    return [
        load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        for lang in ("nl", "en")
    ]


def _names_a_situation(message: Message) -> bool:
    return any(e.get("entity") in SITUATION_ENTITIES for e in message.get(ENTITIES) or [])


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class UnreadableInputGuard(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "UnreadableInputGuard":
        return cls(model_storage, resource, vocabulary=[])

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "UnreadableInputGuard":
        vocabulary: List[str] = []
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((directory / _VOCABULARY_FILE).read_text("utf-8"))
        except (ValueError, FileNotFoundError):
            pass  # not trained yet: the word lists alone still work
        guard = cls(model_storage, resource, vocabulary)
        guard.lexicon()  # load the word lists at start-up, not on the first message
        return guard

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, vocabulary: List[str]
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._lexicon: Optional[Lexicon] = None
        self._vocabulary = vocabulary

    def train(self, training_data: TrainingData) -> Resource:
        vocabulary = sorted(
            {w for m in training_data.intent_examples for w in words(m.get(TEXT) or "")}
        )
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _VOCABULARY_FILE).write_text(json.dumps(vocabulary), "utf-8")
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon(self._vocabulary)
        return self._lexicon

    def process(self, messages: List[Message]) -> List[Message]:
        lexicon = self.lexicon()
        for message in messages:
            if _names_a_situation(message):
                continue  # "verkrachting": the extractors read it, whatever the word lists say
            if is_unreadable(message.get(TEXT) or "", lexicon.__contains__, lexicon.familiar):
                override_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
        return messages
