"""An alarm on the safety classifier alone becomes a safety line above the answer in a calm
conversation (bot/nlu/crisis_context.py, bot/nlu/safety.py); rules, a sure classifier, a first
message and anything after an earlier crisis turn keep the alarm."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import crisis_context, safety
from bot.nlu.crisis import rules
from bot.nlu.crisis.check import ASK_DANGER, ASK_SUICIDE, DANGER, SURE_EVEN_IF_CALM, Verdict, decide


def parse(intent, crisis=None):
    p = {"intent": {"name": intent, "confidence": 1.0}}
    if crisis:
        p["crisis"] = crisis
    return p


@pytest.mark.parametrize("earlier, state", [
    ([], crisis_context.FIRST),
    ([parse("greet"), parse("naaste_confided")], crisis_context.CALM),
    ([parse("greet"), parse("maybe_danger")], crisis_context.AFTER_CRISIS),  # after the question
    ([parse("suicidal_thoughts"), parse("inform")], crisis_context.AFTER_CRISIS),
    ([parse("inform", crisis="line_danger")], crisis_context.AFTER_CRISIS),  # after a line
    # asked twice, and twice the person went on without a yes: calm again
    ([parse("inform"), parse("maybe_danger"), parse("maybe_danger")], crisis_context.CALM),
    ([parse("maybe_danger"), parse("affirm"), parse("maybe_danger")], crisis_context.AFTER_CRISIS),  # a yes
    ([parse("danger_now"), parse("maybe_danger"), parse("maybe_danger")], crisis_context.AFTER_CRISIS),
    ([parse("maybe_suicide"), parse("inform", crisis="maybe_danger")], crisis_context.CALM),
    ([parse("maybe_danger"), parse("maybe_danger"), parse("inform", crisis="line_danger")], crisis_context.QUIET),
])
def test_a_conversation_is_calm_until_a_crisis_turn(earlier, state):
    assert crisis_context.state_of(earlier) == state


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


def _message(diet_intent, text="ze zegt dat ze van hem houdt"):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": diet_intent, "confidence": 0.7})
    message.set(INTENT_RANKING_KEY, [{"name": diet_intent, "confidence": 0.7}])
    return message


CLASSIFIER_ALONE = Verdict(DANGER, 0.7, 0.0, "", certain=False, classifier_only=True)
RULE = Verdict(DANGER, 0.7, 0.0, "PRESENCE", certain=True, classifier_only=False)
ASK = Verdict(ASK_DANGER, 0.4, 0.0, "", certain=False, classifier_only=False)
ASK_SUICIDE_ = Verdict(ASK_SUICIDE, 0.0, 0.4, "", certain=False, classifier_only=False)
# "ik weet niet of ik hier wel veilig ben": unsure of one's safety, said outright
UNSURE = Verdict(ASK_DANGER, 0.2, 0.0, "UNSURE_SAFE", certain=False, classifier_only=False)
FIRST, CALM, AFTER = crisis_context.FIRST, crisis_context.CALM, crisis_context.AFTER_CRISIS


@pytest.mark.parametrize("verdict, state, diet, intent, crisis, lines", [
    (CLASSIFIER_ALONE, CALM, "naaste_confided", "naaste_confided", "line_danger", ["danger"]),
    (CLASSIFIER_ALONE, FIRST, "naaste_confided", "danger_now", "danger_now", []),  # first message
    (CLASSIFIER_ALONE, AFTER, "naaste_confided", "danger_now", "danger_now", []),  # escalation
    (CLASSIFIER_ALONE, crisis_context.UNKNOWN, "naaste_confided", "danger_now", "danger_now", []),
    (RULE, CALM, "naaste_confided", "danger_now", "danger_now", []),  # a rule: the alarm
    (ASK, FIRST, "ask_for_help", "ask_for_help", "line_danger", ["danger"]),  # the story is answered
    (ASK, CALM, "naaste_confided", "naaste_confided", "line_danger", ["danger"]),
    (ASK_SUICIDE_, CALM, "feeling_doubt", "feeling_doubt", "line_suicide", ["suicide"]),
    (ASK, FIRST, "nlu_fallback", "maybe_danger", "maybe_danger", []),  # not understood: the question
    (ASK, AFTER, "inform", "maybe_danger", "maybe_danger", []),
    # unsure of one's own safety, said outright: always the question, however DIET read it
    (UNSURE, FIRST, "ask_permission", "maybe_danger", "maybe_danger", []),
    (UNSURE, CALM, "ask_for_help", "maybe_danger", "maybe_danger", []),
    # asked twice without a yes and a line since: the message is answered, no line again
    (CLASSIFIER_ALONE, crisis_context.QUIET, "ask_how_to_reach", "ask_how_to_reach", None, []),
    (ASK, crisis_context.QUIET, "thank", "thank", None, []),
    (RULE, crisis_context.QUIET, "thank", "danger_now", "danger_now", []),  # a rule still alarms
])
def test_the_detector_keeps_the_answer_and_notes_the_line(monkeypatch, verdict, state, diet, intent, crisis, lines):
    monkeypatch.setattr(safety, "shared_check", lambda: _Check(verdict))
    message = _message(diet)
    with crisis_context.collecting_lines() as noted, crisis_context.conversation_state(state):
        safety.SafetySignalDetector().process([message])
    assert message.get(INTENT)["name"] == intent
    assert message.get("crisis") == crisis
    assert noted == lines


def test_outside_a_turn_nothing_is_noted_and_the_state_is_unknown():
    assert crisis_context.current_state() == crisis_context.UNKNOWN
    crisis_context.note_line("danger")  # no channel turn: a no-op, never an error


def test_the_crisis_intents_are_one_set():
    assert safety.CRISIS_INTENTS == frozenset(safety.INTENT_FOR_LEVEL.values())


def test_a_witness_telling_of_danger_now_is_left_to_the_bystander_answer_and_marked(monkeypatch):
    monkeypatch.setattr(safety, "shared_check", lambda: _Check(CLASSIFIER_ALONE))
    message = _message("bystander_witnessing", "hij trekt haar nu mee naar buiten naar zijn auto")
    with crisis_context.collecting_lines(), crisis_context.conversation_state(CALM):
        safety.SafetySignalDetector().process([message])
    assert message.get(INTENT)["name"] == "bystander_witnessing"
    assert message.get("witness_danger") is True  # kept as the bystander answer in a conversation


ATTACK = Verdict(DANGER, 0.9, 0.0, "ATTACK_NOW,NOW", certain=True)


# After a danger turn, "help is on its way" or "he left" is heard (bot/nlu/help_came.py): not the
# alarm once more, and never when the message tells of new harm or before any crisis turn.
@pytest.mark.parametrize("verdict, state, text, intent", [
    (RULE, AFTER, "ok gebeld ze komen eraan. ik zit op de wc met de deur op slot", "safer_now"),
    (CLASSIFIER_ALONE, AFTER, "he went away. my friend is coming to pick me up", "safer_now"),
    (ASK, AFTER, "de beveiliging staat nu bij haar, moet ik blijven?", "safer_now"),
    (RULE, AFTER, "ik heb gebeld maar hij bonkt weer op de deur", "danger_now"),  # new harm
    (RULE, AFTER, "I called but he is back", "danger_now"),
    (ATTACK, AFTER, "ik heb gebeld, hij slaat haar nu", "danger_now"),
    (RULE, FIRST, "ik heb 112 gebeld, ze komen eraan, hij staat nog voor de deur", "danger_now"),  # no crisis turn yet
    (RULE, CALM, "politie komt eraan, hij houdt haar vast", "danger_now"),
])
def test_help_on_its_way_after_a_danger_turn_is_heard(monkeypatch, verdict, state, text, intent):
    monkeypatch.setattr(safety, "shared_check", lambda: _Check(verdict))
    message = _message("inform", text)
    with crisis_context.collecting_lines(), crisis_context.conversation_state(state):
        safety.SafetySignalDetector().process([message])
    assert message.get(INTENT)["name"] == intent
