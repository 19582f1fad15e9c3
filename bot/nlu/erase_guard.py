"""Starting over and deleting the conversation only when the person clearly asks for it.

`restart_conversation` wipes what the person told so far and `forget_conversation` deletes
the conversation at once. DIET once took "ik heb geen bewijs ... ik wil hem niet vals
beschuldigen" for a restart (0.53) and the witness had to tell it all again. So these two
intents stand only when DIET is at least ERASE_SURE sure, or a rule component decided with
full confidence (our own short example word for word, a button); otherwise the message is
not understood (the kind fallback with the numbers), and nothing is lost. 0.6, not higher:
on the held-out NLU set a guard at 0.85 also turned away three real requests to delete the
conversation (0.74-0.84), and a refused deletion is a privacy wish not met.

A restart between ASK_FLOOR and ERASE_SURE is asked first: the intent stands with an
`erase_unsure` entity, and a rule (data/stories/rules.yml) asks "Wil je opnieuw beginnen?"
instead of wiping. A real but unsure request ("ik wil van voor af aan beginnen", 0.51) is
served, and a misread ("ik wil hem niet vals beschuldigen", 0.53) loses nothing: "nee" keeps
the conversation. A deletion needs no such band: every typed one is asked first anyway
(data/stories/privacy.yml), so below 0.6 it stays not understood.
"""
from __future__ import annotations

from typing import List

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

ERASING_INTENTS = frozenset({"restart_conversation", "forget_conversation"})
ERASE_SURE = 0.6
ASK_FLOOR = 0.45
UNSURE_ENTITY = "erase_unsure"


def too_unsure_to_erase(intent: dict) -> bool:
    confidence = float(intent.get("confidence") or 0.0)
    if intent.get("name") == "restart_conversation":
        return confidence < ASK_FLOOR
    return intent.get("name") in ERASING_INTENTS and confidence < ERASE_SURE


def ask_before_restart(intent: dict) -> bool:
    confidence = float(intent.get("confidence") or 0.0)
    return intent.get("name") == "restart_conversation" and ASK_FLOOR <= confidence < ERASE_SURE


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EraseGuard(GraphComponent):
    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if too_unsure_to_erase(intent):
                message.set(INTENT, {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME,
                                     "confidence": float(intent.get("confidence") or 0.0)}, add_to_output=True)
            elif ask_before_restart(intent):
                text = message.get(TEXT) or ""
                unsure = {"entity": UNSURE_ENTITY, "value": "ja", "start": 0, "end": len(text),
                          "extractor": "EraseGuard"}
                message.set(ENTITIES, list(message.get(ENTITIES) or []) + [unsure], add_to_output=True)
        return messages
