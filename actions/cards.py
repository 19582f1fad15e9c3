"""Turn knowledge-base recommendations into the `custom` card payload of the chat page.

Only presentation: which organisation, why, and how to reach it now. A card shows one line
why and one main way to reach them now (`main`); the rest sits behind "Meer over ..."
(`more_label`, a <details> on the page). Badges and labels follow the conversation's
language. The payload is plain JSON; the page renders it with textContent, never as HTML.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, Iterable, Optional, Sequence

from knowledge import reasons_en

CARD_PAYLOAD_TYPE = "organisaties"
_WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
# The card's own words, per language (the organisations' texts come from the knowledge base).
UI = {
    "nl": {"always": "dag en nacht", "open": "nu open", "closed": "nu gesloten", "today": "vandaag",
           "opens": "opent {day} om {time}", "more": "Meer over {name}", "expect": "Wat gebeurt er?",
           "other": "Alle manieren om ze te bereiken",
           "verbs": {"phone": "Bel", "chat": "Chat via", "whatsapp": "WhatsApp", "email": "Mail",
                     "webform": "Formulier:", "walkin": "Ga langs:", "website": "Kijk op", "app": "App:"}},
    "en": {"always": "day and night", "open": "open now", "closed": "closed now", "today": "today",
           "opens": "opens {day} at {time}", "more": "More about {name}", "expect": "What happens there?",
           "other": "All ways to reach them",
           "verbs": {"phone": "Call", "chat": "Chat at", "whatsapp": "WhatsApp", "email": "E-mail",
                     "webform": "Form:", "walkin": "Walk in:", "website": "See", "app": "App:"}},
}
SUMMARY_WORDS = 22  # the one line why on a card and in the text


def ui(language: Optional[str]) -> Dict[str, Any]:
    return UI.get(language or "nl", UI["nl"])


def phone_href(value: str) -> str:
    """tel: link: Dutch digits ("tel:09001113111") or E.164 for an international form
    ("+31 (0)30 670 60 01" -> "tel:+31306706001": the "(0)" is not dialled from abroad)."""
    text = value.strip().replace("(0)", "")
    digits = re.sub(r"\D", "", text)
    return "tel:" + ("+" + digits if text.startswith("+") else digits)


def href(kind: str, value: str) -> Optional[str]:
    if kind == "phone":
        return phone_href(value)
    if kind == "email":
        return "mailto:" + value
    if value.startswith("https://") or value.startswith("http://"):
        return value
    return None


def availability(channel: Any, now: Optional[datetime] = None, language: Optional[str] = "nl") -> Optional[str]:
    """B1 badge text: 'dag en nacht', 'nu open', 'opent vandaag om 11:00', or None (unknown)."""
    words = ui(language)
    if getattr(channel, "always_open", False):
        return words["always"]
    open_now = getattr(channel, "open_now", None)
    if open_now is True:
        return words["open"]
    opens_next = getattr(channel, "opens_next", None)
    if open_now is False and opens_next is not None:
        if now is not None and opens_next.date() == now.date():
            day = words["today"]
        else:
            day = _WEEKDAYS.get(language or "nl", _WEEKDAYS["nl"])[opens_next.weekday()]
        return words["opens"].format(day=day, time=f"{opens_next:%H:%M}")
    if open_now is False:
        return words["closed"]
    return None


def main_channel(channels: Sequence[Any]) -> int:
    """Index of the one way to reach them now: the first channel open now (or day and night),
    else the first phone, else the first. The knowledge base already put the lead first."""
    for index, channel in enumerate(channels):
        if getattr(channel, "always_open", False) or getattr(channel, "open_now", None) is True:
            return index
    return next((i for i, c in enumerate(channels) if c.kind == "phone"), 0)


def summary(reasons: Sequence[str], limit: int = SUMMARY_WORDS) -> str:
    """One line why: the first reason's sentences while they fit in `limit` words (at least one)."""
    if not reasons:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", reasons[0].strip())
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if len(" ".join(kept + [sentence]).split()) > limit:
            break
        kept.append(sentence)
    return " ".join(kept)


def reasons_in(recommendation: Any, language: Optional[str]) -> list:
    """The reasons in the conversation's language; English ones that are missing are left out."""
    if language == "en":  # only then: a Dutch conversation never pays for the translation
        return [english for english in map(reasons_en.english, recommendation.reasons) if english]
    return list(recommendation.reasons)


def short_name(name: str) -> str:
    """ "Centrum Seksueel Geweld (CSG)" -> "CSG": what people call it, for short labels."""
    match = re.search(r"\(([^()]{2,12})\)\s*$", name)
    return match.group(1) if match else name


def card(recommendation: Any, now: Optional[datetime] = None, language: Optional[str] = "nl") -> Dict[str, Any]:
    channels = list(recommendation.channels)
    why = reasons_in(recommendation, language)
    return {
        "slug": recommendation.slug,
        "name": recommendation.name,
        "summary": summary(why),
        "why": why,
        "what_to_expect": (getattr(recommendation, "what_to_expect", "") or "").strip(),
        "main": main_channel(channels) if channels else None,
        "more_label": ui(language)["more"].format(name=short_name(recommendation.name)),
        "channels": [
            {
                "kind": channel.kind,
                "value": channel.value,
                "label": channel.label,
                "note": channel.note,
                "href": href(channel.kind, channel.value),
                "open_now": channel.open_now,
                "availability": availability(channel, now, language),
            }
            for channel in channels
        ],
    }


def cards_payload(recommendations: Iterable[Any], now: Optional[datetime] = None,
                  language: Optional[str] = "nl") -> Dict[str, Any]:
    words = ui(language)
    return {"type": CARD_PAYLOAD_TYPE, "language": language if language in UI else "nl",
            "labels": {"expect": words["expect"], "other": words["other"], "verbs": words["verbs"]},
            "organisations": [card(r, now, language) for r in recommendations]}
