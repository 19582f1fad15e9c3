"""A plan said is not a question, nor what someone else said, nor staying away.

`next_step` ("oke ik ga morgen bellen", "ik denk er even over na") is heard with a short
"good that you know what you want" and, during the triage, ends the questions. The tuned blind
sets showed three kinds of message the models took for it wrongly: a plan with a question in
it ("ik ga nu naar haar toe. wat moet ik zeggen?"), what someone else says should happen ("mijn
teamleider zegt dat we het eerst intern moeten bespreken"), and not going somewhere ("ik ga
morgen nie naar school"). For those the next intent of the ranking is taken (the
FallbackClassifier after this component judges it as usual).
"""
from __future__ import annotations

import re
from typing import List

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.second_opinion import LINEAR_PROBABILITIES_KEY
from bot.nlu.unsure_statement import asks_something

NEXT_STEP = "next_step"
_SAID_BY_OTHERS = re.compile(r"\b(zegt|zei|zeggen|vindt|wil)\s+dat\b|\b(says|said|wants)\s+(that\s+)?(we|i|she|he)\b",
                             re.IGNORECASE)
_NOT_GOING = re.compile(r"\b(ga|gaan|go|going)\b(\s+\w+){0,2}?\s+(niet|nie|not|never|nooit)\b"
                        r"|\b(not|never|niet|nooit)\s+(going|gonna|go|gaan)\b", re.IGNORECASE)


def no_next_step(text: str) -> bool:
    return asks_something(text) or bool(_SAID_BY_OTHERS.search(text) or _NOT_GOING.search(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class NextStepGuard(GraphComponent):
    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            ranking = message.get(INTENT_RANKING_KEY) or []
            if NEXT_STEP not in {r.get("name") for r in ranking} | {intent.get("name")}:
                continue
            if not no_next_step(message.get(TEXT) or ""):
                continue
            # Out of the ranking even when another intent leads: a later component may answer
            # from it (a safety line above the answer to the runner-up, bot/nlu/crisis_context.py).
            ranking = [r for r in ranking if r.get("name") != NEXT_STEP]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            if intent.get("name") == NEXT_STEP and ranking:
                message.set(INTENT, dict(ranking[0]), add_to_output=True)
            # and out of the linear model's say, which the second opinion reads on a fallback
            linear = message.get(LINEAR_PROBABILITIES_KEY)
            if linear:
                message.set(LINEAR_PROBABILITIES_KEY, {k: v for k, v in linear.items() if k != NEXT_STEP})
        return messages
