"""Rasa NLU component: the crisis check (`bot.nlu.crisis`) on every message.

It runs after DIET and the FallbackClassifier (so an override is never taken for an
"ambiguous" ranking and turned into nlu_fallback), and its verdict wins over DIET's
intent: danger now -> `danger_now` (112), thoughts of suicide -> `suicidal_thoughts` (113),
an uncertain middle -> `maybe_danger` / `maybe_suicide` (a question with buttons), and so
does DIET's own danger/suicide intent when the check finds nothing. The
rules for these intents have no conditions, so they apply on any turn, inside the triage
form too. A button answer ("/danger_now") is a payload and is left alone.

The verdict's level (never the text) is put on the parse result as `crisis` for the web app.
Before any crisis in the conversation, the question for the uncertain middle, and in a calm
conversation an alarm that rests on the classifier alone, keep DIET's intent and become a
safety line above its answer (`crisis` is then `line_danger` / `line_suicide`;
bot/nlu/crisis_context.py).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import crisis_context
from bot.nlu.crisis.check import ASK_DANGER, ASK_SUICIDE, DANGER, SUICIDE, shared_check
from bot.nlu.help_came import says_help_came
from bot.nlu.intent_override import override_intent
from bot.nlu.role_cues import WITNESS_INTENT, is_witness_account, writer_is_target
from bot.nlu.role_names import WITNESS_DANGER_KEY

DANGER_INTENT = "danger_now"
SUICIDE_INTENT = "suicidal_thoughts"
MAYBE_DANGER_INTENT = "maybe_danger"
MAYBE_SUICIDE_INTENT = "maybe_suicide"
# After a danger turn: help is on its way, or the one who did it left (bot/nlu/help_came.py).
SAFER_NOW_INTENT = "safer_now"
CRISIS_KEY = "crisis"

INTENT_FOR_LEVEL = {
    DANGER: DANGER_INTENT,
    SUICIDE: SUICIDE_INTENT,
    ASK_DANGER: MAYBE_DANGER_INTENT,
    ASK_SUICIDE: MAYBE_SUICIDE_INTENT,
}
# Set by this check only: no other component may give them.
CRISIS_INTENTS = crisis_context.CRISIS_INTENTS


CALM_BY_CONTEXT = "calm_by_context"  # an exception below: not even DIET's danger guess counts


def _crisis_in_context(message: Message) -> Tuple[Optional[str], bool, bool]:
    """(intent, classifier_only, unsure_said): the intent the crisis check gives this message, None when it
    is calm, or CALM_BY_CONTEXT when one of two exceptions holds. They apply when no strong rule fired
    (only the classifier, or a weak cue):
    - a witness telling what they see ("op dit feest loopt een gast met een meisje dat niet
      meer kan staan naar de uitgang"): the bystander answer is better, and its first line
      is "is iemand nu in gevaar? Bel 112";
    - a bystander's plan in practice or coaching ("ik ga naar de uitsmijter bij de deur",
      with a 5D method found): what the writer would do, not a danger to them.
    Violence, a weapon, being held or "ik wil dood" always get the crisis answer."""
    text = message.get(TEXT) or ""
    if not text or text.startswith("/"):
        return None, False, False
    verdict = shared_check().verdict(text)
    # "ik weet niet of ik hier wel veilig ben": the question is the answer (never a line)
    unsure_said = "UNSURE_SAFE" in verdict.rule.split(",")
    intent = INTENT_FOR_LEVEL.get(verdict.level)
    if (intent in (DANGER_INTENT, MAYBE_DANGER_INTENT) and crisis_context.current_state() == crisis_context.AFTER_CRISIS
            and not {"ATTACK_NOW", "HURT"} & set(verdict.rule.split(",")) and says_help_came(text)):
        return SAFER_NOW_INTENT, False, False
    if intent in (DANGER_INTENT, MAYBE_DANGER_INTENT) and not verdict.certain:
        # DIET's witness counts only when it is sure enough to answer as one (not nlu_fallback:
        # then the person would get "niet begrepen" instead of 112), and when the words do not
        # make the writer the target ("hij ... roept dat ik naar boven moet komen" keeps its 112).
        witness = (message.get(INTENT) or {}).get("name") == WITNESS_INTENT and not writer_is_target(text)
        if witness or is_witness_account(text) or _has_entity(message, "d_method"):
            return CALM_BY_CONTEXT, False, False
    return intent, verdict.classifier_only, unsure_said


def _top_intent(message: Message) -> Optional[str]:
    for ranked in message.get(INTENT_RANKING_KEY) or [message.get(INTENT) or {}]:
        if ranked.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME:
            return ranked.get("name")
    return None


def _has_entity(message: Message, name: str) -> bool:
    return any(e.get("entity") == name for e in message.get(ENTITIES) or [])


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
        shared_check()  # train the small safety classifier at load time, not on a message
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent, classifier_only, unsure_said = _crisis_in_context(message)
            kind = None if unsure_said else _line_instead(message, intent, classifier_only)
            if kind and crisis_context.current_state() == crisis_context.QUIET:
                message.set(CRISIS_KEY, None, add_to_output=True)  # DIET's answer, the number given before
                continue
            if kind:
                crisis_context.note_line(kind)
                message.set(CRISIS_KEY, crisis_context.LINE_PREFIX + kind, add_to_output=True)
                continue
            if intent == SAFER_NOW_INTENT:
                message.set(CRISIS_KEY, None, add_to_output=True)
                override_intent(message, intent)
                continue
            if intent == CALM_BY_CONTEXT:
                # The bystander answer must come, with its 112, not "more of your story"
                # (bot/nlu/conversation_role.py).
                message.set(WITNESS_DANGER_KEY, True, add_to_output=True)
                intent = None
            elif intent is None and text and not text.startswith("/"):
                # DIET alone is a third opinion: enough for the question, not for the alarm
                # ("hij sloeg me toen" is not danger now).
                intent = _DIET_ALONE.get(_top_intent(message))
            message.set(CRISIS_KEY, intent, add_to_output=True)
            if intent:
                override_intent(message, intent)
        return messages


_DIET_ALONE = {DANGER_INTENT: MAYBE_DANGER_INTENT, SUICIDE_INTENT: MAYBE_SUICIDE_INTENT}
_KIND = {DANGER_INTENT: "danger", SUICIDE_INTENT: "suicide",
         MAYBE_DANGER_INTENT: "danger", MAYBE_SUICIDE_INTENT: "suicide"}


def _line_instead(message: Message, intent: Optional[str], classifier_only: bool) -> Optional[str]:
    """The kind of safety line to put above DIET's answer instead of the alarm or the question,
    or None (bot/nlu/crisis_context.py):
    - an alarm on the classifier alone, in a conversation that has been calm;
    - the question ("Ben je nu in gevaar?"), when nothing in the conversation was a crisis yet
      and DIET understood the message: the question alone took the person's story away.
    """
    kind = _KIND.get(intent)
    state = crisis_context.current_state()
    if kind is None:
        return None
    if intent in (DANGER_INTENT, SUICIDE_INTENT):
        return kind if classifier_only and state in (crisis_context.CALM, crisis_context.QUIET) else None
    understood = (message.get(INTENT) or {}).get("name") not in (
        DEFAULT_NLU_FALLBACK_INTENT_NAME, *CRISIS_INTENTS, None)
    return kind if understood and state in (crisis_context.FIRST, crisis_context.CALM, crisis_context.QUIET) else None
