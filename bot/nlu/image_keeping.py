"""A question whether to save, screenshot, download or forward intimate images is always
answered as such (`ask_keep_images`): never save or pass them on, also not as proof.

DIET heard "moet ik het filmpje opslaan om te laten zien aan het bestuur?" as a question
about anonymity, and "moet ik screenshots maken van die groep als bewijs?" as a bystander's
choice in practice. The answer to this question is a safety matter (RUBRIC point d: no advice
to keep images), so, like the crisis check, it does not depend on how sure DIET is.
A screenshot of messages, or photos of bruises, is other evidence: left to DIET (ask_evidence).
"""
from __future__ import annotations

import re
from typing import Any, Dict

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import IntentRuleComponent
from bot.nlu.safety import CRISIS_INTENTS

KEEP_IMAGES_INTENT = "ask_keep_images"

_ASKS = re.compile(r"\?|\b(moet|moeten|zal|zullen|kan|kun|kunnen|mag|mogen|is\s+het\s+(slim|goed|beter|handig)|"
                   r"beter|should|shall|can|could|may|must|do\s+i\s+need|is\s+it\s+(ok|okay|smart|better))\b",
                   re.IGNORECASE)
_KEEP = re.compile(r"\b(opslaan|opgeslagen|sla\s+\w+\s+op|bewaren|bewaar|houden|screenshot\w*|screen\s*shot\w*|"
                   r"schermafbeelding\w*|downloaden|download\w*|doorsturen|doorgestuurd|doorstuur|forward\w*|"
                   r"save|saving|keep|keeping|opnemen)\b", re.IGNORECASE)
_IMAGES = re.compile(r"\b(naakt\w*|nudes?|foto'?s?|fotos|filmpjes?|video'?s?|beelden|pics?|pictures?|photos?|"
                     r"clips?|dickpics?|pikfoto'?s?|sexting\w*)\b", re.IGNORECASE)
_OTHER_EVIDENCE = re.compile(r"\b(blauwe\s+plek\w*|verwonding\w*|letsel|wond\w*|bruis\w*|injur\w*|kleren|kleding|"
                             r"clothes|berichten|appjes|messages|texts|chats?)\b", re.IGNORECASE)
_NAKED = re.compile(r"\b(naakt\w*|nudes?|dickpics?|pikfoto'?s?|sexting\w*)\b", re.IGNORECASE)


def asks_about_keeping_images(text: str) -> bool:
    if not text or not (_ASKS.search(text) and _KEEP.search(text) and _IMAGES.search(text)):
        return False
    return not (_OTHER_EVIDENCE.search(text) and not _NAKED.search(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ImageKeepingQuestion(IntentRuleComponent, GraphComponent):
    def intent_for(self, message: Message) -> Dict[str, Any] | None:
        name = (message.get(INTENT) or {}).get("name")
        text = message.get(TEXT) or ""
        if name in CRISIS_INTENTS or text.startswith("/") or not asks_about_keeping_images(text):
            return None
        return {"name": KEEP_IMAGES_INTENT}
