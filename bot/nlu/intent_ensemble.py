"""The intent as two models see it together: DIET and the linear model of the second opinion.

DIET (count vectors, no transformer) and a logistic regression on TF-IDF word and character
n-grams of the same examples (bot/nlu/second_opinion.py) err in different places. Measured with
bench/intent_ensemble.py on the model of 6 December (later), DIET alone at its former threshold
(0.45) against the average at the FallbackClassifier's 0.25 (ambiguity 0.05):

                          accuracy       macro-F1       not understood   right of those taken
    held-out (tuned)      0.866 -> 0.905  0.862 -> 0.924  0.119 -> 0.055   0.924 -> 0.933
    fresh (tuned)         0.811 -> 0.852  0.861 -> 0.892  0.137 -> 0.076   0.845 -> 0.881
    fresh 2 (tuned)       0.814 -> 0.860  0.852 -> 0.892  0.129 -> 0.075   0.868 -> 0.895
    fresh 3 (blind)       0.716 -> 0.793  0.703 -> 0.766  0.199 -> 0.115   0.837 -> 0.857

On the tuned blind conversation sets F-P the same change left right help where it was (518 of
594) and "not understood" went from 192 to 172 replies (0.3 and 0.1 instead: 217, and right help
511, so the lower threshold). An average of two models also moves less from one training of DIET
to the next than DIET alone.

So this component, right after DIET, puts the average of both in the message's intent and
ranking; the FallbackClassifier after it judges that average. The crisis intents keep DIET's own
confidence: the linear model is not trained on them (the crisis check decides those, and DIET's
own say on them stays one independent signal of its own).
"""
from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.safety import CRISIS_INTENTS
from bot.nlu.second_opinion import LINEAR_PROBABILITIES_KEY, LinearModelAtLoad, second_opinion

LINEAR_WEIGHT = 0.5
RANKING_LENGTH = 10
DIET_RANKING_KEY = "diet_ranking"


def combined(diet: Dict[str, float], linear: Dict[str, float],
             weight: float = LINEAR_WEIGHT) -> List[Dict[str, Any]]:
    """The ranking of the weighted average, best first; crisis intents as DIET ranked them."""
    scores = {}
    for name in set(diet) | set(linear):
        if name in CRISIS_INTENTS:
            scores[name] = diet.get(name, 0.0)
        else:
            scores[name] = (1 - weight) * diet.get(name, 0.0) + weight * linear.get(name, 0.0)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:RANKING_LENGTH]
    return [{"name": name, "confidence": round(score, 4)} for name, score in ranked]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentEnsemble(LinearModelAtLoad, GraphComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            ranking = message.get(INTENT_RANKING_KEY) or []
            if not text.strip() or not ranking:
                continue
            diet = {r["name"]: float(r.get("confidence") or 0.0) for r in ranking if r.get("name")}
            linear = second_opinion().probabilities(text)
            message.set(LINEAR_PROBABILITIES_KEY, linear)  # read again by the second opinion, not recomputed
            ranked = combined(diet, linear)
            message.set(DIET_RANKING_KEY, ranking, add_to_output=True)  # DIET's own, for bench/intent_ensemble.py
            message.set(INTENT, dict(ranked[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranked, add_to_output=True)
        return messages
