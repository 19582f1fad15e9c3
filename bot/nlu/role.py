"""Who the message is about, as a decision of its own: ask once rather than guess wrong.

Each role has its own intents (the victim's own story, a naaste's, a witness's, someone
worried about their own behaviour). DIET ranks them with everything else; when it is torn
between two roles, the person would get the wrong script ("Wat fijn dat diegene jou in
vertrouwen nam" to a victim, triage questions to a naaste). Then this component (last in
the pipeline, after the crisis check and the grammar cues of role_cues.py) makes the intent
`role_unclear`, and the assistant asks "Gaat het om jou, of om iemand anders?" with buttons.
The intent each role would get travels along as `role_candidate` entities ("naaste=
naaste_confided"), so the action that takes the answer needs no text and no ranking.

A story without any first person that DIET heard as the writer's own ("een collega maakt
steeds seksuele grappen over een nieuwe collega") goes to the best other role DIET ranked.
Never touched: the crisis intents and any intent a rule component set with full confidence
(a grammar cue or the crisis check decided), questions, small talk, and messages whose words
make the writer the target ("hij zat aan me").
A typed answer to the question ("om mij", "over mijn zus", "ik zag het") is read here too.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import crisis_context
from bot.nlu.intent_override import override_intent
from bot.nlu.role_cues import (
    RELATIVE,
    WITNESS_INTENT,
    clearly_done_to_writer,
    is_naaste_account,
    is_own_behaviour_account,
    is_witness_account,
    says_it_is_about_the_writer,
    without_told_to_me,
    writer_is_target,
)
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

# Torn: the best role has less than this share of the confidence DIET gave to role intents,
# and the runner-up at least RIVAL_SHARE. Role intents must carry most of the ranking, else
# the message is about something else (a question, small talk) and is left alone.
CLEAR_SHARE = 0.60
# Stop it Now! to someone it was done to is the costliest wrong script ("Maak je je zorgen over je
# eigen seksuele gevoelens of gedrag?" to "ik werd wakker en zijn hand zat onder mijn shirt"), and
# the question offers "Het gaat om wat ik zelf deed": own behaviour needs a clearer lead.
CLEAR_SHARE_OWN_BEHAVIOUR = 0.80
RIVAL_SHARE = 0.20
DONE_TO_WRITER_RIVAL_SHARE = 0.10
TELLING_MASS = 0.50


def role_shares(ranking: List[Dict]) -> Dict[str, float]:
    """Share of each role in the confidence DIET gave to role intents (sums to 1)."""
    mass: Dict[str, float] = {}
    for ranked in ranking:
        role = ROLE_OF_INTENT.get(ranked.get("name"))
        if role:
            mass[role] = mass.get(role, 0.0) + float(ranked.get("confidence") or 0.0)
    total = sum(mass.values())
    return {role: value / total for role, value in mass.items()} if total else {}


# "More tips" is a follow-up, not a first story: never the intent to retell a message as.
NOT_A_STORY = {"naaste_more_tips"}


# Below this the models said nothing of substance about a role's intents: its first message
# (FIRST_INTENT: what happened to someone close, what one saw) is the likeliest reading. With the
# average of two models (bot/nlu/intent_ensemble.py) the order of such crumbs is noise: "het gaat
# over mijn vrouw, aanranding jaren geleden" ranked the naaste's own support (0.02) first.
CRUMB = 0.05


def best_intent_per_role(ranking: List[Dict]) -> Dict[str, str]:
    best: Dict[str, str] = {}
    for ranked in ranking:  # best first
        role = ROLE_OF_INTENT.get(ranked.get("name")) if ranked.get("name") not in NOT_A_STORY else None
        if role and role not in best:
            sure = float(ranked.get("confidence") or 0.0) >= CRUMB
            best[role] = ranked["name"] if sure else FIRST_INTENT.get(role, ranked["name"])
    return best


# Grammar that contradicts DIET's role. Someone close or someone in one's care is the subject
# ("vraagje over mijn vrouw. ze is aangerand", "one of my clients was assaulted"), yet DIET
# heard the writer's own story; or the writer is the target ("naaktfoto's van mij") and DIET
# heard a naaste or a witness. Asking is cheap; the wrong script is not.
_SOMEONE_CLOSE = re.compile(rf"\b(mijn|m'n|mn|ons|onze|my|our)\s+([\w-]+\s+)?{RELATIVE}\b", re.IGNORECASE)
_IN_MY_CARE = re.compile(
    r"\b(one\s+of\s+my|een\s+van\s+mijn|mijn|my)\s+(cliënten|cliënt|clients?|leerlingen|leerling|students?|"
    r"patiënten|patiënt|patients?|medewerkers?|employees?|werknemers?|sporters?|pupils?)\b"
    r"|\b(i'?m|i\s+am)\s+(a|an|the)\s+([\w-]+\s+){0,2}(counsell?or|teacher|manager|psychologist|coach|nurse|doctor|"
    r"therapist|mentor|youth\s+worker)\b"
    r"|\bik\s+ben\s+(de\s+|een\s+)?(docent|leraar|lerares|mentor|trainer|coach|hr|huisarts|verpleegkundige|"
    r"jeugdwerker|begeleider|leidinggevende|teamleider|vertrouwenspersoon)\b",
    re.IGNORECASE,
)
# The writer in the story at all ("mijn man heeft seks met me", "help for myself"): then
# someone close is not the only subject, and DIET's "own story" may well be right.
_ME = re.compile(
    r"\b(me|mij|mijzelf|mezelf|myself)\b"
    r"|\b(mijn|m'n|mn|my)\s+(nudes?|naaktfoto'?s|naaktfotos|foto'?s|fotos|filmpjes?|video'?s?|lichaam|body|borsten|"
    r"breasts?|kont|billen|butt)\b",
    re.IGNORECASE,
)
# No first person at all in a story of some length: the writer tells of others
# ("een collega maakt steeds seksuele grappen over een nieuwe collega").
_FIRST_PERSON = re.compile(
    r"\b(ik|k|kben|me|mij|mijn|m'n|mn|mezelf|mijzelf|we|wij|ons|onze|i|my|myself|us|our|i'm|im)\b", re.IGNORECASE)
MIN_STORY_WORDS = 6
# The victim's story told to us (not an answer to a triage question).
TOLD_AS_OWN = {"ask_for_help"}


_DONE_TO_SOMEONE_ELSE = re.compile(
    r"\b(ze|zij|hij|she|he)\s+(is|werd|was|wordt|has\s+been|got)\s+([\w-]+\s+){0,4}(aangerand|verkracht|misbruikt|"
    r"betast|lastiggevallen|afgeperst|gechanteerd|raped|assaulted|abused|groped|harassed)\b",
    re.IGNORECASE,
)
_OTHER_IS_TARGET = re.compile(
    r"\b(hij|zij|ze|die)\s+([\w-]+\s+){0,2}?(haar|hem)\b|\b(he|she)\s+([\w-]+\s+){0,2}?(her|him)\b", re.IGNORECASE)
_I_DID = re.compile(r"\b(ik\s+(heb|had|deed)|i\s+(have|had|did))\b", re.IGNORECASE)
# The writer as the one who acts or feels: own behaviour is not told without it. "wat doe je als
# je leidinggevende over de grens gaat bij een collega" (generic "je", someone else does it) and
# "de vader van een klasgenootje stuurt haar dm's" got Stop it Now! (set S).
_WRITER_AS_SUBJECT = re.compile(
    r"\b(ik|k|kben|kheb|ikzelf|i|i'm|im|i've|ive|i'd|mezelf|mijzelf|myself|mijn\s+eigen|my\s+own)\b"
    r"|\b(mijn|mn|m'n|my)\s+(gedachten|gevoelens|fantasie\w*|gedrag|thoughts|urges|feelings|fantas\w*|behaviou?r)\b",
    re.IGNORECASE)
# What a victim opens with: something happened (to the writer), not something the writer did.
_SOMETHING_HAPPENED = re.compile(
    r"\b(er\s+is\s+(iets|wat)\s+(\w+\s+)?gebeurd|iets\s+(\w+\s+)?meegemaakt|something\s+(\w+\s+)?happened|"
    r"happened\s+to\s+me|overkwam\s+me|is\s+mij\s+overkomen)\b", re.IGNORECASE)


def pleger_without_the_writer(text: str) -> bool:
    """Nothing in the words makes the writer the one who did it."""
    return not _WRITER_AS_SUBJECT.search(text) or bool(_SOMETHING_HAPPENED.search(text))


def naaste_without_anyone_else(text: str) -> bool:
    """Heard as a naaste, yet the words name nobody it happened to but the writer: no one close or
    in the writer's care, nobody who told the writer, no "haar"/"hem" ("mijn turntrainer doet soms
    raar", "ik werk bij een supermarkt en er is daar een chef die dingen doet die ik raar vind",
    "Mijn ex heeft een filmpje van ons samen online gezet": victims who got the naaste's script,
    tuned sets Q-S)."""
    if not _FIRST_PERSON.search(text):
        return False
    return not (_told_to_me(text) or is_naaste_account(text) or _SOMEONE_CLOSE.search(text) or _IN_MY_CARE.search(text)
                or _THIRD_PERSON.search(text))


def witness_of_someone_close(text: str) -> bool:
    """Heard as a witness, yet the words name someone close and see nothing happen: a parent's or a
    friend's worry ("mn zoon van 12 zit op voetbal en de trainer neemt jongens mee naar de sauna",
    "mijn vriendin werd zaterdag in een kroeg ... gegrepen. ik was er niet bij": naasten who got the
    witness's 5D, tuned sets F and M)."""
    return bool(_SOMEONE_CLOSE.search(text)) and not is_witness_account(text)


# Someone else the writer may have seen it happen to: a pronoun or a person ("een meisje", "two women").
_SOMEONE_ELSE_SEEN = re.compile(
    r"\b(haar|hem|her|him|zij|she|hun|them|iemand|someone|somebody)\b"
    r"|\b(meisje|meisjes|meid|meiden|vrouw|vrouwen|jongen|jongens|man|mannen|kind|kinderen|klasgenoot|klasgenote|"
    r"collega|collega's|leerling|leerlingen|student|studente|girl|girls|woman|women|boy|boys|men|kid|kids|"
    r"child|children|colleague|passenger|passagier|tiener|tieners|teen|teens|people|mensen)\b",
    re.IGNORECASE)


def witness_without_anyone_else(text: str) -> bool:
    """A first message heard as a witness's, yet nobody but the writer is in it and nothing was
    seen: "ik zit in mn laatste jaar van de toneelschool en loop stage bij een gezelschap" (an
    opening), "elke ochtend als ik naar de metro loop staan er een paar jongens die dingen roepen"
    (to the writer) got the witness's 5D (tuned sets H and Q)."""
    if not _FIRST_PERSON.search(text) or is_witness_account(text):
        return False
    return not _SOMEONE_ELSE_SEEN.search(without_the_offenders(text))


def without_the_offenders(text: str) -> str:
    """The text without who did it: "staan er een paar jongens die dingen roepen" names the ones
    who call out, not someone it was done to."""
    return _OFFENDERS.sub(" ", text)


_OFFENDERS = re.compile(
    r"\b(een\s+(paar|groep(je)?)\s+|a\s+(few|group\s+of)\s+|some\s+)?(jongens|gasten|mannen|guys|men|boys)\s+"
    r"(die|that|who)\b", re.IGNORECASE)


def _close_one_worried_about(intent: Dict, text: str) -> Optional[str]:
    """A first message heard as a witness's that names someone close and sees nothing: the role
    question is asked, and if the person goes on without answering, the conversation is a
    naaste's ("mijn vriendin werd zaterdag in een kroeg ... gegrepen. ik was er niet bij", then "ze
    zegt dat niemand het serieus neemt" got the witness's 5D, tuned set M)."""
    if ROLE_OF_INTENT.get(intent.get("name")) != "omstander" or float(intent.get("confidence") or 0.0) >= 1.0:
        return None
    if crisis_context.current_state() != crisis_context.FIRST or not witness_of_someone_close(text):
        return None
    return "naaste"


def grammar_agrees(role: str, text: str) -> bool:
    """A grammar cue of role_cues.py says the same as DIET's best role."""
    return (role == "omstander" and is_witness_account(text)) or (role == "naaste" and is_naaste_account(text))


def grammar_disagrees(name: str, text: str) -> bool:
    role = ROLE_OF_INTENT.get(name)
    if role == "slachtoffer":
        someone_else = _SOMEONE_CLOSE.search(text) or _IN_MY_CARE.search(text)
        return bool(someone_else) and not _ME.search(without_told_to_me(text))
    if role == "pleger":
        # "ze is jaren geleden aangerand": something was done to someone else, not by the writer;
        # "hij zat aan mijn borst": something was done to the writer
        if _I_DID.search(text):
            return False
        # "ik ben oma van een meisje van 9 en ik maak me zorgen", "mijn kleindochter zei iets":
        # someone close, in so many words (tuned sets N and Q: Stop it Now! to grandmothers)
        return bool(_DONE_TO_SOMEONE_ELSE.search(text) or clearly_done_to_writer(text) or is_naaste_account(text)
                    or pleger_without_the_writer(text))
    if role in ("naaste", "omstander"):
        return bool(clearly_done_to_writer(text)) and not (
            is_naaste_account(text) or is_witness_account(text))
    return False


def told_of_others(intent: Dict, ranking: List[Dict], text: str) -> Optional[str]:
    """DIET heard the writer's own story in a story without any first person: the best
    intent of a naaste or a witness in DIET's ranking, if there is one. Not for `inform`,
    which is also the answer to a triage question ("het was vorige week op een feestje"),
    and never own behaviour: a story without the writer in it is not about what the writer did."""
    if float(intent.get("confidence") or 0.0) >= 1.0 or intent.get("name") not in TOLD_AS_OWN:
        return None
    if len(text.split()) < MIN_STORY_WORDS or _FIRST_PERSON.search(text):
        return None
    others = {role: name for role, name in best_intent_per_role(ranking).items() if role in ("naaste", "omstander")}
    return next(iter(others.values()), None)


def plainly_the_writers_own(intent: Dict, ranking: List[Dict], text: str) -> Optional[str]:
    """DIET heard a naaste or a witness, the words make the writer the one it was done to
    ("hij chanteert me", "foto's van mij"), and DIET ranked the victim's story as a real
    rival: the victim's intent, without asking."""
    name = intent.get("name")
    if float(intent.get("confidence") or 0.0) >= 1.0 or ROLE_OF_INTENT.get(name) not in ("naaste", "omstander"):
        return None
    if not grammar_disagrees(name, text):
        return None
    diet = [r for r in ranking if r.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME]
    # A deed done to the writer in so many words ("pakt hij me steeds bij mn heupen", "he touch my
    # hips") needs less of DIET: on set V four victims got the witness's script or the role question
    # with their own story at a share of 0.15-0.2.
    needed = DONE_TO_WRITER_RIVAL_SHARE if clearly_done_to_writer(text) else RIVAL_SHARE
    if role_shares(diet).get("slachtoffer", 0.0) < needed:
        return None
    return best_intent_per_role(diet).get("slachtoffer")


def is_unclear(intent: Dict, ranking: List[Dict], text: str) -> bool:
    name, confidence = intent.get("name"), float(intent.get("confidence") or 0.0)
    if confidence >= 1.0:
        return False  # a rule component decided (crisis, grammar cue, unreadable input)
    if name not in ROLE_OF_INTENT and name != DEFAULT_NLU_FALLBACK_INTENT_NAME:
        return False
    if grammar_disagrees(name, text):
        return True
    # (A naaste's question, "hoe reageer ik daarop?", needs nobody named; a naaste's story does.)
    if name == "naaste_confided" and naaste_without_anyone_else(text):
        return True
    # Later on, a relative may well be in what the writer saw ("mn oom zette een foto van mn nichtje
    # in de groep", set U): only a first message is asked.
    if ROLE_OF_INTENT.get(name) == "omstander" and crisis_context.current_state() == crisis_context.FIRST \
            and (witness_of_someone_close(text) or witness_without_anyone_else(text)):
        return True
    if ROLE_OF_INTENT.get(name) == "pleger" and crisis_context.current_state() == crisis_context.FIRST \
            and not is_own_behaviour_account(text):
        # A first message heard as own behaviour without an own deed or urge in its words is an
        # opening ("goedemiddag, ik ben een man van 52 en ik heb dit nog nooit aan iemand geschreven")
        # or someone else's story ("for months I've been hearing the man next door with his
        # daughter"): both got Stop it Now! (set R). The question has "Het gaat om wat ik zelf deed".
        return True
    diet = [r for r in ranking if r.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME]
    if sum(float(r.get("confidence") or 0.0) for r in diet if r.get("name") in ROLE_OF_INTENT) < TELLING_MASS:
        return False
    if writer_is_target(text):
        return False
    shares = role_shares(diet)
    if ROLE_OF_INTENT.get(name) not in (None, "slachtoffer") and len(text.split()) >= MIN_STORY_WORDS \
            and not _FIRST_PERSON.search(text):
        # DIET heard someone else's story, and no first person in it: not torn with the victim's
        shares = role_shares([r for r in diet if ROLE_OF_INTENT.get(r.get("name")) != "slachtoffer"])
    ranked = sorted(shares.items(), key=lambda item: item[1], reverse=True)
    if ranked and grammar_agrees(ranked[0][0], text):
        return False
    if len(ranked) >= 2 and ranked[1][0] == "slachtoffer" and _OTHER_IS_TARGET.search(text):
        return False  # "hij dwingt haar": someone else is the target; the writer's own story is out
    clear = CLEAR_SHARE_OWN_BEHAVIOUR if ranked and ranked[0][0] == "pleger" else CLEAR_SHARE
    shares = [share for _, share in ranked]
    return len(shares) >= 2 and shares[0] < clear and shares[1] >= RIVAL_SHARE


# What tells a story in an entity: what happened, or the kind of harm.
# An opening that names no deed nor whose story it is ("Goedenavond. Ik zit met iets waar ik al een
# week van wakker lig", "yo ik werk op zaterdag op de markt bij een kaaskraam"), heard as a request for
# help or an account: the victim's first triage question ("Wat is er gebeurd? ... Ik ben verkracht")
# went to 17 bystanders, naasten, professionals and own-behaviour writers on the tuned sets F-T.
OPENING_INTENTS = frozenset({"ask_for_help", "inform"})
# Later in a conversation only a short request counts as an opening: a longer one is a story the
# extractors did not name ("halverwege merkte ik dat hij het condoom eraf had gehaald", set N).
MAX_LATER_OPENING_WORDS = 15
_TOLD_ME = re.compile(r"\b(me|mij)\s+(vertelde|vertelt|verteld|toevertrouwde|heeft\s+verteld)\b|\b(told|tells)\s+me\b",
                      re.IGNORECASE)


def _told_to_me(text: str) -> bool:
    """Someone told or showed the writer ("vertelde me", "told me"): the writer is not the target."""
    return without_told_to_me(text) != text or bool(_TOLD_ME.search(text))


def an_opening_without_a_story(intent: Dict, message: Message, text: str) -> bool:
    """The first message of a conversation asks for help or opens, and nothing in it says what
    happened or to whom: whose story it is is asked first, with room to tell it. Later, after
    messages that told nothing yet ("is dit anoniem"), the same for a request for help ("ik wil iets
    vragen maar ik durf het bijna niet te typen" started the victim's triage for someone who went on
    to tell of their own behaviour, set V)."""
    if not text or text.startswith("/"):
        return False
    first = crisis_context.current_state() == crisis_context.FIRST
    later = crisis_context.current_state() == crisis_context.CALM and crisis_context.role_is_open() \
        and len(text.split()) <= MAX_LATER_OPENING_WORDS
    if not (first and intent.get("name") in OPENING_INTENTS or later and intent.get("name") in TOLD_AS_OWN):
        return False
    if float(intent.get("confidence") or 0.0) >= 1.0:
        return False
    if tells_a_story(message.get(ENTITIES)):
        return False
    # someone told the writer ("vraag over iets wat een medewerker me vertelde"): not the writer's own
    return not (stated_role(text) or _told_to_me(text) or writer_is_target(text) or _OTHER_IS_TARGET.search(text)
                or _IN_MY_CARE.search(text))


# A typed answer to the role question: short, and saying whose story it is.
_TYPED_CHOICE = [
    ("slachtoffer", re.compile(r"^\s*(om|over)?\s*(mij|mezelf|mijzelf|me|ik)(\s+zelf)?\s*[.!]*\s*$"
                               r"|^\s*(het\s+)?(gebeurde|overkwam)\s+(mij|me)\b|^\s*(about\s+)?(me|myself)\s*[.!]*\s*$"
                               r"|^\s*it\s+happened\s+to\s+me\b", re.IGNORECASE)),
    ("omstander", re.compile(r"^\s*(ik\s+)?(zag|heb\s+het\s+gezien|was\s+getuige)\b|^\s*i\s+(saw|witnessed)\b",
                             re.IGNORECASE)),
    ("naaste", re.compile(r"^\s*(om|over)\s+(iemand\s+anders|mijn|m'n|mn|een\s+vriend)|^\s*iemand\s+(anders|vertelde)"
                          r"|^\s*(about\s+)?(someone\s+else|my\s+\w+)\s*[.!]*\s*$|^\s*someone\s+told\s+me\b",
                          re.IGNORECASE)),
]
MAX_TYPED_WORDS = 6


def typed_choice(text: str) -> Optional[str]:
    if not text or len(text.split()) > MAX_TYPED_WORDS:
        return None
    return next((role for role, pattern in _TYPED_CHOICE if pattern.search(text)), None)


# DIET's guess of another role, or of a helper's doubt, gives way to the role the words state when
# DIET was less sure than this: "at his place he took the condom off and when I said stop he just
# pushed me down" was a helper's doubt (0.60), "i met a guy from grindr and it went wrong ... " then own
# behaviour, "this morning on the ferry i saw something" own behaviour (0.51): set X, English.
WORDS_WIN_BELOW = 0.65
HELPERS_INTENTS = frozenset({"helper_doubt"})


def words_over_an_unsure_guess(intent: Dict, ranking: List[Dict], stated: str) -> Optional[str]:
    """The intent for the stated role (DIET's best ranked, else the role's first) when DIET's own
    unsure guess belongs to another role; None when DIET agrees, was sure, or guessed no story."""
    name = intent.get("name")
    if float(intent.get("confidence") or 0.0) >= WORDS_WIN_BELOW:
        return None
    guessed = ROLE_OF_INTENT.get(name) or ("naaste" if name in HELPERS_INTENTS else None)
    if guessed is None or guessed == stated:
        return None
    best = next((r.get("name") for r in ranking if ROLE_OF_INTENT.get(r.get("name")) == stated), None)
    return best or FIRST_INTENT.get(stated)


def stated_role(text: str) -> Optional[str]:
    """The role the words state in so many words: the writer saw it, was told it by someone
    close, or it was done to the writer. Lets a conversation change role (conversation_role.py)."""
    if is_witness_account(text):
        return "omstander"
    # The writer's own deed before what was told: "mn vrouw zei ... dat ze eigenlijk niet wil ...
    # omdat ik blijf aandringen" is the one who did it, told by the one it was done to (set U).
    # is_own_behaviour_account is never true of something done to the writer.
    if is_own_behaviour_account(text):
        return "pleger"
    if is_naaste_account(text):
        return "naaste"
    if clearly_done_to_writer(text) or says_it_is_about_the_writer(text):
        return "slachtoffer"
    return None


_THIRD_PERSON = re.compile(r"\b(haar|hem|her|him|zij|she)\b", re.IGNORECASE)


def guess_order(best: Dict[str, str], text: str) -> List[tuple]:
    """The candidates in the order a guess takes them (actions/role_question.py guesses when the
    question was asked and not answered): DIET's order, but the writer's own story after the
    others when someone else is in it and nothing makes the writer the target ("her friends got
    her out in the end" got the victim's triage, set S)."""
    order = list(best.items())
    if _THIRD_PERSON.search(text) and not writer_is_target(text):
        order.sort(key=lambda item: item[0] == "slachtoffer")
    return order


def _entity(name: str, value: str, text: str) -> Dict:
    return {"entity": name, "value": value, "start": 0, "end": len(text), "extractor": "RoleDecision"}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RoleDecision(GraphComponent):
    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = message.get(INTENT) or {}
            ranking = message.get(INTENT_RANKING_KEY) or []
            entities = list(message.get(ENTITIES) or [])
            # (not for a witness of danger now: that conversation is the witness's, with its 112)
            in_words = stated_role(text)
            stated = in_words or (None if message.get(WITNESS_DANGER_KEY)
                                  else _close_one_worried_about(intent, text))
            if stated:
                entities.append(_entity(CUE_ENTITY, stated, text))
                message.set(ENTITIES, entities, add_to_output=True)
                # (only a role the grammar states: someone close named first still gets the role question)
                # (and only while no earlier message settled the role: then bot/nlu/conversation_role.py
                # decides whether the words change it; set T, a victim's "ik zag laatst dat hij nu ook de
                # huisarts van mn nichtje is" is no witness's story)
                said = (in_words and not crisis_context.settled_role()
                        and words_over_an_unsure_guess(intent, ranking, in_words))
                if said:
                    override_intent(message, said)
                    intent, ranking = message.get(INTENT) or {}, message.get(INTENT_RANKING_KEY) or []
            choice = typed_choice(text) if float(intent.get("confidence") or 0.0) < 1.0 else None
            other = None if choice else (told_of_others(intent, ranking, text)
                                         or plainly_the_writers_own(intent, ranking, text))
            unclear = not (choice or other) and is_unclear(intent, ranking, text)
            if choice:
                override_intent(message, CHOSEN_INTENT)
                message.set(ENTITIES, entities + [_entity(CHOICE_ENTITY, choice, text)], add_to_output=True)
            elif other:
                override_intent(message, other)
            elif unclear and message.get(WITNESS_DANGER_KEY) and not writer_is_target(text):
                # The crisis check read a witness to a danger now (bot/nlu/safety.py): the bystander
                # answer with its 112 comes at once, not the role question first (set N, a man's
                # hand on a girl's leg in the train two rows ahead).
                override_intent(message, WITNESS_INTENT)
            elif unclear or an_opening_without_a_story(intent, message, text):
                candidates = [_entity(CANDIDATE_ENTITY, f"{role}={name}", text)
                              for role, name in guess_order(best_intent_per_role(ranking), text)]
                override_intent(message, UNCLEAR_INTENT)
                message.set(ENTITIES, entities + candidates, add_to_output=True)
        return messages
