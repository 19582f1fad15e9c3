"""An alarm on the safety classifier alone becomes the question in a calm conversation
(bot/nlu/crisis_context.py); rules, a sure classifier, a first message and anything after an
earlier crisis turn keep the alarm. With the real crisis check for the flag."""
import pytest

from bot.nlu.crisis import rules
from bot.nlu.crisis.check import DANGER, SURE_EVEN_IF_CALM, CrisisCheck, decide
from bot.nlu.crisis.classifier import SafetyClassifier
from bot.nlu.crisis_context import ask_in_calm_conversation


def parse(intent, classifier_only=False):
    p = {"intent": {"name": intent, "confidence": 1.0}, "crisis": intent,
         "intent_ranking": [{"name": intent, "confidence": 1.0}, {"name": "naaste_confided", "confidence": 0.6}]}
    if classifier_only:
        p["crisis_classifier_only"] = True
    return p


CALM = [parse("naaste_confided"), parse("inform")]


def test_a_classifier_only_alarm_in_a_calm_conversation_becomes_the_question():
    asked = ask_in_calm_conversation(parse("danger_now", classifier_only=True), CALM)
    assert asked["intent"]["name"] == "maybe_danger" and asked["crisis"] == "maybe_danger"
    assert [r["name"] for r in asked["intent_ranking"]][:2] == ["maybe_danger", "danger_now"]
    asked = ask_in_calm_conversation(parse("suicidal_thoughts", classifier_only=True), CALM)
    assert asked["intent"]["name"] == "maybe_suicide"


@pytest.mark.parametrize("current, earlier", [
    (parse("danger_now", classifier_only=True), []),  # the first message
    (parse("danger_now"), CALM),  # a rule fired, or the classifier was sure
    (parse("danger_now", classifier_only=True), [parse("inform"), parse("maybe_danger")]),  # after a question
    (parse("suicidal_thoughts", classifier_only=True), [parse("suicidal_thoughts"), parse("inform")]),
    (parse("naaste_confided", classifier_only=True), CALM),
])
def test_the_alarm_stays(current, earlier):
    assert ask_in_calm_conversation(current, earlier) is current


@pytest.fixture(scope="module")
def check():
    return CrisisCheck(SafetyClassifier(cache_dir=None))


@pytest.mark.parametrize("text", [
    "hij staat nu voor mijn deur en ik ben bang",
    "ik wil dood",
])
def test_a_rule_is_never_classifier_only(check, text):
    verdict = check.verdict(text)
    assert verdict.alarm and not verdict.classifier_only


def test_the_flag_follows_the_rules_and_the_probability():
    nothing = rules.RuleFindings()
    assert decide(nothing, {"danger": 0.7, "suicide": 0.0}).classifier_only
    assert decide(nothing, {"danger": 0.7, "suicide": 0.0}).level == DANGER
    assert not decide(nothing, {"danger": SURE_EVEN_IF_CALM, "suicide": 0.0}).classifier_only
    assert not decide(rules.RuleFindings(weak_danger=True), {"danger": 0.7, "suicide": 0.0}).classifier_only
    assert not decide(nothing, {"danger": 0.1, "suicide": 0.0}).classifier_only  # no alarm at all
