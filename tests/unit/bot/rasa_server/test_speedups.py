"""The faster check of action server replies accepts and refuses exactly what Rasa's own
check does (bot/rasa_server/speedups.py)."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor

from bot.rasa_server import speedups

VALID = {"events": [{"event": "slot", "name": "incident", "value": "aanranding", "timestamp": None}],
         "responses": [{"text": "Bel 112", "buttons": [{"title": "Ja", "payload": "/affirm"}]}]}
INVALID = [
    {"events": [{"event": "slot", "name": 5}]},  # a slot name must be a string
    {"events": [{"no_event_key": True}]},
    {"events": "not a list"},
]


@pytest.fixture
def patched(monkeypatch):
    # apply() sets both speedups; both are put back after the test.
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RemoteAction._validate_action_result)
    monkeypatch.setattr(MessageProcessor, "_predict_next_with_tracker", MessageProcessor._predict_next_with_tracker)
    original = RemoteAction._validate_action_result
    assert speedups.apply()["validate_action_result"] is True
    return original


def test_apply_replaces_rasas_check(patched):
    assert RemoteAction._validate_action_result is not patched


def test_a_valid_reply_passes_both_checks(patched):
    action = RemoteAction("action_route_help", None)
    assert action._validate_action_result(VALID) is True
    jsonschema.validate(VALID, RemoteAction.action_response_format_spec())


@pytest.mark.parametrize("reply", INVALID)
def test_an_invalid_reply_is_refused_like_rasa_refuses_it(patched, reply):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        RemoteAction("action_route_help", None)._validate_action_result(reply)
