"""An alarm on the safety classifier alone becomes a safety line above the answer in a calm
conversation (bot/nlu/crisis_context.py, bot/nlu/safety.py); rules, a sure classifier, a first
message and anything after an earlier crisis turn keep the alarm."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import crisis_context, safety
from bot.nlu.crisis import rules
from bot.nlu.crisis.check import DANGER, SURE_EVEN_IF_CALM, Verdict, decide


def parse(intent, crisis=None):
    p = {"intent": {"name": intent, "confidence": 1.0}}
    if crisis:
        p["crisis"] = crisis
    return p


@pytest.mark.parametrize("earlier, calm", [
    ([], False),  # the first message
    ([parse("greet"), parse("naaste_confided")], True),
    ([parse("greet"), parse("maybe_danger")], False),  # after the question
    ([parse("suicidal_thoughts"), parse("inform")], False),
    ([parse("inform", crisis="line_danger")], False),  # after a line
])
def test_a_conversation_is_calm_until_a_crisis_turn(earlier, calm):
    assert crisis_context.is_calm(earlier) is calm


def test_the_flag_follows_the_rules_and_the_probability():
    nothing = rules.RuleFindings()
    assert decide(nothing, {"danger": 0.7, "suicide": 0.0}).classifier_only
    assert decide(nothing, {"danger": 0.7, "suicide": 0.0}).level == DANGER
    assert not decide(nothing, {"danger": SURE_EVEN_IF_CALM, "suicide": 0.0}).classifier_only
    assert not decide(rules.RuleFindings(weak_danger=True), {"danger": 0.7, "suicide": 0.0}).classifier_only
    assert not decide(rules.RuleFindings(danger=True), {"danger": 0.7, "suicide": 0.0}).classifier_only
    assert not decide(nothing, {"danger": 0.1, "suicide": 0.0}).classifier_only  # no alarm at all


class _Check:
    def __init__(self, verdict):
        self._verdict = verdict

    def verdict(self, text):
        return self._verdict


def _message(text="ze zegt dat ze van hem houdt"):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": "naaste_confided", "confidence": 0.7})
    message.set(INTENT_RANKING_KEY, [{"name": "naaste_confided", "confidence": 0.7}])
    return message


CLASSIFIER_ALONE = Verdict(DANGER, 0.7, 0.0, "", certain=False, classifier_only=True)
RULE = Verdict(DANGER, 0.7, 0.0, "PRESENCE", certain=True, classifier_only=False)


@pytest.mark.parametrize("verdict, calm, intent, crisis, lines", [
    (CLASSIFIER_ALONE, True, "naaste_confided", "line_danger", ["danger"]),
    (CLASSIFIER_ALONE, False, "danger_now", "danger_now", []),  # first message: the alarm
    (RULE, True, "danger_now", "danger_now", []),  # a rule: the alarm, calm or not
])
def test_the_detector_keeps_the_answer_and_notes_the_line_only_in_a_calm_conversation(
        monkeypatch, verdict, calm, intent, crisis, lines):
    monkeypatch.setattr(safety, "shared_check", lambda: _Check(verdict))
    message = _message()
    with crisis_context.collecting_lines() as noted, crisis_context.calm_conversation(calm):
        safety.SafetySignalDetector().process([message])
    assert message.get(INTENT)["name"] == intent
    assert message.get("crisis") == crisis
    assert noted == lines


def test_outside_a_turn_nothing_is_noted_and_nothing_is_calm():
    assert crisis_context.conversation_is_calm() is False
    crisis_context.note_line("danger")  # no channel turn: a no-op, never an error
