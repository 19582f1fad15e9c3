"""The crisis check: one verdict per message from two independent signals, the rules
(`rules.py`) and the safety classifier (`classifier.py`).

- DANGER / SUICIDE: either signal is sure, and nothing says it is over or a general
  question; the answer is 112 / 113 at once.
- ASK_DANGER / ASK_SUICIDE: the signals half agree; the answer is a question ("Ben je nu in
  gevaar?") before anything else, never silence.
- None: calm.
Danger wins over suicide (the 112 answer carries the 113 line too).

The thresholds were set on sets A and B (tests/safety_heldout, tests/safety_fresh/set_b.yaml),
which are regression sets since; the numbers to trust come from sets nobody tuned on, see
docs/safety.md."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Optional

from bot.nlu.crisis import rules
from bot.nlu.crisis.classifier import SafetyClassifier
from bot.nlu.crisis.words import tokens_and_clauses

DANGER = "danger"
SUICIDE = "suicide"
ASK_DANGER = "ask_danger"
ASK_SUICIDE = "ask_suicide"

# Classifier probabilities (balanced classes), set on sets A and B; see docs/safety.md.
SURE = {"danger": 0.5, "suicide": 0.5}  # alone enough, when nothing says it is calm
SURE_EVEN_IF_CALM = 0.93  # enough even next to a calm cue
WITH_RULE = {"danger": 0.3, "suicide": 0.05}  # enough when a weak rule agrees
ASK = 0.35  # a question when nothing else agrees
ASK_WITH_RULE = 0.10
SURE_WHEN_OVER = 0.8  # "hij heeft me vorig jaar aangerand en loopt vrij rond": past, no "now"


@dataclass(frozen=True)
class Verdict:
    level: Optional[str]
    danger: float
    suicide: float
    rule: str  # which rule signals fired, for tests and staff (never the text)
    certain: bool = False  # a strong rule fired (held, hit, a weapon, "ik wil dood")
    # The alarm rests on the classifier alone (no rule of its kind fired) and it is not sure
    # enough to stand even next to a calm cue: in a calm conversation it becomes the question
    # (bot/nlu/crisis_context.py).
    classifier_only: bool = False

    @property
    def alarm(self) -> bool:
        return self.level in (DANGER, SUICIDE)


class CrisisCheck:
    def __init__(self, classifier: Optional[SafetyClassifier] = None) -> None:
        self._classifier = classifier or SafetyClassifier()

    def verdict(self, text: str) -> Verdict:
        words, clauses = tokens_and_clauses(text)  # read once, for the rules and the classifier alike
        found = rules.apply(words, clauses)
        p = self._classifier.probabilities_of_words(words) if words else {"danger": 0.0, "suicide": 0.0}
        return decide(found, p)


def decide(found: rules.RuleFindings, p: Dict[str, float]) -> Verdict:
    danger, suicide = p.get("danger", 0.0), p.get("suicide", 0.0)
    fired = ",".join(sorted(found.groups))

    def level_for(kind: str, strong: bool, weak: bool, calm: bool, prob: float) -> Optional[str]:
        if strong or prob >= SURE_EVEN_IF_CALM:
            return "alarm"
        if calm:
            return "ask" if prob >= SURE[kind] else None
        sure = max(SURE[kind], SURE_WHEN_OVER) if (found.over and kind == "danger") else SURE[kind]
        if prob >= sure or (weak and prob >= WITH_RULE[kind]):
            return "alarm"
        if prob >= ASK or (weak and prob >= ASK_WITH_RULE):
            return "ask"
        return None

    d = level_for("danger", found.danger, found.weak_danger, found.calm_danger, danger)
    if d is None and found.ask_danger:
        d = "ask"
    s = level_for("suicide", found.suicide, found.weak_suicide, found.calm_suicide, suicide)
    # A wish to die that a strong rule names wins over danger that rests on the classifier alone:
    # "i stand on my balcony on the 9th floor and think how easy it would be to just end the whole
    # thing" read as danger (0.68), which in a calm conversation is only the question, without 113.
    # A weak cue does not ("hij dreigt me van het balkon te duwen" is danger).
    danger_on_classifier_only = not (found.danger or found.weak_danger) and danger < SURE_EVEN_IF_CALM
    suicide_on_classifier_only = not (found.suicide or found.weak_suicide) and suicide < SURE_EVEN_IF_CALM
    if d == "alarm" and s == "alarm" and danger_on_classifier_only and found.suicide:
        level = SUICIDE
    elif d == "alarm":
        level = DANGER
    elif s == "alarm":
        level = SUICIDE
    elif d == "ask":
        level = ASK_DANGER
    elif s == "ask":
        level = ASK_SUICIDE
    else:
        level = None
    certain = (level == DANGER and found.danger) or (level == SUICIDE and found.suicide)
    classifier_only = ((level == DANGER and danger_on_classifier_only)
                       or (level == SUICIDE and suicide_on_classifier_only))
    return Verdict(level, round(danger, 3), round(suicide, 3), fired, certain, classifier_only)


@lru_cache(maxsize=1)
def shared_check() -> CrisisCheck:
    """One check per process (the classifier trains once, about 3 s, when Rasa loads the
    NLU component)."""
    return CrisisCheck()
