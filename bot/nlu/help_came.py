"""After a danger answer: the person says help is on its way, or the one who did it is gone.

"ok gebeld ze komen eraan", "he went downstairs. my friend is coming over now", "mijn vriendin
is gekomen en haar moeder komt ons halen". Every alarm after a crisis turn stays an alarm
(bot/nlu/crisis_context.py: an escalation must never be missed), so such a message got
"Bel 112 nu, als dat nog niet is gebeurd" once more: on the tuned blind sets F-V, 24 turns
after a danger turn, and one conversation of set W heard the alarm four times. The person did
what we asked; repeating it does not hear them, and their question ("moeten we nog iets
doen?", "what do I do tonight") went unanswered.

Such a message gets `safer_now`: its answer still says 112 first ("Wordt het weer onveilig? Bel
meteen opnieuw 112"), then what can come next. Only after a crisis turn (the crisis check
decides that, bot/nlu/safety.py), and never when the same message tells of new harm ("hij
bonkt weer op de deur", "he is back").
"""
from __future__ import annotations

import re

# Help called or on its way, or here; the writer with others or picked up; the one who did it gone.
_HELP_CAME = re.compile(
    r"\b(ik\s+heb|heb|we\s+hebben|hebben)\s+(\w+\s+){0,3}gebeld\b|\b(112|politie|alarmnummer)\s+(is\s+)?gebeld\b"
    r"|^\s*(ok[eé]?\s+|oké\s+)?gebeld\b"
    r"|\b(ze|politie|de\s+politie|hulp|ambulance|security|beveiliging|iemand)\s+(komt|komen|is|zijn)\s+"
    r"(er\s*aan|eraan|onderweg|er\s+nu|nu\s+hier|hier)\b"
    r"|\b(security|beveiliging|politie|de\s+politie|agenten)\s+(staat|staan)\s+(nu\s+)?(bij|hier|er)\b"
    r"|\bkomt\s+(me|mij|ons)\s+(halen|ophalen)\b|\b(is|zijn)\s+(net\s+)?gekomen\b"
    r"|\b(hij|ze|zij)\s+(is|zijn)\s+(nu\s+|al\s+|weer\s+)?(weg|weggereden|weggegaan|weggelopen|vertrokken|"
    r"naar\s+beneden|eruit\s+gerend)\b|\bzijn\s+weg\s+denk\s+ik\b|\beruit\s+gerend\b"
    r"|\bik\s+ben\s+(\w+\s+){0,2}(weggereden|weggelopen|weggerend|ontsnapt)\b"
    r"|\b(zit|zitten|staan|zijn|ben)\s+nu\s+(bij\s+(ons|mij|me|de|het|iemand)|binnen|buiten\s+bij)\b"
    r"|\bi\s+(have\s+)?called\b|\b(they|police|the\s+police|help|security|someone|an\s+ambulance)\s+"
    r"(are|is|'re|re)\s+(coming|here|on\s+(their|its|the)\s+way)\b|\b(they|theyre|they're)\s+coming\b"
    r"|\bpick\s+(me|us)\s+up\b|\bcoming\s+over\b|\b(he|she|they)\s+(went|left|ran|drove)\b"
    r"|\b(he|she)\s*(is|'s|s)\s+gone\b|\bhes\s+gone\b|\b(we're|were|we\s+are|i'm|im|i\s+am)\s+(now\s+)?inside\b"
    r"|\b(is|are)\s+with\s+(me|us)\s+now\b|\bwith\s+us\s+now\b",
    re.IGNORECASE,
)
# New harm in the same message: then it is an escalation, and the alarm stays.
_NEW_HARM = re.compile(
    r"\b(weer\s+terug|komt\s+terug|is\s+terug|staat\s+weer|bonkt|bonken|rammelt|trapt|slaat|sleurt|grijpt|"
    r"houdt\s+me|pakt\s+me|volgt\s+me|achter\s+me\s+aan|maar\s+(hij|ze)\s+(is|staat|zit)\s+(er\s+)?nog|"
    r"nog\s+steeds\s+(hier|daar|buiten|voor)|niet\s+weg|"
    r"(he|she)\s*(is|'s|s)\s+back|coming\s+back|came\s+back|still\s+(here|there|outside)|banging|"
    r"hitting|grabb\w*|following\s+me|after\s+me|chasing|won'?t\s+leave|not\s+gone)\b",
    re.IGNORECASE,
)


def says_help_came(text: str) -> bool:
    """Help is on its way or here, or the danger left, and nothing new harms."""
    return bool(_HELP_CAME.search(text or "")) and not _NEW_HARM.search(text or "")
