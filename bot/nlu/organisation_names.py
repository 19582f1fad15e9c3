"""An organisation named in what someone typed, for a question the models could not place.

"wat doet de kindertelefoon dan eigenlijk", "is veilig thuis niet voor vrouwen die geslagen
worden?", "helpwanted, die ken ik niet. zijn die niet alleen voor pubers?": on the tuned blind
sets F-T some fifteen such turns got "not understood" or "heard", though the answer is in the
knowledge base: who the organisation is for, what happens there and how to reach it. When the
intent is still the fallback (DIET and the linear model unsure), a message that names one
organisation becomes `more_about` with that organisation (actions/more_about.py).

Names that are also everyday words ("politie", "fier", "sense", "113", a church's "meldpunt")
are left out: the police has its own intents, 113 belongs to the crisis check, and a church's
reporting point depends on which church.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import IntentRuleComponent

ENTITY = "organisation"
INTENT_NAME = "more_about"
# Slug (knowledge/seed/<slug>.yaml) -> how people write its name.
_NAMES = {
    "csg": r"csg|centrum\s+(voor\s+)?seksueel\s+geweld|sexual\s+assault\s+cent(er|re)",
    "helpwanted": r"help\s?wanted",
    "kindertelefoon": r"kinder\s?telefoon",
    "veilig-thuis": r"veilig\s?thuis",
    "slachtofferhulp": r"slachtoffer\s?hulp|victim\s+support",
    "stop-it-now": r"stop\s?it\s?now",
    "centrum-veilige-sport": r"cvsn|centrum\s+veilige\s+sport",
    "mores": r"mores(\.online)?",
    "vertrouwensinspecteurs": r"vertrouwensinspecteurs?|onderwijsinspectie|inspectie\s+van\s+het\s+onderwijs",
    "landelijk-meldpunt-zorg": r"landelijk\s+meldpunt\s+zorg|lmz|igj",
    "meldpunt-kinderporno": r"meldpunt\s+kinderporno",
    "schadefonds": r"schadefonds",
    "roze-in-blauw": r"roze\s+in\s+blauw",
    "coc-switchboard": r"switchboard",
    "juridisch-loket": r"juridisch\s+loket",
    "perspectief-herstelbemiddeling": r"perspectief\s+herstelbemiddeling",
    "werk-arbeidsinspectie": r"arbeidsinspectie",
    "meld-misdaad-anoniem": r"meld\s+misdaad\s+anoniem",
}
_PATTERNS = [(slug, re.compile(rf"\b({names})\b", re.IGNORECASE)) for slug, names in _NAMES.items()]


def named_organisations(text: str) -> List[str]:
    """The organisations the text names, in the order they appear."""
    found = []
    for slug, pattern in _PATTERNS:
        match = pattern.search(text or "")
        if match:
            found.append((match.start(), slug))
    return [slug for _, slug in sorted(found)]


def the_one_named(text: str) -> Optional[str]:
    """The organisation a message is about, when it names exactly one."""
    named = named_organisations(text)
    return named[0] if len(named) == 1 else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class OrganisationQuestion(IntentRuleComponent, GraphComponent):
    def intent_for(self, message: Message) -> Optional[Dict[str, Any]]:
        intent = message.get(INTENT) or {}
        # confidence 1.0: a rule decided (unreadable input gets the kind fallback with the numbers)
        if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or float(intent.get("confidence") or 0) >= 1.0:
            return None
        text = message.get(TEXT) or ""
        slug = None if text.startswith("/") else the_one_named(text)
        if slug is None:
            return None
        entity = {"entity": ENTITY, "value": slug, "start": 0, "end": len(text), "extractor": type(self).__name__}
        message.set(ENTITIES, list(message.get(ENTITIES) or []) + [entity], add_to_output=True)
        return {"name": INTENT_NAME}
