"""Restart and delete only when DIET is sure; an unsure restart is asked first (bot/nlu/erase_guard.py)."""
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.erase_guard import ASK_FLOOR, ERASE_SURE, UNSURE_ENTITY, EraseGuard


def guarded(name, confidence):
    message = Message(data={"text": "x", "intent": {"name": name, "confidence": confidence}})
    EraseGuard().process([message])
    return message.get("intent")["name"], [e["entity"] for e in message.get("entities") or []]


def test_a_restart_between_the_floor_and_sure_stands_but_is_marked_to_ask_first():
    assert guarded("restart_conversation", 0.53) == ("restart_conversation", [UNSURE_ENTITY])
    assert guarded("restart_conversation", ASK_FLOOR) == ("restart_conversation", [UNSURE_ENTITY])


def test_a_restart_below_the_floor_is_not_understood():
    assert guarded("restart_conversation", ASK_FLOOR - 0.01) == ("nlu_fallback", [])


def test_an_unsure_delete_is_not_understood_a_typed_delete_is_always_asked_anyway():
    assert guarded("forget_conversation", 0.74) == ("forget_conversation", [])
    assert guarded("forget_conversation", ERASE_SURE - 0.01) == ("nlu_fallback", [])


def test_a_sure_one_or_a_rule_components_one_stands_unmarked():
    assert guarded("restart_conversation", ERASE_SURE) == ("restart_conversation", [])
    assert guarded("forget_conversation", 1.0) == ("forget_conversation", [])


def test_other_intents_are_left_alone():
    assert guarded("ask_for_help", 0.51) == ("ask_for_help", [])
