"""The intent as DIET and the linear model see it together (bot/nlu/intent_ensemble.py)."""
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import intent_ensemble
from bot.nlu.intent_ensemble import DIET_RANKING_KEY, IntentEnsemble, combined
from bot.nlu.second_opinion import LINEAR_PROBABILITIES_KEY


def test_the_average_decides_where_the_models_disagree():
    ranked = combined({"ask_costs": 0.5, "ask_csg": 0.4}, {"ask_csg": 0.9, "ask_costs": 0.05})
    assert ranked[0] == {"name": "ask_csg", "confidence": 0.65}
    assert ranked[1] == {"name": "ask_costs", "confidence": 0.275}


def test_a_crisis_intent_keeps_diets_own_confidence():
    # the linear model is not trained on crisis intents: halving DIET's say on them would hide it
    ranked = combined({"danger_now": 0.8, "ask_for_help": 0.1}, {"ask_for_help": 0.6, "ask_csg": 0.4})
    assert ranked[0] == {"name": "danger_now", "confidence": 0.8}


def test_the_ranking_is_cut_like_diets():
    linear = {f"intent_{i}": 1 / 30 for i in range(30)}
    assert len(combined({}, linear)) == intent_ensemble.RANKING_LENGTH


def test_the_message_gets_the_average_and_keeps_diets_ranking(monkeypatch):
    class Linear:
        def probabilities(self, text):
            assert text == "wat kost het"
            return {"ask_costs": 0.9, "ask_csg": 0.1}

    monkeypatch.setattr(intent_ensemble, "second_opinion", lambda: Linear())
    message = Message(data={TEXT: "wat kost het"})
    diet = [{"name": "ask_csg", "confidence": 0.6}, {"name": "ask_costs", "confidence": 0.3}]
    message.set(INTENT, dict(diet[0]))
    message.set(INTENT_RANKING_KEY, diet)
    IntentEnsemble().process([message])
    assert message.get(INTENT) == {"name": "ask_costs", "confidence": 0.6}
    assert message.get(DIET_RANKING_KEY) == diet
    # kept for the second opinion, so the linear model runs once per message
    assert message.get(LINEAR_PROBABILITIES_KEY) == {"ask_costs": 0.9, "ask_csg": 0.1}


def test_an_empty_message_is_left_alone(monkeypatch):
    monkeypatch.setattr(intent_ensemble, "second_opinion", lambda: None)
    message = Message(data={TEXT: "   "})
    IntentEnsemble().process([message])
    assert message.get(INTENT) is None
