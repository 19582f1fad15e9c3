"""Restart and delete only when DIET is sure (bot/nlu/erase_guard.py)."""
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.erase_guard import ERASE_SURE, EraseGuard


def guarded(name, confidence):
    message = Message(data={"text": "x", "intent": {"name": name, "confidence": confidence}})
    EraseGuard().process([message])
    return message.get("intent")["name"]


def test_an_unsure_restart_or_delete_is_not_understood():
    assert guarded("restart_conversation", 0.53) == "nlu_fallback"
    assert guarded("forget_conversation", 0.74) == "forget_conversation"
    assert guarded("forget_conversation", ERASE_SURE - 0.01) == "nlu_fallback"


def test_a_sure_one_or_a_rule_components_one_stands():
    assert guarded("restart_conversation", ERASE_SURE) == "restart_conversation"
    assert guarded("forget_conversation", 1.0) == "forget_conversation"


def test_other_intents_are_left_alone():
    assert guarded("ask_for_help", 0.51) == "ask_for_help"
