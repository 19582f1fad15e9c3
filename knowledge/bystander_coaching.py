"""What a bystander (omstander) can do: the 5D method, and the 2-3 Ds that fit the situation
they describe, in order, with concrete words. Knows nothing of Rasa.

    from knowledge import bystander_coaching as coaching

    coaching.coach(setting="uitgaan", incident="drogering", language="nl")
    # -> Coaching(steps=[delegeren: "Ga meteen naar de portier ...", afleiden: ..., ...])
    coaching.explain("documenteren", "en")
    coaching.overview("nl")

How a situation is chosen (content in knowledge/coaching/situations.yaml). This module reads
no text: the chatbot's NLU (bot/nlu/) gives the entity values.
- setting: the NLU's `setting` when there is one; otherwise its `scene` (where a bystander is,
  wider than a reporting point: the neighbours are "thuis"); otherwise the slot from earlier in
  the conversation; otherwise unknown ("algemeen").
- kind: fysiek (touching, assault, someone led away), verbaal (remarks, following) or online.
  From the incident; online for the setting online; otherwise the NLU's `harm_kind`.
- moment: "achteraf" when it is over (days_since >= 1, time_bucket langer_geleden, or the NLU's
  `moment` "achteraf": "gisteren", "was al voorbij"); otherwise "nu".
- profile: the first of (setting and kind), (setting, any kind), (algemeen and kind),
  (algemeen, any kind). "nu" gives the profile's 2-3 Ds for the moment itself, "achteraf" its
  steps for afterwards plus the Ds for a next time.
A drunk person being led away at a party (uitgaan, fysiek: bouncer first) and a remark at the
coffee machine (werk, verbaal: distract, check in, speak up briefly) get different Ds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Tuple

from .coaching.content import (
    ANY_KIND,
    D_METHODS,
    GENERAL,
    SETTINGS,
    Content,
    Profile,
    kb_setting,
    load,
)

NOW = "nu"
AFTERWARDS = "achteraf"


@dataclass(frozen=True)
class Explanation:
    d: str
    name: str
    what: str
    example: str
    caveat: str
    short: str = ""


@dataclass(frozen=True)
class CoachStep:
    d: str
    name: str
    text: str


@dataclass(frozen=True)
class Coaching:
    profile: str  # the profile id in situations.yaml
    setting: Optional[str]  # resolved setting (entity values, incl. ov and uitgaan), None if unknown
    kind: Optional[str]  # fysiek | verbaal | online | None
    moment: str  # nu | achteraf
    safety: str
    where: Optional[str]  # "in de tram, bus, metro of trein"
    steps: Tuple[CoachStep, ...]  # the Ds that fit, best first
    next_time: Tuple[str, ...]  # achteraf only: names of the Ds for a next time
    notes: Tuple[str, ...]  # lines that always come with this kind of situation
    asked: Optional[Explanation]  # the D the person asked about, with its caveat
    reassurance: Optional[str] = None  # the note for afterwards ("Deed je toen niets?"), one of notes

    @property
    def ds(self) -> Tuple[str, ...]:
        return tuple(step.d for step in self.steps)


def content() -> Content:
    return load()


def language_of(value: Any) -> str:
    return "en" if value == "en" else "nl"


# --- the 5Ds -----------------------------------------------------------------------------------

def explain(d: str, language: str = "nl") -> Explanation:
    method = content().method(d)
    lang = language_of(language)
    return Explanation(d, method.name.get(lang), method.what.get(lang), method.example.get(lang),
                       method.caveat.get(lang), method.short.get(lang))


def overview(language: str = "nl") -> Tuple[str, str, Tuple[Explanation, ...]]:
    """(intro, safety line, the five Ds in order)."""
    lang = language_of(language)
    c = content()
    return c.intro.get(lang), c.safety.get(lang), tuple(explain(d, lang) for d in D_METHODS)


def safety(language: str = "nl") -> str:
    return content().safety.get(language_of(language))


def d_name(d: str, language: str = "nl") -> str:
    return content().method(d).name.get(language_of(language))


def valid_d(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value in D_METHODS else None


# --- the situation -----------------------------------------------------------------------------

def resolve_setting(entity: Any = None, scene: Any = None, remembered: Any = None) -> Optional[str]:
    """The setting of this message: the scene (where the bystander is), else the setting
    entity, else what was known. The setting entity picks a reporting point and reads more
    words as a place: "onze stagiaire" at the office made it school, and a witness at work got
    the coaching for school (tuned blind sets M and O)."""
    for value in (scene, entity, remembered):
        if isinstance(value, str) and value in SETTINGS:
            return value
    return None


def resolve_kind(incident: Any = None, setting: Optional[str] = None, harm_kind: Any = None) -> Optional[str]:
    kinds = content().kinds
    if isinstance(incident, str):
        for kind in kinds.values():
            if incident in kind.incidents:
                return kind.id
    if setting == "online":
        return "online"
    return harm_kind if isinstance(harm_kind, str) and harm_kind in kinds else None


def resolve_moment(days_since: Any = None, time_bucket: Any = None, moment: Any = None) -> str:
    days = _number(days_since)
    if days is not None:
        return AFTERWARDS if days >= 1 else NOW
    if time_bucket == "langer_geleden":
        return AFTERWARDS
    return AFTERWARDS if moment == AFTERWARDS else NOW


def where(setting: Optional[str], language: str = "nl") -> Optional[str]:
    info = content().settings.get(setting) if setting else None
    return info.where.get(language_of(language)) if info else None


def profile_for(setting: Optional[str], kind: Optional[str]) -> Profile:
    profiles = content().profiles
    wanted = [(setting, kind), (setting, ANY_KIND), (GENERAL, kind), (GENERAL, ANY_KIND)]
    for want_setting, want_kind in wanted:
        if want_setting is None or want_kind is None:
            continue
        for profile in profiles:
            if want_setting in profile.settings and want_kind in profile.kinds:
                return profile
    raise LookupError("no general coaching profile")  # content.load() makes sure there is one


# --- coaching ----------------------------------------------------------------------------------

def coach(
    setting: Any = None,
    incident: Any = None,
    *,
    scene: Any = None,
    harm_kind: Any = None,
    moment: Any = None,
    days_since: Any = None,
    time_bucket: Any = None,
    d_method: Any = None,
    remembered_setting: Any = None,
    language: str = "nl",
) -> Coaching:
    """The Ds that fit what the bystander describes, best first, in their language."""
    lang = language_of(language)
    resolved = resolve_setting(setting, scene, remembered_setting)
    kind = resolve_kind(incident, resolved, harm_kind)
    moment = resolve_moment(days_since, time_bucket, moment)
    profile = profile_for(resolved, kind)
    steps = profile.afterwards if moment == AFTERWARDS else profile.now
    c = content()
    notes = []
    if moment == AFTERWARDS:
        notes.append(c.notes["afterwards"].get(lang))
    if kind == "online":
        notes.append(c.notes["online"].get(lang))
    asked = valid_d(d_method)
    return Coaching(
        profile=profile.id,
        setting=resolved,
        kind=kind,
        moment=moment,
        safety=c.safety.get(lang),
        where=where(resolved, lang),
        steps=tuple(CoachStep(s.d, d_name(s.d, lang), s.text.get(lang)) for s in steps),
        next_time=tuple(d_name(s.d, lang) for s in profile.now) if moment == AFTERWARDS else (),
        notes=tuple(notes),
        asked=explain(asked, lang) if asked else None,
        reassurance=c.notes["afterwards"].get(lang) if moment == AFTERWARDS else None,
    )


# --- helpers -----------------------------------------------------------------------------------

def _number(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


__all__ = [
    "AFTERWARDS", "NOW", "CoachStep", "Coaching", "Explanation", "coach", "d_name", "explain",
    "kb_setting", "overview", "profile_for", "resolve_kind", "resolve_moment",
    "resolve_setting", "safety", "valid_d", "where",
]
