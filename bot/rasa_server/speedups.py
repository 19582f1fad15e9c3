"""Fixes for where Rasa 3.6 spends time it need not, each measured with py-spy on the
latency benchmark (bench/latency.py) before it was made.

- Every reply of the action server is checked with `jsonschema.validate(result, schema)`.
  That call first checks the schema itself against the JSON Schema meta-schema, every
  time: 27 ms per action call here, about 40 % of Rasa's CPU under load. A validator built
  once, from the same schema, checks the same reply in 0.7 ms. Invalid replies still raise
  the same ValidationError with Rasa's own hint.
- For every next action Rasa runs all policies, and TEDPolicy (a TensorFlow call) was then
  the largest cost left. When RulePolicy or MemoizationPolicy already predicts an action with
  confidence 1.0, TED cannot change the outcome: the ensemble takes the highest confidence
  and, on a tie, the higher priority (rules 6, memoization 3, TED 1). So those policies run
  first; when one of them is certain, TED's node gets an empty prediction instead of running.
  Not when the last action was rejected (the ensemble then removes that action from every
  prediction, and TED's may matter) and not for a follow-up action (no policies run at all).
- Every stored event is turned back into an object on every message (the tracker is
  rebuilt from the store), and `Event.resolve_by_type` finds each event's class by walking
  all subclasses of Event, every time: 4 % of Rasa's time under load (py-spy, blocking, on
  the embedded profile). The class of a type name is now looked up once and remembered;
  a name not found is not remembered (a subclass defined later is still found).

Each replaces a method of Rasa and read private names, so `apply()` sets each only on
the Rasa it was measured on (bot/rasa_server/patch_guard.py); otherwise Rasa's own method
stays, with one WARNING.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Text, Tuple

import rasa.engine.constants
import rasa.shared.utils.common
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.memoization import MemoizationPolicy
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected, Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_server import patch_guard

if TYPE_CHECKING:
    from rasa.engine.graph import GraphSchema

logger = logging.getLogger(__name__)

CERTAIN = 1.0
_PREDICT_FN = "predict_action_probabilities"


@lru_cache(maxsize=1)
def action_response_validator():
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    try:
        action_response_validator().validate(result)
        return True
    except ValidationError as e:
        e.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise e


def policy_nodes(schema: GraphSchema) -> Tuple[List[Text], List[Text]]:
    """(nodes of the policies that can be certain, nodes of TED) in a predict graph."""
    def of(kind) -> List[Text]:
        return [name for name, node in schema.nodes.items()
                if node.fn == _PREDICT_FN and isinstance(node.uses, type) and issubclass(node.uses, kind)]
    return of((RulePolicy, MemoizationPolicy)), of(TEDPolicy)


def last_action_rejected(tracker: DialogueStateTracker) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, (ActionExecuted, ActionExecutionRejected)):
            return isinstance(event, ActionExecutionRejected)
    return False


def is_certain(prediction: Any) -> bool:
    return (isinstance(prediction, PolicyPrediction) and prediction.max_confidence >= CERTAIN
            and not prediction.is_end_to_end_prediction)


_rasa_predict_next = MessageProcessor._predict_next_with_tracker


def _predict_next_with_tracker(self: MessageProcessor, tracker: DialogueStateTracker) -> PolicyPrediction:
    target = self.model_metadata.core_target
    decisive, skippable = policy_nodes(self.model_metadata.predict_schema)
    if tracker.followup_action or not target or not decisive or not skippable or last_action_rejected(tracker):
        return _rasa_predict_next(self, tracker)
    # Read from the module when called, not imported by name: a Rasa without the name must
    # not break importing this module (apply() then leaves Rasa's method).
    inputs: Dict[Text, Any] = {rasa.engine.constants.PLACEHOLDER_TRACKER: tracker}
    first = self.graph_runner.run(inputs=inputs, targets=decisive)
    inputs.update(first)  # not run twice
    if any(is_certain(prediction) for prediction in first.values()):
        empty = [0.0] * len(self.domain.action_names_or_texts)
        inputs.update({name: PolicyPrediction(empty, TEDPolicy.__name__) for name in skippable})
    return self.graph_runner.run(inputs=inputs, targets=[target])[target]


_event_classes: Dict[Text, type] = {}


def _resolve_by_type(type_name: Text, default: Optional[type] = None) -> Optional[type]:
    """Rasa's Event.resolve_by_type, with the class of each found name remembered."""
    found = _event_classes.get(type_name)
    if found is None:
        found = next((cls for cls in rasa.shared.utils.common.all_subclasses(Event)
                      if cls.type_name == type_name), None)
        if found is not None:
            _event_classes[type_name] = found
    if found is not None:
        return found
    if type_name == "topic":
        return None  # as Rasa: old TopicSet events
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


# name -> (class, method, our replacement, the method's parameters, private names we read)
SPEEDUPS: Dict[str, Tuple[type, str, Callable, Tuple[str, ...], List[str]]] = {
    "validate_action_result": (
        RemoteAction, "_validate_action_result", _validate_action_result, ("self", "result"),
        ["rasa.core.actions.action.RemoteAction.action_response_format_spec"],
    ),
    "predict_next_with_tracker": (
        MessageProcessor, "_predict_next_with_tracker", _predict_next_with_tracker, ("self", "tracker"),
        ["rasa.engine.constants.PLACEHOLDER_TRACKER",
         "rasa.engine.graph.GraphSchema.nodes",
         "rasa.engine.graph.SchemaNode.fn",
         "rasa.engine.graph.SchemaNode.uses",
         "rasa.engine.storage.storage.ModelMetadata.core_target",
         "rasa.engine.storage.storage.ModelMetadata.predict_schema",
         "rasa.core.processor.MessageProcessor.model_metadata",
         "rasa.core.processor.MessageProcessor.graph_runner"],
    ),
    "resolve_event_type": (
        Event, "resolve_by_type", staticmethod(_resolve_by_type), ("type_name", "default"),
        ["rasa.shared.utils.common.all_subclasses"],
    ),
}


def apply() -> Dict[str, bool]:
    """Set each speedup that fits the installed Rasa, each on its own; name -> applied."""
    return {name: patch_guard.patch(logger, f"speedup {name!r}", *spec) for name, spec in SPEEDUPS.items()}
