"""Turn knowledge-base recommendations into the `custom` card payload of the chat page.

Only presentation: which organisation, why, and how to reach it now. The payload is plain
JSON; the page renders it with textContent, never as HTML.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, Iterable, Optional

CARD_PAYLOAD_TYPE = "organisaties"
_WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


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


def availability(channel: Any, now: Optional[datetime] = None) -> Optional[str]:
    """B1 badge text: 'dag en nacht', 'nu open', 'opent vandaag om 11:00', or None (unknown)."""
    if getattr(channel, "always_open", False):
        return "dag en nacht"
    open_now = getattr(channel, "open_now", None)
    if open_now is True:
        return "nu open"
    opens_next = getattr(channel, "opens_next", None)
    if open_now is False and opens_next is not None:
        if now is not None and opens_next.date() == now.date():
            day = "vandaag"
        else:
            day = _WEEKDAYS_NL[opens_next.weekday()]
        return f"opent {day} om {opens_next:%H:%M}"
    if open_now is False:
        return "nu gesloten"
    return None


def card(recommendation: Any, now: Optional[datetime] = None) -> Dict[str, Any]:
    return {
        "slug": recommendation.slug,
        "name": recommendation.name,
        "why": list(recommendation.reasons),
        "what_to_expect": (getattr(recommendation, "what_to_expect", "") or "").strip(),
        "channels": [
            {
                "kind": channel.kind,
                "value": channel.value,
                "label": channel.label,
                "note": channel.note,
                "href": href(channel.kind, channel.value),
                "open_now": channel.open_now,
                "availability": availability(channel, now),
            }
            for channel in recommendation.channels
        ],
    }


def cards_payload(recommendations: Iterable[Any], now: Optional[datetime] = None) -> Dict[str, Any]:
    return {"type": CARD_PAYLOAD_TYPE, "organisations": [card(r, now) for r in recommendations]}
