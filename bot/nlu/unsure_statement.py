"""An unsure message that tells rather than asks is heard, not "not understood".

Halfway through a conversation people tell more than they ask: "ze heeft me gevraagd niks te
zeggen", "andere ouders vinden het een super trainer", "ik ben zo boos". DIET, trained on the
questions and stories we answer, is often unsure about such a sentence, and the person then
read "Sorry, dat begrijp ik niet goed. Wil je het anders zeggen?" to something that needs no
other words: in the tuned blind sets, 90 of the 203 "not understood" turns after the first
were such statements. Asking to rephrase them helps nobody.

So when DIET fell back by itself (not the unreadable-input guard, which sets full confidence)
on a message without a question in it, of at least MIN_KNOWN_WORDS words of our own training
vocabulary (a keyboard mash stays "not understood"), the intent becomes `unsure_statement`.
Its answer (bot/domain/heard.yml) says so honestly, "Ik hoor je. Ik weet niet zeker of ik alles
goed begrijp", and gives the next step and the number for the conversation's role. A question
keeps the "not understood" answer: answering it with an acknowledgement would not answer it.

Runs last: the crisis check, the rescues and the role decision have had their say.
"""
from __future__ import annotations

from typing import List, Optional

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.crisis.words import tokens_and_clauses
from bot.nlu.second_opinion import second_opinion

INTENT_NAME = "unsure_statement"
MIN_KNOWN_WORDS = 3
# A clause that opens with one of these asks something ("kan ik hem aangeven", "moet ik haar
# tegenhouden", "en wat nu"); a conservative list: a statement that opens with a verb stays
# "not understood", which is where it was before.
QUESTION_OPENERS = frozenset("""
    wat waar wie wanneer waarom hoe hoelang hoelaat hoeveel welke welk waarmee waarover waarvoor
    kan kun kunt kunnen mag mogen moet moeten wil wilt zal zou zouden heb hebt heeft hebben
    is zijn ben wordt worden gaat ga krijg krijgt weet weten klopt bestaat helpt
    what where who whom when why how which can could may might should must shall
    is are am do does did will would have has was were
""".split())
# Words before the real start of a clause: "en", "maar", "ok", "dus"; and a preposition before
# the question word ("met wie kan ik praten", "to whom").
FILLERS = frozenset("en maar ok oke okay oké dus nou hmm ja nee oh so and but well also".split())
PREPOSITIONS = frozenset("met bij naar voor over van in op aan tegen to with for about at from of".split())


def asks_something(text: str, words: Optional[List[str]] = None, clauses: Optional[List[int]] = None) -> bool:
    """A question mark, or a clause that opens (after fillers) with a question word or verb."""
    if "?" in text:
        return True
    if words is None or clauses is None:
        words, clauses = tokens_and_clauses(text)
    opening = None
    for word, clause in zip(words, clauses):
        if clause != opening:  # the first word of a new clause
            opening = clause
            started = False
        if started or not word[0].isalnum():
            continue
        if word in FILLERS or word in PREPOSITIONS:
            continue
        started = True
        if word in QUESTION_OPENERS:
            return True
    return False


def is_unsure_statement(message: Message) -> bool:
    intent = message.get(INTENT) or {}
    if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or intent.get("confidence", 0) >= 1.0:
        return False
    text = message.get(TEXT) or ""
    words, clauses = tokens_and_clauses(text)
    if asks_something(text, words, clauses):
        return False
    vocabulary = second_opinion().vocabulary
    return sum(1 for w in words if w in vocabulary) >= MIN_KNOWN_WORDS


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class UnsureStatement(GraphComponent):
    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        second_opinion()  # its vocabulary, read at load time
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if is_unsure_statement(message):
                confidence = (message.get(INTENT) or {}).get("confidence", 0.0)
                message.set(INTENT, {"name": INTENT_NAME, "confidence": confidence}, add_to_output=True)
        return messages
