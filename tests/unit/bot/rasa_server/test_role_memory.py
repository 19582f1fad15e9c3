"""Rasa's parse_message, wrapped to keep the conversation's role (bot/rasa_server/role_memory.py),
on a real DialogueStateTracker."""
import asyncio

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUtteranceReverted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_server import role_memory


def said(intent, text="x"):
    return UserUttered(text, parse_data={"text": text, "intent": {"name": intent, "confidence": 0.9},
                                         "intent_ranking": [], "entities": []})


def tracker(*events):
    return DialogueStateTracker.from_events("s", [ActionExecuted("action_listen"), *events])


async def _rasa_parse(self, message, tracker=None, only_output_properties=True):
    return {"text": "mijn vriendin zegt dat ik moet gaan", "entities": [],
            "intent": {"name": "naaste_confided", "confidence": 0.7}, "intent_ranking": []}


def parse_with(found_tracker):
    wrapped = role_memory._keeping_role(_rasa_parse)
    return asyncio.run(wrapped(None, object(), found_tracker))


def test_a_victims_later_message_stays_the_victims():
    assert parse_with(tracker(said("ask_for_help"), ActionExecuted("utter_x")))["intent"]["name"] == "ask_for_help"


def test_without_a_role_earlier_or_a_tracker_the_parse_is_rasas():
    assert parse_with(tracker(said("greet")))["intent"]["name"] == "naaste_confided"
    assert parse_with(None)["intent"]["name"] == "naaste_confided"


def test_a_new_session_and_a_reverted_message_settle_nothing():
    after_session = tracker(said("ask_for_help"), SessionStarted(), ActionExecuted("action_listen"))
    assert parse_with(after_session)["intent"]["name"] == "naaste_confided"
    reverted = tracker(said("ask_for_help"), UserUtteranceReverted())
    assert parse_with(reverted)["intent"]["name"] == "naaste_confided"


def test_installed_on_the_rasa_it_was_checked_against():
    rasa_own = MessageProcessor.parse_message
    try:
        assert role_memory.install() is True
        assert MessageProcessor.parse_message.keeps_role
        assert role_memory.install() is True  # idempotent: not wrapped twice
        assert MessageProcessor.parse_message.__wrapped__ is rasa_own
    finally:
        MessageProcessor.parse_message = rasa_own


def test_the_crisis_state_sees_reverted_messages_and_starts_again_with_a_session():
    from bot.nlu.crisis_context import AFTER_CRISIS, CALM, FIRST, state_of
    line = UserUttered("x", parse_data={"text": "x", "intent": {"name": "nlu_fallback", "confidence": 0.3},
                                        "entities": [], "crisis": "line_danger"})
    # the fallback reverts the message, but it carried a safety line: no longer calm
    reverted = tracker(said("ask_for_help"), line, ActionExecuted("action_default_fallback"), UserUtteranceReverted())
    assert not any(p.get("crisis") for p in role_memory.earlier_parses(reverted))  # Rasa's applied events
    assert state_of(role_memory.all_earlier_parses(reverted)) == AFTER_CRISIS
    assert state_of(role_memory.all_earlier_parses(tracker(said("greet")))) == CALM
    assert state_of(role_memory.all_earlier_parses(tracker(line, SessionStarted()))) == FIRST
    assert role_memory.all_earlier_parses(None) == []
