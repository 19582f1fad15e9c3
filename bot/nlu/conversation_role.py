"""Keep the role of a conversation once it is known: whose story it is does not change
because one later message sounds like someone else's.

A victim who writes "mijn vriendin zegt dat ik naar de politie moet" is still the victim,
and a naaste who writes "hij heeft haar op een feest verkracht" is still the naaste; DIET,
which reads one message at a time, heard a naaste and a victim. Blind conversations showed
that about one in three got another group's script halfway ("Je zag het gebeuren" to a
mother). So a role intent of another role than the conversation's becomes the best intent
DIET ranked for the conversation's role (or that role's first intent).

The role may still change, but only when the person says so: a grammar cue that names the
new role in so many words (`role_cue`, set by bot/nlu/role.py: "ik zag dat ...", "mijn zus
vertelde ...", "hij zat aan me"), a button, or the answer to the role question. A message
that made DIET torn between roles (`role_unclear`) is answered for the known role at once,
without asking.

This works on the parse of the new message and the parses of the earlier ones (intent and
entities, never the text): the Rasa server calls `keep_role` with the tracker it has
(bot/rasa_server/role_memory.py); the NLU components see one message only.
"""
from __future__ import annotations

import copy
from typing import Any, Dict, Iterable, List, Optional

from bot.nlu.crisis_context import CRISIS_INTENTS
from bot.nlu.role_names import (
    CANDIDATE_ENTITY,
    CHOICE_ENTITY,
    CHOSEN_INTENT,
    CUE_ENTITY,
    FIRST_INTENT,
    ROLE_OF_INTENT,
    UNCLEAR_INTENT,
    WITNESS_DANGER_KEY,
    tells_a_story,
)

# A naaste's, a witness's or an own-behaviour story told again is more of the same story: the
# script from the start again would repeat what was said. (The victim's intents also answer
# the triage questions, so they go on as they are.)
RETOLD_AS_MORE = {"naaste_confided", "bystander_witnessing", "worried_own_behaviour"}
TOLD_MORE_INTENT = "tell_more"
# A message DIET was barely sure of does not settle whose story it is (the same floor as the
# second opinion, bot/nlu/second_opinion.py). Measured on the blind sets F-J (tuned on) by
# replaying their parses: keeping the first role, and changing it only on a stated role, put
# the role of 239 of 297 role messages right against 199 when each message stood alone;
# letting DIET's confidence or a vote of the messages so far change it did worse (231-235).
SETTLES = 0.3
FIRST_STORY_SETTLES = 0.5
VICTIM_ROLE, OWN_ROLE = "slachtoffer", "pleger"
STATED_ROLES = frozenset(ROLE_OF_INTENT.values())
# Messages that carry the story itself besides the role intents: torn between roles, answered
# with the crisis line first ("de predikant zoent me en zit aan me" alarmed, set M), or a story DIET
# could not place ("mn ex heeft naaktfoto's van mij op een reddit forum gezet", set X: the role stayed
# open, and the next message's weak own-behaviour guess gave a victim Stop it Now!).
TOLD_WITH_THE_STORY = frozenset({UNCLEAR_INTENT, "unsure_statement", "nlu_fallback"}) | CRISIS_INTENTS


def _entity_values(parse: Dict[str, Any], name: str) -> List[str]:
    return [str(e.get("value")) for e in parse.get("entities") or [] if e.get("entity") == name]


def _intent(parse: Dict[str, Any]) -> Optional[str]:
    return (parse.get("intent") or {}).get("name")


def role_of(parse: Dict[str, Any]) -> Optional[str]:
    """The role one parsed message settles: a chosen role, or the role of its intent when
    DIET was at least SETTLES sure of it."""
    if _intent(parse) == CHOSEN_INTENT:
        return next(iter(_entity_values(parse, CHOICE_ENTITY)), None)
    # The words of a story state the role ("he kept going when i said no"): that settles it, however
    # unsure DIET was (set S: an English victim's story at 0.2 left the role open, and the next
    # message got the bystander's script). Not in a question or an opening ("mag ik iets vragen?
    # het gaat over mezelf" is also how someone worried about their own thoughts begins, set R).
    stated = next((value for value in _entity_values(parse, CUE_ENTITY) if value in STATED_ROLES), None)
    if stated and (_intent(parse) in ROLE_OF_INTENT or _intent(parse) in TOLD_WITH_THE_STORY):
        return stated
    if float((parse.get("intent") or {}).get("confidence") or 0.0) < SETTLES:
        return None
    return ROLE_OF_INTENT.get(_intent(parse))


def conversation_role(earlier: Iterable[Dict[str, Any]]) -> Optional[str]:
    """The role of the latest earlier message that settled one (oldest first in `earlier`)."""
    role = None
    for parse in earlier:
        role = role_of(parse) or role
    return role


def nothing_told_yet(earlier: Iterable[Dict[str, Any]], role: Optional[str] = None) -> bool:
    """No earlier message settled a role (`role`: conversation_role(earlier), when the caller has it),
    told a story or was asked about (the role question)."""
    earlier = list(earlier)
    return (role or conversation_role(earlier)) is None and not any(
        _intent(parse) == UNCLEAR_INTENT or _intent(parse) in ROLE_OF_INTENT
        or tells_a_story(parse.get("entities")) for parse in earlier)


def _is_button(parse: Dict[str, Any]) -> bool:
    return str(parse.get("text") or "").startswith("/")


def _best_for(role: str, parse: Dict[str, Any]) -> str:
    for candidate in _entity_values(parse, CANDIDATE_ENTITY):
        named_role, _, intent = candidate.partition("=")
        if named_role == role and intent:
            return intent
    for ranked in parse.get("intent_ranking") or []:  # best first
        if ROLE_OF_INTENT.get(ranked.get("name")) == role:
            return ranked["name"]
    return FIRST_INTENT[role]


def _as(parse: Dict[str, Any], name: str) -> Dict[str, Any]:
    kept = copy.deepcopy(parse)
    kept["intent"] = {"name": name, "confidence": 1.0}
    kept["intent_ranking"] = [{"name": name, "confidence": 1.0}] + [
        r for r in parse.get("intent_ranking") or [] if r.get("name") != name]
    kept["entities"] = [e for e in parse.get("entities") or [] if e.get("entity") != CANDIDATE_ENTITY]
    return kept


def _first_story_decides(role: str, parse: Dict[str, Any], earlier: List[Dict[str, Any]]) -> bool:
    """A victim's role settled before any story was told ("ik weet niet of ik hier goed zit. het gaat
    over mezelf") is how someone worried about their own urges begins too: the first story that DIET
    reads as own behaviour at least FIRST_STORY_SETTLES sure decides, unless the role was chosen in
    answer to the role question. Only these two: an opening about someone else ("mijn zoon is 12")
    names the role, and letting any first story decide gave naasten the witness's script (F-W). Set W:
    "ik fantaseer over een meisje van 13 uit mijn groep" got the victim's triage, kept from the opening."""
    if role != VICTIM_ROLE or ROLE_OF_INTENT.get(_intent(parse)) != OWN_ROLE:
        return False
    sure = float((parse.get("intent") or {}).get("confidence") or 0.0) >= FIRST_STORY_SETTLES
    chosen = any(_intent(p) == CHOSEN_INTENT for p in earlier)  # the answer to the role question stands
    return (sure and not chosen and tells_a_story(parse.get("entities"))
            and not any(tells_a_story(p.get("entities")) for p in earlier))


def keep_role(parse: Dict[str, Any], earlier: Iterable[Dict[str, Any]], role: Optional[str] = None) -> Dict[str, Any]:
    """`parse` as it should be in a conversation whose earlier messages parsed as `earlier`
    (oldest first; `role`: conversation_role(earlier), when the caller has it): the same object when
    nothing changes, else a changed copy."""
    earlier = list(earlier)
    role = role or conversation_role(earlier)
    intent = _intent(parse)
    if role is None or _is_button(parse):
        return parse
    if intent == UNCLEAR_INTENT:
        name = _best_for(role, parse)  # torn between roles, and the conversation's role is known
    elif intent not in ROLE_OF_INTENT:
        return parse
    elif ROLE_OF_INTENT[intent] != role and ROLE_OF_INTENT[intent] not in _entity_values(parse, CUE_ENTITY):
        # unless the person says in so many words that it is now another role, or this is the
        # first story and the role came before it
        name = intent if _first_story_decides(role, parse, earlier) else _best_for(role, parse)
    else:
        name = intent
    if name in RETOLD_AS_MORE and name in {_intent(p) for p in earlier} and not parse.get(WITNESS_DANGER_KEY):
        # The story was heard: more of it is heard, not answered from the start. Not when a
        # witness tells of danger now ("hij trekt haar nu mee naar zijn auto"): the bystander
        # answer opens with 112, "more of your story" does not (tuned set G, 6 December).
        name = TOLD_MORE_INTENT
    return parse if name == intent else _as(parse, name)
