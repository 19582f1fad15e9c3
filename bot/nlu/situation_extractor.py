"""Rasa NLU component: what happened, where, what the person wants, which D a bystander
chooses, and whether they talk about a child.

Entities (values as in docs/conversation-design.md): `incident`, `setting`, `wish`,
`d_method`, `about_child` ("ja"), `church` (which church) and `municipality` (a place with a
local street-harassment point), `simple_language` ("ja": reading is hard, easy words please).
The phrases, the cues that only count together and the masks (a longer phrase explains a
shorter one inside it) live in `situation_patterns`; this
module applies them with spaCy Matchers and adds three cheap rules:

- negation: a match is dropped when "niet", "geen", "nooit", "niks", "not", "never" ...
  comes up to two words before it (or inside it) in the same clause: "ik ben niet
  verkracht, maar hij heeft wel aan me gezeten" is `aanranding` only; "ik wil geen aangifte
  doen" is no wish for `aangifte`. "niet alleen" is no negation, and "ik weet niet of ..." starts a new clause,
  so doubt does not remove what the person tells.
- self-description: "ik ben een meisje van 15" and "toen ik een kind was" describe the writer,
  so they do not make `about_child`; the writer's age is the AgeExtractor's job.
- every value is given once, at its first mention.

When several settings (or incidents) match, all are given. The triage should act on the
preferred one: `SETTING_PREFERENCE` / `INCIDENT_PREFERENCE` in `situation_patterns` (the
most specific setting, the one with its own reporting point, first; physical incidents
first). Because Rasa fills a text slot with the *last* entity value of a type
(`action_extract_slots`), entities of one type are ordered with the preferred value last;
`preferred(entity_type, values)` gives it directly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot.nlu import situation_patterns as patterns
from bot.nlu.dutch_numbers import parse_number
from bot.nlu.entity_rules import Found, RuleMatcher, make_entity, span_chars
from bot.nlu.extractor_component import RuleEntityExtractor

ENTITY_TYPES = ("incident", "setting", "wish", "d_method", "about_child", "church", "municipality",
                "simple_language", "d_hint", "scene", "harm_kind", "moment", "professional")
_PREFERENCE = {
    "setting": patterns.SETTING_PREFERENCE,
    "incident": patterns.INCIDENT_PREFERENCE,
}

NEGATIONS = frozenset(
    "niet geen nooit niks niets not never n't don't dont didn't didnt wasn't wasnt isn't "
    "isnt haven't havent".split()
)
# A negation does not reach past these: "ik weet niet of ik verkracht ben" keeps the rape.
_CLAUSE_BREAKS = frozenset(
    "maar en of want omdat dat toen terwijl die wie als doordat but and or because that "
    "when while".split()
)
_NOT_A_NEGATION_AFTER = frozenset({"alleen", "only", "eens"})
_NEGATION_WINDOW = 2
# "ik ben een meisje van 15", "toen ik een kind was", "als kind": the writer, not a child.
_SELF_MARKERS = frozenset("ben was werd i'm im am als toen as when".split())
ADULT_AGE = 18


def _labels_with_negation_in_pattern() -> frozenset:
    """Labels whose own phrases contain a negation word ("weet niet wat er gebeurd is"):
    such a word inside their match is part of the phrase, not a negation of it."""
    labels = set()
    for label, phrases in patterns.all_rules().items():
        for phrase in phrases:
            words = {alt for raw in phrase.split() for alt in raw.rstrip("?").split("/")}
            if words & NEGATIONS:
                labels.add(label)
    return frozenset(labels)


_NEGATION_IN_PATTERN = _labels_with_negation_in_pattern()
_MASKED_BY: Dict[str, List[str]] = {}  # label -> the labels whose longer match explains it
for _longer, _explained in patterns.MASKS.items():
    for _label in _explained:
        _MASKED_BY.setdefault(_label, []).append(_longer)


@dataclass(frozen=True)
class SituationEntity:
    entity: str
    value: str
    start: int  # token index
    end: int  # token index, exclusive


def preferred(entity_type: str, values: Iterable[str]) -> Optional[str]:
    """The value the triage should act on when a message gave several."""
    values = list(values)
    if not values:
        return None
    order = _PREFERENCE.get(entity_type, ())
    ranked = sorted(values, key=lambda v: order.index(v) if v in order else len(order))
    return ranked[0]


def _is_negated(doc, found: Found) -> bool:
    def negates(i: int) -> bool:
        token = doc[i].lower_
        if token not in NEGATIONS:
            return False
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        return following not in _NOT_A_NEGATION_AFTER

    if found.label not in _NEGATION_IN_PATTERN:
        if any(negates(i) for i in range(found.start, found.end)):
            return True
    for i in range(found.start - 1, max(found.start - 1 - _NEGATION_WINDOW, -1), -1):
        token = doc[i]
        if token.is_punct or token.lower_ in _CLAUSE_BREAKS:
            return False
        if negates(i):
            return True
    return False


def _describes_self(doc, start: int) -> bool:
    return any(doc[i].lower_ in _SELF_MARKERS for i in range(max(start - 3, 0), start))


_POSSESSIVES = frozenset("mijn m'n mn me my onze ons our".split())
_DETERMINERS = frozenset("een één die dat".split())


def _is_minor(doc, found: Found) -> bool:
    for token in doc[found.start:found.end]:
        if token.lower_ in _DETERMINERS:
            continue
        digits = "".join(c for c in token.lower_.split("-")[0] if c.isdigit())
        age = parse_number(token.lower_) if not digits else int(digits[:3])
        if age is not None:
            return age < ADULT_AGE
    return False


def _masked(found: Found, others: Sequence[Found]) -> bool:
    maskers = _MASKED_BY.get(found.label)
    if not maskers:
        return False
    return any(
        other is not found
        and other.label in maskers
        and other.start <= found.start
        and found.end <= other.end
        for other in others
    )


class SituationMatcher:
    """The spaCy side, usable without Rasa: the situation entities in a Doc."""

    def __init__(self) -> None:
        self._rules = RuleMatcher(patterns.all_rules())

    def extract(self, doc) -> List[SituationEntity]:
        found = self._rules.find(doc)
        found = [f for f in found if not _masked(f, found)]
        found = [
            f for f in found if f.label in patterns.NEVER_NEGATED or not _is_negated(doc, f)
        ]

        found = _without_weak_places(doc, found)
        present = {f.label for f in found}
        results: List[SituationEntity] = []
        for f in found:
            if f.label.startswith("cue:"):
                continue
            if f.label in ("about_child:ja", "child_age"):
                possessive = doc[f.start].lower_ in _POSSESSIVES
                if not possessive and _describes_self(doc, f.start):
                    continue
                if f.label == "child_age" and (
                    not _is_minor(doc, f) or "cue:self_age" in present
                ):
                    continue
                results.append(SituationEntity("about_child", "ja", f.start, f.end))
                continue
            entity, value = f.label.split(":", 1)
            results.append(SituationEntity(entity, value, f.start, f.end))

        labels = {f.label: f for f in reversed(found)}  # first occurrence of each label
        for (first, second), target, unless in patterns.COMBINATIONS:
            if first in labels and second in labels and not labels.keys() & set(unless):
                cue = labels[first]
                entity, value = target.split(":", 1)
                results.append(SituationEntity(entity, value, cue.start, cue.end))
                labels.setdefault(target, cue)  # later combinations can build on it
        return _first_mentions(results)


def _without_weak_places(doc, found: List[Found]) -> List[Found]:
    """Drop a setting (or scene) named only by a place many settings have ("de kleedkamer") when the
    message names another one of the same type (patterns.WEAK_PLACE_WORDS)."""
    dropped = set()
    for label, words in patterns.WEAK_PLACE_WORDS.items():
        spans = [f for f in found if f.label == label]
        kind = label.split(":", 1)[0] + ":"
        others = any(f.label.startswith(kind) and f.label != label for f in found)
        if spans and others and all(doc[f.start:f.end].text.lower() in words for f in spans):
            dropped.add(label)
    return [f for f in found if f.label not in dropped] if dropped else found


def _first_mentions(results: List[SituationEntity]) -> List[SituationEntity]:
    """One entity per (type, value), at its first mention; per type in reverse preference,
    so the value to act on comes last (see the module docstring)."""
    first: Dict[tuple, SituationEntity] = {}
    for r in sorted(results, key=lambda r: r.start):
        first.setdefault((r.entity, r.value), r)

    def order(r: SituationEntity):
        preference = _PREFERENCE.get(r.entity, ())
        rank = preference.index(r.value) if r.value in preference else len(preference)
        return (ENTITY_TYPES.index(r.entity), -rank, r.start)

    return sorted(first.values(), key=order)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class SituationExtractor(RuleEntityExtractor):
    finds = "situation"

    def __init__(self) -> None:
        self._situation = SituationMatcher()

    def entities_in(self, doc, text_length: int, extractor: str) -> List[Dict[str, Any]]:
        entities = []
        for f in self._situation.extract(doc):
            start, end = span_chars(doc, f.start, f.end, text_length)
            entities.append(make_entity(f.entity, f.value, start, end, extractor))
        return entities
