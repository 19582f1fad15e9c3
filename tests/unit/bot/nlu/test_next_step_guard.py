"""A plan said is heard as next_step; a question, what others say, or staying away is not."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.next_step_guard import NextStepGuard, no_next_step


@pytest.mark.parametrize("text", [
    "oke ik ga bellen", "ik denk dat ik morgen de huisarts bel", "ok i'll call them after work",
    "ik laat het even bezinken", "dan praat ik er eerst met mijn man over",
])
def test_a_plan_is_a_next_step(text):
    assert not no_next_step(text)


@pytest.mark.parametrize("text", [
    "ik ga nu naar hem toe, wat zeg ik dan", "ik ga bellen. moet ik mijn naam noemen?",
    "mijn manager zegt dat we eerst moeten afwachten", "my coach said that i should keep quiet",
    "ik ga morgen niet naar mn werk", "I'm not going back there tomorrow",
])
def test_a_question_what_others_say_or_staying_away_is_not(text):
    assert no_next_step(text)


def message(text, ranking):
    m = Message(data={TEXT: text})
    m.set(INTENT, dict(ranking[0]))
    m.set(INTENT_RANKING_KEY, ranking)
    return m


def test_the_guard_takes_the_next_intent_of_the_ranking():
    ranking = [{"name": "next_step", "confidence": 0.6}, {"name": "naaste_more_tips", "confidence": 0.3}]
    [m] = NextStepGuard().process([message("ik ga nu naar haar toe, wat zeg ik dan?", ranking)])
    assert m.get(INTENT)["name"] == "naaste_more_tips"
    assert [r["name"] for r in m.get(INTENT_RANKING_KEY)] == ["naaste_more_tips"]
    [kept] = NextStepGuard().process([message("oke ik ga morgen bellen", ranking)])
    assert kept.get(INTENT)["name"] == "next_step"


def test_the_guard_also_takes_it_out_of_the_ranking_when_another_intent_leads():
    ranking = [{"name": "suicidal_thoughts", "confidence": 0.9}, {"name": "next_step", "confidence": 0.4},
               {"name": "feeling_doubt", "confidence": 0.1}]
    [m] = NextStepGuard().process([message("ik ga morgen niet naar school", ranking)])
    assert m.get(INTENT)["name"] == "suicidal_thoughts"
    assert [r["name"] for r in m.get(INTENT_RANKING_KEY)] == ["suicidal_thoughts", "feeling_doubt"]


def test_the_second_opinion_cannot_bring_it_back():
    from bot.nlu.second_opinion import LINEAR_PROBABILITIES_KEY

    ranking = [{"name": "next_step", "confidence": 0.2}, {"name": "ask_5d", "confidence": 0.1}]
    m = message("mijn coach zegt dat ik het moet laten rusten", ranking)
    m.set(LINEAR_PROBABILITIES_KEY, {"next_step": 0.5, "ask_5d": 0.2})
    [m] = NextStepGuard().process([m])
    assert m.get(LINEAR_PROBABILITIES_KEY) == {"ask_5d": 0.2}
