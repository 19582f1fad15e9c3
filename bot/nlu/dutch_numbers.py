"""Numbers as people type them: digits ("3", "3-4") or words ("drie", "eenentwintig", "three").

Used by the time and age extractors. Only small numbers are needed (days, weeks, ages), so
the word list stops at 99; anything else is `None`.
"""
from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

_UNITS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}
_TEENS = {
    "nul": 0, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}
_ENGLISH = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}


def _word_table() -> Dict[str, int]:
    table: Dict[str, int] = {**_UNITS, **_TEENS, **_TENS, **_ENGLISH}
    # Dutch writes 21 as "eenentwintig" and 22 as "tweeëntwintig" (also without the trema).
    for unit_word, unit in _UNITS.items():
        for tens_word, tens in _TENS.items():
            for joiner in ("en", "ën"):
                table[f"{unit_word}{joiner}{tens_word}"] = tens + unit
    return table


NUMBER_WORDS: Dict[str, int] = _word_table()
_DIGITS = re.compile(r"^(\d{1,3})(?:\s*-\s*(\d{1,3}))?$")

# For spaCy Matcher patterns: one token that is a number (or a range like "3-4").
NUMBER_TOKEN_REGEX = (
    r"^(?:\d{1,3}(?:-\d{1,3})?|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")$"
)


def parse_range(word: str) -> Optional[Tuple[int, int]]:
    """(low, high) for "3", "drie", "3-4"; None when the word is not a number we know."""
    word = (word or "").strip().lower()
    match = _DIGITS.match(word)
    if match:
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) else low
        return (min(low, high), max(low, high))
    if word in NUMBER_WORDS:
        value = NUMBER_WORDS[word]
        return (value, value)
    return None


def parse_number(word: str) -> Optional[int]:
    """The number a single word stands for, or None (ranges like "3-4" are not one number)."""
    found = parse_range(word)
    if found is None or found[0] != found[1]:
        return None
    return found[0]
