"""Compile the small phrase notation of the entity rules (`situation_patterns`) into spaCy
Matcher patterns.

Kept apart from the Rasa component so it can be tested with plain spaCy.
"""
from __future__ import annotations


def compile_phrase(phrase: str, lemmatize) -> list[dict]:
    """Turn one phrase into a spaCy token pattern.

    `lemmatize(word) -> str` maps a word to its lemma with the same pipeline that
    processes the messages, so pattern and text are normalised the same way.
    """
    pattern: list[dict] = []
    for raw in phrase.split():
        if raw == "_":
            pattern.append({"OP": "?"})
            continue
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        by_lemma = word.startswith("~")
        alternatives = [w for w in word.lstrip("~").split("/") if w]
        if by_lemma:
            token = {"LEMMA": {"IN": sorted({lemmatize(w) for w in alternatives})}}
        else:
            token = {"LOWER": {"IN": sorted({w.lower() for w in alternatives})}}
        if optional:
            token["OP"] = "?"
        pattern.append(token)
    return pattern

