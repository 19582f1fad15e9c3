"""Build a knowledge.Situation from the conversation's slots.

The slots hold what the NLU components found and what the person chose; anything odd is
left to `Situation`, which checks its values once, when it is made, and drops what it does
not recognise.
"""
from __future__ import annotations

from typing import Any, Mapping

from knowledge import Situation

# The bystander coach knows public transport and going out apart; for routing they are
# the street (the same reporting points and the same law apply).
_SETTING_FOR_ROUTING = {"ov": "straat", "uitgaan": "straat"}
UNKNOWN = "onbekend"
DEFAULT_ROLE = "slachtoffer"


def situation_from_slots(slots: Mapping[str, Any]) -> Situation:
    setting = _known(slots.get("setting"))
    return Situation(
        role=_known(slots.get("role")) or DEFAULT_ROLE,
        incident=_known(slots.get("incident")),
        days_since=slots.get("days_since"),
        bucket=_known(slots.get("time_bucket")),
        setting=_SETTING_FOR_ROUTING.get(setting, setting),
        age=slots.get("age"),
        wishes=frozenset(slots.get("wishes") or ()),
        municipality=_known(slots.get("municipality")),
        church=_known(slots.get("church")),
    )


def _known(value: Any) -> Any:
    return None if value in (None, "", UNKNOWN) else value
