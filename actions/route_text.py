"""The readable text version of a referral: who, why, how to reach them now, what happens.

The same content as the cards (actions/cards.py), for clients that show only text. Dutch
organisation facts stay Dutch; the frame around them follows the person's language.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, List, Optional

from actions.cards import availability

_CHANNEL_WORDS = {
    "nl": {"phone": "bel", "chat": "chat", "whatsapp": "WhatsApp", "email": "mail",
           "webform": "formulier", "walkin": "langsgaan", "website": "website", "app": "app"},
    "en": {"phone": "call", "chat": "chat", "whatsapp": "WhatsApp", "email": "e-mail",
           "webform": "form", "walkin": "walk in", "website": "website", "app": "app"},
}
_FRAME = {
    "nl": {"intro": "Hier kun je terecht:", "more": "Nog meer plekken waar je terecht kunt:",
           "why": "Waarom", "reach": "Zo bereik je ze", "expect": "Wat gebeurt er",
           "none": "Meer organisaties ken ik niet voor jouw situatie. De landelijke lijnen "
                   "hierboven helpen je altijd verder.",
           "safety": "Ben je nu in gevaar? Bel 112."},
    "en": {"intro": "This is where you can go (the organisations' information is in Dutch):",
           "more": "More places that can help:",
           "why": "Why", "reach": "How to reach them", "expect": "What happens",
           "none": "I do not know more organisations for your situation. The national lines "
                   "above can always help you further.",
           "safety": "In danger right now? Call 112."},
}


def frame(language: Optional[str]) -> dict:
    return _FRAME.get(language or "nl", _FRAME["nl"])


def referral_text(recommendations: Iterable, language: Optional[str] = "nl",
                  now: Optional[datetime] = None, more: bool = False) -> str:
    words = frame(language)
    lines: List[str] = [words["more"] if more else words["intro"]]
    # No blank lines: Rasa splits a text at blank lines into separate messages.
    for number, rec in enumerate(recommendations, start=1):
        lines.append(f"{number}. {rec.name}")
        if rec.reasons:
            lines.append(f"{words['why']}: {' '.join(rec.reasons)}")
        reach = channel_summary(rec.channels, language, now)
        if reach:
            lines.append(f"{words['reach']}: {reach}")
        if rec.what_to_expect:
            lines.append(f"{words['expect']}: {rec.what_to_expect.strip()}")
    lines.append(words["safety"])
    return "\n".join(lines)


def channel_summary(channels: Iterable, language: Optional[str] = "nl",
                    now: Optional[datetime] = None) -> str:
    verbs = _CHANNEL_WORDS.get(language or "nl", _CHANNEL_WORDS["nl"])
    parts = []
    for channel in channels:
        part = f"{verbs.get(channel.kind, channel.kind)} {channel.value}"
        badge = availability(channel, now)
        if badge:
            part += f" ({badge})"
        parts.append(part)
    return "; ".join(parts)
