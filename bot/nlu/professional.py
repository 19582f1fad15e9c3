"""A professional's concern: someone who saw or suspects something in their work (a trainer, a
teacher, a nurse, a youth worker) is neither the victim nor an ordinary bystander. The victim's
triage ("Wat is er gebeurd? Wanneer?") and the bystander's 5D ("Afleiden", "Delegeren") do not
fit them; where professionals can consult does (action_professional_advice).

On the tuned blind conversation sets H-M, professionals got the bystander's script in 17
conversations and the victim's triage in 9. The writer says they are a professional in words
the NLU reads (`professional` entity, bot/nlu/situation_patterns.py: "ik ben jongerenwerker",
"als trainer", "mijn patiënt", "one of my students"), often in an earlier message.

So, on the parses (never the text), after the role is kept (bot/rasa_server/role_memory.py):
a witness's account or a victim's opening (`bystander_witnessing`, `ask_for_help`) becomes
`professional_concern` when this or an earlier message of the session said the writer is a
professional, unless the words state that it happened to the writer (`role_cue` slachtoffer:
"mijn leidinggevende zit aan me" from a nurse is her own story). Someone told by a pupil stays
a naaste (`naaste_confided`), whose advice adds where professionals consult.
"""
from __future__ import annotations

import copy
from typing import Any, Dict, Iterable

from bot.nlu.role_names import CUE_ENTITY, UNCLEAR_INTENT

PROFESSIONAL_ENTITY = "professional"
PROFESSIONAL_INTENT = "professional_concern"
# bystander_afterwards too: "kan ik zelf iets melden?" from a trainer is where professionals consult
# role_unclear too: a professional torn between roles is asked no role question; their own story
# is stated in so many words (role_cue slachtoffer) and stays theirs (tuned set L: an HR adviser
# got the bystander's 5D after the question)
BECOMES_PROFESSIONAL = frozenset({"bystander_witnessing", "bystander_afterwards", "ask_for_help", UNCLEAR_INTENT})
OWN_STORY = "slachtoffer"
OWN_BEHAVIOUR_INTENT = "worried_own_behaviour"
OWN_BEHAVIOUR_CUE = "pleger"  # the words tell of the writer's own deed or urge (bot/nlu/role.py)


def _says(parse: Dict[str, Any], name: str, value: Any = None) -> bool:
    return any(e.get("entity") == name and (value is None or e.get("value") == value)
               for e in parse.get("entities") or [])


# A first message has no earlier answer to change: DIET's change_answer for "Ik werk op een middelbare
# school. Ik heb sterke aanwijzingen dat een collega een relatie heeft met een leerling" (tuned set I)
# is an opening, and a professional's opening is their concern.
NEEDS_AN_EARLIER_ANSWER = frozenset({"change_answer"})


def as_professional(parse: Dict[str, Any], earlier: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    """`parse`, or a copy whose intent is `professional_concern` (see the module notes)."""
    earlier = list(earlier)
    intent = (parse.get("intent") or {}).get("name")
    if intent in NEEDS_AN_EARLIER_ANSWER and not earlier:
        intent = "ask_for_help"
    if intent == OWN_BEHAVIOUR_INTENT and not _says(parse, CUE_ENTITY, OWN_BEHAVIOUR_CUE):
        # DIET's own-behaviour guess for a professional ("ik ben pedagogisch medewerker op een
        # kinderdagverblijf") without the words of an own deed or urge: Stop it Now! would
        # insult and fail them; where professionals consult does not
        intent = "ask_for_help"
    if intent not in BECOMES_PROFESSIONAL or _says(parse, CUE_ENTITY, OWN_STORY):
        return parse
    if not (_says(parse, PROFESSIONAL_ENTITY) or any(_says(p, PROFESSIONAL_ENTITY) for p in earlier)):
        return parse
    changed = copy.deepcopy(parse)
    changed["intent"] = {"name": PROFESSIONAL_INTENT, "confidence": 1.0}
    changed["intent_ranking"] = [{"name": PROFESSIONAL_INTENT, "confidence": 1.0}] + [
        r for r in parse.get("intent_ranking") or [] if r.get("name") != PROFESSIONAL_INTENT]
    return changed
