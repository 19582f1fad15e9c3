"""One sentence for the person before any help: it fits their role and what happened, never
blames, and is varied (another wording the next time in the same conversation)."""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from knowledge import Situation
from knowledge.vocabulary import ONLINE_INCIDENTS

# (role, what happened) -> {language: wordings}
OPENERS: Dict[Tuple[str, str], Dict[str, List[str]]] = {
    ("slachtoffer", "recent"): {
        "nl": ["Wat naar dat dit is gebeurd. Het is niet jouw schuld.",
               "Wat erg dat je dit hebt meegemaakt. Het is niet jouw schuld."],
        "en": ["I am so sorry this happened to you. It is not your fault.",
               "That must have been awful. It is not your fault."],
    },
    ("slachtoffer", "long_ago"): {
        "nl": ["Goed dat je erover begint, ook al is het langer geleden. Het is niet jouw schuld.",
               "Wat je meemaakte telt, ook na lange tijd. Het is niet jouw schuld."],
        "en": ["Good that you bring it up, even if it was a while ago. It is not your fault.",
               "What happened to you matters, even after a long time. It is not your fault."],
    },
    ("slachtoffer", "online"): {
        "nl": ["Wat vervelend dat dit gebeurt. Het is niet jouw schuld.",
               "Wat naar dat iemand dit doet. Jij hebt niets fout gedaan."],
        "en": ["I am sorry this is happening. It is not your fault.",
               "That is awful. You did nothing wrong."],
    },
    ("slachtoffer", "other"): {
        "nl": ["Wat naar dat je dit hebt meegemaakt. Het is niet jouw schuld.",
               "Goed dat je dit vertelt. Het is niet jouw schuld."],
        "en": ["I am sorry you went through this. It is not your fault.",
               "Thank you for telling me. It is not your fault."],
    },
    ("naaste", ""): {
        "nl": ["Fijn dat je er voor diegene wilt zijn.", "Goed dat je hulp zoekt voor iemand om wie je geeft."],
        "en": ["It is good that you want to be there for them.",
               "Good that you look for help for someone you care about."],
    },
    ("omstander", ""): {
        "nl": ["Goed dat je iets wilt doen.", "Fijn dat je hier iets mee wilt doen."],
        "en": ["Good that you want to do something.", "It is good that you want to act on this."],
    },
    ("pleger", ""): {
        "nl": ["Goed dat je hulp zoekt. Dat is een belangrijke stap."],
        "en": ["Good that you are looking for help. That is an important step."],
    },
    ("professional", ""): {
        "nl": ["Goed dat je advies zoekt voor degene die je helpt."],
        "en": ["Good that you are looking for advice for the person you help."],
    },
}


SIMPLE = {"nl": "Wat naar voor je. Het is niet jouw schuld.", "en": "I am sorry. It is not your fault."}


def needs_simple_words(situation: Situation, asked: object = None) -> bool:
    """Under 16, or the person said reading is hard: short words, one idea per sentence."""
    return asked == "ja" or (situation.age is not None and situation.age < 16)


def opener(situation: Situation, language: Optional[str] = "nl", earlier: int = 0, simple: bool = False) -> str:
    """The sentence for this person; `earlier` (how often one was said before in this
    conversation) picks another wording."""
    role = situation.role or "slachtoffer"
    if simple and role == "slachtoffer":
        return SIMPLE.get(language or "nl", SIMPLE["nl"])
    if role == "slachtoffer":
        if situation.incident in ONLINE_INCIDENTS or situation.setting == "online":
            what = "online"
        elif situation.time_bucket == "acuut":
            what = "recent"
        elif situation.time_bucket == "langer_geleden":
            what = "long_ago"
        else:
            what = "other"
    else:
        what = ""
    wordings = OPENERS.get((role, what))
    if not wordings:
        return ""
    options = wordings.get(language or "nl") or wordings["nl"]
    return options[earlier % len(options)]
