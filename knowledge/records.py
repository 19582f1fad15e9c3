"""Plain data shapes of one organisation as the seed format describes it, and their conversion
to and from YAML mappings. Import, export and the database all go through these, so a round
trip is exact: `record_from_mapping(record_to_mapping(r)) == r`.

Normalisation when reading a mapping (the only places where the text can differ from the
record): surrounding whitespace of texts is stripped, an omitted `languages` means `[nl]`,
omitted lists mean `[]`, an unquoted number such as 112 becomes the text "112", a day with
no ranges is the same as a missing day, and dates written as text become dates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, Optional, Tuple

from . import vocabulary as vocab

DEFAULT_LANGUAGES = ("nl",)


@dataclass(frozen=True)
class Fact:
    """Verification of one fact."""

    status: str
    source: Optional[str] = None
    verified_on: Optional[date] = None

    @property
    def showable(self) -> bool:
        return self.status in vocab.SHOWABLE_STATUSES


@dataclass(frozen=True)
class AgeLimit:
    min: Optional[int]
    max: Optional[int]  # inclusive
    fact: Fact


@dataclass(frozen=True)
class HoursRecord:
    always_open: bool
    weekly: Tuple[Tuple[str, Tuple[str, ...]], ...]  # (day, ("HH:MM-HH:MM", ...)) in mon..sun order
    fact: Fact


@dataclass(frozen=True)
class ChannelRecord:
    kind: str
    value: str
    label: Optional[str]
    note: Optional[str]
    fact: Fact
    hours: Optional[HoursRecord] = None


@dataclass(frozen=True)
class OrganisationRecord:
    slug: str
    name: str
    description: str
    what_to_expect: str
    kinds_of_help: Tuple[str, ...]
    audiences: Tuple[str, ...]
    situations: Tuple[str, ...]
    age: Optional[AgeLimit]
    coverage: str
    municipalities: Tuple[str, ...]
    anonymous: Optional[bool]
    free: Optional[bool]
    languages: Tuple[str, ...]
    channels: Tuple[ChannelRecord, ...]
    claims: Tuple[Tuple[str, Fact], ...] = ()  # (field, fact) in vocab.CLAIM_FIELDS order

    def claim(self, field: str) -> Fact:
        """The verification of a claim; a missing one counts as not verified (U)."""
        return dict(self.claims).get(field, UNVERIFIED_FACT)


UNVERIFIED_FACT = Fact(status=vocab.UNVERIFIED)


def claims_from_mapping(raw: Any) -> Tuple[Tuple[str, Fact], ...]:
    raw = raw if isinstance(raw, dict) else {}
    return tuple((field, _fact(raw[field])) for field in vocab.CLAIM_FIELDS if isinstance(raw.get(field), dict))


# --- mapping -> record (the mapping must have passed validation.check_organisation) ----------

def record_from_mapping(raw: Dict[str, Any]) -> OrganisationRecord:
    age = raw.get("age")
    return OrganisationRecord(
        slug=raw["slug"],
        name=_text(raw["name"]),
        description=_text(raw["description"]),
        what_to_expect=_text(raw["what_to_expect"]),
        kinds_of_help=tuple(raw.get("kinds_of_help") or ()),
        audiences=tuple(raw.get("audiences") or ()),
        situations=tuple(raw.get("situations") or ()),
        age=None if age is None else AgeLimit(age.get("min"), age.get("max"), _fact(age)),
        coverage=raw["coverage"],
        municipalities=tuple(_text(m) for m in raw.get("municipalities") or ()),
        anonymous=raw.get("anonymous"),
        free=raw.get("free"),
        languages=tuple(raw["languages"]) if "languages" in raw else DEFAULT_LANGUAGES,
        channels=tuple(_channel_from_mapping(c) for c in raw.get("channels") or ()),
        claims=claims_from_mapping(raw.get("claims")),
    )


def _channel_from_mapping(raw: Dict[str, Any]) -> ChannelRecord:
    hours = raw.get("hours")
    value = raw["value"]
    return ChannelRecord(
        kind=raw["kind"],
        value=str(value).strip() if isinstance(value, int) else _text(value),
        label=_text(raw.get("label")),
        note=_text(raw.get("note")),
        fact=_fact(raw),
        hours=None if hours is None else _hours_from_mapping(hours),
    )


def _hours_from_mapping(raw: Dict[str, Any]) -> HoursRecord:
    weekly = raw.get("weekly") or {}
    days = tuple((day, tuple(weekly[day])) for day in vocab.WEEKDAYS if weekly.get(day))
    return HoursRecord(always_open=raw["always_open"], weekly=days, fact=_fact(raw))


def _fact(raw: Dict[str, Any]) -> Fact:
    verified_on = raw.get("verified_on")
    if isinstance(verified_on, str):
        verified_on = date.fromisoformat(verified_on)
    return Fact(status=raw["status"], source=raw.get("source"), verified_on=verified_on)


def _text(value: Optional[str]) -> Optional[str]:
    return value.strip() if isinstance(value, str) else value


# --- record -> mapping (the canonical form that export writes) --------------------------------

def record_to_mapping(record: OrganisationRecord) -> Dict[str, Any]:
    mapping: Dict[str, Any] = {
        "slug": record.slug,
        "name": record.name,
        "description": record.description,
        "what_to_expect": record.what_to_expect,
        "kinds_of_help": list(record.kinds_of_help),
        "audiences": list(record.audiences),
        "situations": list(record.situations),
    }
    if record.age is not None:
        mapping["age"] = {"min": record.age.min, "max": record.age.max, **_fact_mapping(record.age.fact)}
    mapping.update(
        coverage=record.coverage,
        municipalities=list(record.municipalities),
        anonymous=record.anonymous,
        free=record.free,
        languages=list(record.languages),
        channels=[_channel_mapping(c) for c in record.channels],
    )
    if record.claims:
        mapping["claims"] = {field: _fact_mapping(fact) for field, fact in record.claims}
    return mapping


def _channel_mapping(channel: ChannelRecord) -> Dict[str, Any]:
    mapping: Dict[str, Any] = {
        "kind": channel.kind,
        "value": channel.value,
        "label": channel.label,
        "note": channel.note,
        **_fact_mapping(channel.fact),
    }
    if channel.hours is not None:
        hours: Dict[str, Any] = {"always_open": channel.hours.always_open}
        if channel.hours.weekly:
            hours["weekly"] = {day: list(spans) for day, spans in channel.hours.weekly}
        hours.update(_fact_mapping(channel.hours.fact))
        mapping["hours"] = hours
    return mapping


def _fact_mapping(fact: Fact) -> Dict[str, Any]:
    return {"status": fact.status, "source": fact.source, "verified_on": fact.verified_on}
