"""What a conversation knows about the person's situation, and what the knowledge base answers.

`Situation` accepts whatever the conversation has (slot values may be missing, misspelled or of
the wrong type) and checks it once, when it is made: anything it does not recognise becomes
"unknown" (None), so a query never fails on its input and nothing downstream checks again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, FrozenSet, Optional, Tuple

from . import vocabulary as vocab

MAX_AGE = 120


@dataclass(frozen=True)
class Situation:
    role: Optional[str] = None  # slachtoffer | omstander | naaste | pleger | professional
    # verkrachting | aanranding | drogering | online_beelden | sextortion | intimidatie | onbekend
    incident: Optional[str] = None
    days_since: Optional[int] = None  # days since it happened, when known
    bucket: Optional[str] = None  # acuut | langer_geleden | onbekend, when only that is known
    setting: Optional[str] = None  # a value of the `situations` vocabulary, e.g. sport, thuis
    age: Optional[int] = None  # of the person in the chat (not of someone they talk about)
    wishes: FrozenSet[str] = field(default_factory=frozenset)
    municipality: Optional[str] = None
    church: Optional[str] = None  # which church, when named (vocab.CHURCHES)

    @property
    def time_bucket(self) -> str:
        """acuut (≤ 7 days), langer_geleden, or onbekend. A known day count wins over `bucket`."""
        if self.days_since is not None:
            return "acuut" if self.days_since <= vocab.ACUTE_DAYS else "langer_geleden"
        return self.bucket if self.bucket in vocab.TIME_BUCKETS else "onbekend"

    def __post_init__(self) -> None:
        """The one check of situation values: unrecognised ones are dropped (never raises)."""
        checked = {
            "role": _choice(self.role, vocab.ROLES),
            "incident": _choice(self.incident, vocab.INCIDENTS),
            "days_since": _whole_number(self.days_since, 0, 365 * MAX_AGE),
            "bucket": _choice(self.bucket, vocab.TIME_BUCKETS),
            "setting": _choice(self.setting, vocab.SETTINGS),
            "age": _whole_number(self.age, 0, MAX_AGE),
            "wishes": frozenset(w for w in (_choice(w, vocab.WISHES) for w in _items(self.wishes)) if w),
            "municipality": _municipality(self.municipality),
            "church": _choice(self.church, vocab.CHURCHES),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)  # frozen: set once, here


@dataclass(frozen=True)
class ChannelInfo:
    """One verified way to reach an organisation, with its state at the time of the query."""

    kind: str  # phone | chat | whatsapp | email | webform | walkin | website | app
    value: str
    label: Optional[str]
    note: Optional[str]
    always_open: bool  # verified 24/7
    open_now: Optional[bool]  # None: opening hours unknown or not verified
    opens_next: Optional[datetime]  # Europe/Amsterdam; only for a channel that is closed now
    weekly: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # verified weekly hours, mon..sun


@dataclass(frozen=True)
class Recommendation:
    slug: str
    name: str
    description: str
    what_to_expect: str
    reasons: Tuple[str, ...]  # Dutch B1 sentences: why this organisation, for this situation
    channels: Tuple[ChannelInfo, ...]  # only verified (V, V3, VD) contact facts
    priority: int  # 1 = first to contact


def _choice(value: Any, allowed) -> Optional[str]:
    if not isinstance(value, str):
        return None
    cleaned = value.strip().lower().replace(" ", "_").replace("-", "_")
    return cleaned if cleaned in allowed else None


def _whole_number(value: Any, low: int, high: int) -> Optional[int]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = int(float(value))
    except (TypeError, ValueError, OverflowError):
        return None
    return number if low <= number <= high else None


def _items(value: Any) -> Tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    try:
        return tuple(value)
    except TypeError:
        return ()


def _municipality(value: Any) -> Optional[str]:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()
