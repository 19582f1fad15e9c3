"""Advice for naasten (friends, family, partners, parents): how to respond when someone
confides in you, what to do now in their situation, and support for yourself.

Content in naasten.yaml. What to do now depends on what is known:
- acute: it happened at most 7 days ago (or the time is not known) and it was physical or the
  incident is not known -> the CSG, which naasten may call too;
- child: it is about a child -> stay calm, do not interrogate, zedenpolitie advice
  (anonymous), Veilig Thuis;
- professional: the writer heard it in their work -> Veilig Thuis for professionals, the
  zedenpolitie's anonymous consult, Slachtofferhulp's line for professionals;
  professional_school: and at a school -> the vertrouwensinspecteurs (school boards must
  consult them);
- at_home: at home or in a relationship (and not already said for a child) -> Veilig Thuis;
- online_images: images online or sextortion -> Helpwanted, do not forward or keep them;
  online_images_child: and it is about a child -> Meldpunt Kinderporno, never keep them;
- police: not about a child -> an informatief gesprek first is possible, nothing to decide;
- always: worried about suicide -> 113; danger now -> 112.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Tuple

from .. import vocabulary as vocab
from .content import load

ONLINE_INCIDENTS = frozenset(vocab.ONLINE_INCIDENTS)
PHYSICAL_INCIDENTS = frozenset(vocab.PHYSICAL_INCIDENTS)


@dataclass(frozen=True)
class Respond:
    title: str
    do_title: str
    do: Tuple[str, ...]
    dont_title: str
    dont: Tuple[str, ...]


@dataclass(frozen=True)
class WhatNow:
    title: str
    items: Tuple[Tuple[str, str], ...]  # (when, text)

    @property
    def whens(self) -> Tuple[str, ...]:
        return tuple(when for when, _ in self.items)


def respond(language: str = "nl") -> Respond:
    n = load().naasten
    return Respond(n.title.get(language), n.do_title.get(language), tuple(t.get(language) for t in n.do),
                   n.dont_title.get(language), tuple(t.get(language) for t in n.dont))


def applicable(incident: Any = None, days_since: Any = None, time_bucket: Any = None,
               setting: Any = None, about_child: bool = False, professional: bool = False) -> Tuple[str, ...]:
    """Which of the 'what to do now' items apply, by name (see the module notes)."""
    online = incident in ONLINE_INCIDENTS or setting == "online"
    physical_or_unknown = incident in PHYSICAL_INCIDENTS or incident in (None, "", "onbekend")
    applies = {
        "acute": physical_or_unknown and not online and _recent_or_unknown(days_since, time_bucket),
        "child": bool(about_child),
        "professional": bool(professional),
        "professional_school": bool(professional) and setting == "school",
        "at_home": setting == "thuis" and not about_child and not professional,
        "online_images": online,
        "online_images_child": online and bool(about_child),
        "police": not about_child and not online and not professional,
        "always": True,
    }
    return tuple(when for when, _ in load().naasten.now if applies[when])


def what_now(incident: Any = None, days_since: Any = None, time_bucket: Any = None, setting: Any = None,
             about_child: bool = False, professional: bool = False, language: str = "nl") -> WhatNow:
    n = load().naasten
    wanted = set(applicable(incident, days_since, time_bucket, setting, about_child, professional))
    return WhatNow(n.now_title.get(language),
                   tuple((when, text.get(language)) for when, text in n.now if when in wanted))


def own_support(language: str = "nl") -> Tuple[str, Tuple[str, ...]]:
    n = load().naasten
    return n.own_title.get(language), tuple(t.get(language) for t in n.own)


def _recent_or_unknown(days_since: Any, time_bucket: Any) -> bool:
    """At most 7 days ago, or not known: the CSG line is worth mentioning then."""
    try:
        if days_since is not None and not isinstance(days_since, bool):
            return float(days_since) <= vocab.ACUTE_DAYS
    except (TypeError, ValueError):
        pass
    return time_bucket != "langer_geleden"
