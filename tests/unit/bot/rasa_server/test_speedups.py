"""The faster check of action server replies accepts and refuses exactly what Rasa's own
check does (bot/rasa_server/speedups.py)."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.core import events as rasa_events
from rasa.shared.core.events import Event

from bot.rasa_server import speedups

# Taken at collection, before any test applied the speedups.
RASA_RESOLVE = Event.__dict__["resolve_by_type"]
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
    monkeypatch.setattr(Event, "resolve_by_type", RASA_RESOLVE)
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


def test_event_types_resolve_to_the_class_rasas_own_lookup_finds(monkeypatch):
    rasas = Event.resolve_by_type
    names = sorted({cls.type_name for cls in rasa_events.rasa.shared.utils.common.all_subclasses(Event)})
    expected = {name: rasas(name) for name in names}
    monkeypatch.setattr(Event, "resolve_by_type", RASA_RESOLVE)
    assert speedups.apply()["resolve_event_type"] is True
    assert Event.resolve_by_type is not rasas
    for _ in range(2):  # the second time from what was remembered
        assert {name: Event.resolve_by_type(name) for name in names} == expected
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no such event", default=Event) is Event
    with pytest.raises(ValueError):
        Event.resolve_by_type("no such event")
    dicts = [{"event": "user", "text": "hoi", "timestamp": 1.0, "parse_data": {"intent": {"name": "greet"}}},
             {"event": "action", "name": "action_listen", "timestamp": 2.0}]
    assert [type(e).__name__ for e in rasa_events.deserialise_events(dicts)] == ["UserUttered", "ActionExecuted"]
