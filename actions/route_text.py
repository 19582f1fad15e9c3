"""The words of a referral: a sentence for the person first, then per organisation its name,
one line why and one way to reach them now. What happens there and the other ways to reach
them come only when asked ("Meer over ...": `more_about_text`). At most 120 words.

The same content as the cards (actions/cards.py), so clients that show only text get the
whole answer. Dutch organisation facts stay Dutch; the frame around them follows the
person's language.
"""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional, Sequence

from actions.cards import availability, main_channel, reasons_in, summary, ui
from bot.reply_length import word_count

MAX_WORDS = 120

_CHANNEL_WORDS = {
    "nl": {"phone": "bel", "chat": "chat", "whatsapp": "WhatsApp", "email": "mail",
           "webform": "formulier", "walkin": "langsgaan", "website": "website", "app": "app"},
    "en": {"phone": "call", "chat": "chat", "whatsapp": "WhatsApp", "email": "e-mail",
           "webform": "form", "walkin": "walk in", "website": "website", "app": "app"},
}
_FRAME = {
    "nl": {"intro": "Hier kun je terecht:", "more": "Nog meer plekken waar je terecht kunt:",
           "none": "Meer organisaties ken ik niet voor jouw situatie. De landelijke lijnen "
                   "hierboven helpen je altijd verder.",
           "safety": "Ben je nu in gevaar? Bel 112.",
           "simple_intro": "Hier kun je hulp krijgen:",
           "same": ["Dit blijven de plekken die het beste bij je passen: {names}. Wil je meer weten, "
                    "of andere plekken? Kies hieronder.",
                    "Hierboven staan de plekken die passen: {names}. Kies \"Meer opties\" voor andere "
                    "plekken, of stel je vraag."]},
    "en": {"intro": "This is where you can go (their information is in Dutch):",
           "more": "More places that can help:",
           "none": "I do not know more organisations for your situation. The national lines "
                   "above can always help you further.",
           "safety": "In danger right now? Call 112.",
           "simple_intro": "You can get help here:",
           "same": ["These remain the places that fit you best: {names}. Want to know more, or other "
                    "places? Choose below.",
                    "The places that fit are above: {names}. Choose \"More options\" for other places, "
                    "or ask your question."]},
}


def frame(language: Optional[str]) -> dict:
    return _FRAME.get(language or "nl", _FRAME["nl"])


def referral_text(recommendations: Sequence, language: Optional[str] = "nl",
                  now: Optional[datetime] = None, more: bool = False, opener: str = "",
                  intro: Optional[str] = None, simple: bool = False) -> str:
    """The short referral. A line why is dropped (last organisation first) when the whole
    would pass MAX_WORDS; name and number always stay. `simple` (under 16, or reading is
    hard): no line why at all, only who and how to reach them, in short lines."""
    words = frame(language)
    if simple:
        intro = intro or words["simple_intro"]
    entries = [(rec.name, "" if simple else summary(reasons_in(rec, language)), reach_now(rec.channels, language, now))
               for rec in recommendations]
    for drop in range(len(entries) + 1):
        lines = _lines(entries, drop, intro or (words["more"] if more else words["intro"]), words, opener)
        if word_count("\n".join(lines)) <= MAX_WORDS:
            break
    # No blank lines: Rasa splits a text at blank lines into separate messages.
    return "\n".join(lines)


def _lines(entries, drop: int, intro: str, words: dict, opener: str) -> List[str]:
    lines = [opener] if opener else []
    lines.append(intro)
    keep_why = len(entries) - drop
    for number, (name, why, reach) in enumerate(entries, start=1):
        line = f"{number}. {name}"
        if why and number <= keep_why:
            line += f": {why}" + (f" {reach[:1].upper()}{reach[1:]}." if reach else "")
        elif reach:
            line += f": {reach}"
        lines.append(line)
    lines.append(words["safety"])
    return lines


def reminder_texts(recommendations: Sequence, language: Optional[str] = "nl",
                   now: Optional[datetime] = None) -> List[str]:
    """Short ways to point at a referral that was already given, instead of repeating it."""
    joiner = " and " if language == "en" else " en "
    names = joiner.join(f"{rec.name} ({reach_now(rec.channels, language, now)})" for rec in recommendations)
    return [template.format(names=names) for template in frame(language)["same"]]


def reach_now(channels: Sequence, language: Optional[str] = "nl", now: Optional[datetime] = None) -> str:
    """The one main way to reach them now, with its badge: "bel 0800-0188 (dag en nacht)"."""
    channels = list(channels)
    if not channels:
        return ""
    return _channel_text(channels[main_channel(channels)], language, now)


def more_about_text(rec, language: Optional[str] = "nl", now: Optional[datetime] = None,
                    with_description: bool = False) -> str:
    """What happens there and the other ways to reach them ("Meer over ..."); with who they are
    for and what they do first when the person asked about them by name."""
    words = ui(language)
    described = [rec.description.strip()] if with_description and rec.description else []
    expect = [f"{words['expect']} {rec.what_to_expect.strip()}"] if rec.what_to_expect else []
    ways = ([f"{words['other']}: " + "; ".join(_channel_text(c, language, now) for c in rec.channels) + "."]
            if rec.channels else [])
    text = "\n".join([rec.name, *described, *expect, *ways])
    if described and word_count(text) > MAX_WORDS:
        text = "\n".join([rec.name, *described, *ways])  # who they are for comes before what happens there
    return text


def _channel_text(channel, language: Optional[str], now: Optional[datetime]) -> str:
    verbs = _CHANNEL_WORDS.get(language or "nl", _CHANNEL_WORDS["nl"])
    part = f"{verbs.get(channel.kind, channel.kind)} {channel.value}"
    badge = availability(channel, now, language)
    if badge:
        part += f" ({badge})"
    return part
