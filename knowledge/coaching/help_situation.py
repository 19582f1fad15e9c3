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

from ..situation import Situation
from .content import kb_setting

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
    # Situation checks every value when it is made; only the coach's own settings (ov,
    # uitgaan) and the child flag are read here.
    return PeopleAroundSituation(
        role=role, incident=incident, days_since=days_since, bucket=time_bucket,
        setting=kb_setting(setting), age=age, wishes=wishes, about_child=is_about_child(about_child),
    )
