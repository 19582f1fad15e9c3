"""Practice for bystanders ("oefenen"): a short scenario, the person picks a D, and the
feedback says whether it fits here and why, and which Ds fit best.

Scenarios are in practice.yaml. The conversation keeps the id of the current scenario; the
next one follows in the file's order (a setting asked for goes first), so someone who keeps
practising sees every scenario before any comes back.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Tuple

from .content import D_METHODS, Scenario, load


@dataclass(frozen=True)
class ShownScenario:
    id: str
    number: int  # 1-based place in the list
    total: int
    setting: str
    title: str
    text: str


@dataclass(frozen=True)
class PracticeFeedback:
    scenario: str
    d: str
    name: str
    rating: str  # goed | kan | let_op
    verdict: str  # "Dat past hier goed."
    why: str
    best: Tuple[str, ...]  # names of the Ds that fit best, in order
    fits: bool  # the chosen D is one of the best


def scenarios() -> Tuple[Scenario, ...]:
    return load().scenarios


def scenario(scenario_id: Any) -> Optional[Scenario]:
    return next((s for s in scenarios() if s.id == scenario_id), None)


def next_scenario(current: Any = None, setting: Any = None) -> Scenario:
    """The scenario after `current` (the first one if none); a scenario in `setting` first
    when one exists that is not the current one."""
    all_ = scenarios()
    ids = [s.id for s in all_]
    start = ids.index(current) + 1 if current in ids else 0
    ordered = all_[start:] + all_[:start]
    if setting:
        for candidate in ordered:
            if candidate.setting == setting and candidate.id != current:
                return candidate
    return ordered[0] if ordered[0].id != current or len(all_) == 1 else ordered[1]


def show(s: Scenario, language: str = "nl") -> ShownScenario:
    ids = [x.id for x in scenarios()]
    return ShownScenario(s.id, ids.index(s.id) + 1, len(ids), s.setting, s.title.get(language), s.text.get(language))


def feedback(scenario_id: Any, d: Any, language: str = "nl") -> Optional[PracticeFeedback]:
    """Feedback on choosing `d` in the scenario, or None for an unknown scenario or D."""
    s = scenario(scenario_id)
    if s is None or d not in D_METHODS:
        return None
    content = load()
    fb = s.feedback[d]
    return PracticeFeedback(
        scenario=s.id,
        d=d,
        name=content.method(d).name.get(language),
        rating=fb.rating,
        verdict=content.ratings[fb.rating].get(language),
        why=fb.text.get(language),
        best=tuple(content.method(b).name.get(language) for b in s.best),
        fits=d in s.best,
    )
