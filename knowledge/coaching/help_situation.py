"""The knowledge-base Situation for someone who saw something (omstander) or who was told
something (naaste), from what the conversation knows.

- `ov` and `uitgaan` are street settings in the knowledge base;
- `age` is the age of the person in the chat (as everywhere in the knowledge base);
- `about_child` (entity value "ja") says the conversation is about a child. Situation has no
  field for it yet, so it travels on a subclass; the ranking rules read it with getattr, so
  they keep working when Situation gets the field itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .content import kb_setting
from ..situation import Situation

OMSTANDER = "omstander"
NAASTE = "naaste"


@dataclass(frozen=True)
class PeopleAroundSituation(Situation):
    about_child: bool = False


def is_about_child(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in {"ja", "yes", "true"})


def situation_for(role: str, *, setting: Any = None, incident: Any = None, days_since: Any = None,
                  time_bucket: Any = None, age: Any = None, about_child: Any = None,
                  wishes: Any = None) -> Situation:
    return PeopleAroundSituation(
        role=role,
        incident=incident if isinstance(incident, str) else None,
        days_since=days_since,
        bucket=time_bucket if isinstance(time_bucket, str) else None,
        setting=kb_setting(setting),
        age=age,
        wishes=frozenset(w for w in _items(wishes) if isinstance(w, str)),
        about_child=is_about_child(about_child),
    )


def _items(value: Any) -> tuple:
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, (list, tuple, set, frozenset)) else ()
