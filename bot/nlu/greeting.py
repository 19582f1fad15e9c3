"""A message that is only a greeting, in the many ways people type one.

"heyy", "yo", "goeiemorgen", "hoiii 👋", "good morning!": DIET learnt a few greetings word for
word and fell back on the others, so the first thing a person typed got "Sorry, dat begrijp ik
niet goed" (set V: 4 of its 26 "not understood" turns). Letters typed more than once are one
letter here, and the spellings of the parts of the day vary ("goeie", "goede", "goedemiddag").
Only the whole message: "hoi, mijn trainer ..." is a story with a greeting in front.
"""
from __future__ import annotations

import re

_GREETING = re.compile(
    r"^(he+y*|he+j|ha+i+|ho+i+|ha+l+o+(tjes)?|hel+o+|h+i+|y+o+|yo+w|moi|moin|salaa?m|sala+m\s+aleikum|"
    r"(goe(d|i)e?n?|gooi?e?)\s*(morgen|middag|avond|dag|na?cht)|good\s+(morning|afternoon|evening|day)|"
    r"(hey|hi|hoi|hallo)\s+(daar|there|allemaal|all|wegwijzer)|hoi\s+hoi|hey\s+hey|"
    r"(hallo|hoi|hey|hi|hello)\s+(is\s+)?(er|daar|hier|there)?\s*(iemand|anyone|someone)(\s+(daar|there|hier))?)$",
    re.IGNORECASE,
)
# Punctuation, emoji and other signs around the words
_NOT_WORDS = re.compile(r"[^\w\s]+", re.UNICODE)


def is_greeting(text: str) -> bool:
    words = " ".join(_NOT_WORDS.sub(" ", text or "").split())
    return bool(words) and len(words) <= 40 and bool(_GREETING.match(words))
