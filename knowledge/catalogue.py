"""An in-process, read-only snapshot of the knowledge base, built for fast queries.

The ranking runs on this snapshot, not on SQL: one `find_help` call is a handful of dictionary
look-ups. The snapshot is rebuilt when `kb_meta.change_counter` moves (see `knowledge.db`).

Only what may be shown is kept for display: channels with status V/V3/VD, and their opening
hours only when the hours themselves are V/V3/VD. Age limits are applied only when verified.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import vocabulary as vocab
from .db import read_change_counter
from .models import ContactChannel, OpeningRange, Organisation, OrganisationTerm
from .opening_hours import OpeningHours, format_range

TWENTY_FOUR_SEVEN_KINDS = frozenset({"phone", "chat", "whatsapp"})
EMERGENCY_NUMBERS = frozenset({"112"})  # always open, but not a line to talk to


@dataclass(frozen=True)
class ChannelEntry:
    kind: str
    value: str
    label: Optional[str]
    note: Optional[str]
    hours: Optional[OpeningHours]  # None: unknown or unverified


@dataclass(frozen=True)
class OrgEntry:
    slug: str
    name: str
    description: str
    what_to_expect: str
    kinds_of_help: FrozenSet[str]
    audiences: FrozenSet[str]
    situations: FrozenSet[str]
    coverage: str
    municipalities: FrozenSet[str]  # lower case, for matching
    anonymous: Optional[bool]
    free: Optional[bool]
    age_min: Optional[int]  # verified limits only
    age_max: Optional[int]
    channels: Tuple[ChannelEntry, ...]  # verified channels only, in seed order

    @property
    def reachable_24_7(self) -> bool:
        return any(
            c.kind in TWENTY_FOUR_SEVEN_KINDS and c.hours is not None and c.hours.always_open
            and c.value not in EMERGENCY_NUMBERS
            for c in self.channels
        )

    def accepts_age(self, age: Optional[int]) -> bool:
        if age is None:
            return True
        return (self.age_min is None or age >= self.age_min) and (self.age_max is None or age <= self.age_max)

    def serves(self, municipality: Optional[str]) -> bool:
        if self.coverage != "regionaal":
            return True
        return municipality is not None and municipality.lower() in self.municipalities


class Catalogue:
    def __init__(self, organisations: List[OrgEntry], change_counter: int = 0):
        self.change_counter = change_counter
        self.by_slug: Dict[str, OrgEntry] = {org.slug: org for org in organisations}
        # Candidates per (facet, value), most specialised first (fewest kinds of help), then
        # by slug: the one deterministic order every vocabulary rule uses.
        ordered = sorted(organisations, key=lambda o: (len(o.kinds_of_help), o.slug))
        index: Dict[Tuple[str, str], List[OrgEntry]] = {}
        for org in ordered:
            for facet in ("kinds_of_help", "audiences", "situations"):
                for value in getattr(org, facet):
                    index.setdefault((facet, value), []).append(org)
        self._index = {key: tuple(orgs) for key, orgs in index.items()}

    def get(self, slug: str) -> Optional[OrgEntry]:
        return self.by_slug.get(slug)

    def with_term(self, facet: str, value: str) -> Tuple[OrgEntry, ...]:
        return self._index.get((facet, value), ())

    def __len__(self) -> int:
        return len(self.by_slug)


def build_catalogue(connection: Connection) -> Catalogue:
    """Read every live organisation in four queries."""
    counter = read_change_counter(connection)
    orgs = connection.execute(
        select(Organisation.__table__).where(Organisation.deleted_at.is_(None))
    ).mappings().all()
    live_ids = {row["id"] for row in orgs}

    terms: Dict[int, Dict[str, List[str]]] = {}
    for row in connection.execute(
        select(OrganisationTerm.organisation_id, OrganisationTerm.facet, OrganisationTerm.value)
        .order_by(OrganisationTerm.organisation_id, OrganisationTerm.facet, OrganisationTerm.position)
    ):
        terms.setdefault(row.organisation_id, {}).setdefault(row.facet, []).append(row.value)

    ranges: Dict[int, List[List[Tuple[int, int]]]] = {}
    for row in connection.execute(
        select(OpeningRange.channel_id, OpeningRange.weekday, OpeningRange.start_minute, OpeningRange.end_minute)
        .order_by(OpeningRange.channel_id, OpeningRange.weekday, OpeningRange.position)
    ):
        ranges.setdefault(row.channel_id, [[] for _ in range(7)])[row.weekday].append(
            (row.start_minute, row.end_minute)
        )

    channels: Dict[int, List[ChannelEntry]] = {}
    for row in connection.execute(
        select(ContactChannel.__table__)
        .where(ContactChannel.status.in_(tuple(vocab.SHOWABLE_STATUSES)))
        .order_by(ContactChannel.organisation_id, ContactChannel.position)
    ).mappings():
        if row["organisation_id"] not in live_ids:
            continue
        hours = None
        if row["hours_always_open"] is not None and row["hours_status"] in vocab.SHOWABLE_STATUSES:
            weekly = tuple(tuple(day) for day in ranges.get(row["id"], [[] for _ in range(7)]))
            hours = OpeningHours(always_open=bool(row["hours_always_open"]), weekly=weekly)
        channels.setdefault(row["organisation_id"], []).append(ChannelEntry(
            kind=row["kind"], value=row["value"], label=row["label"], note=row["note"], hours=hours,
        ))

    entries = []
    for row in orgs:
        own_terms = terms.get(row["id"], {})
        age_known = row["age_status"] in vocab.SHOWABLE_STATUSES
        entries.append(OrgEntry(
            slug=row["slug"],
            name=row["name"],
            description=row["description"],
            what_to_expect=row["what_to_expect"],
            kinds_of_help=frozenset(own_terms.get("kinds_of_help", ())),
            audiences=frozenset(own_terms.get("audiences", ())),
            situations=frozenset(own_terms.get("situations", ())),
            coverage=row["coverage"],
            municipalities=frozenset(m.lower() for m in own_terms.get("municipalities", ())),
            anonymous=row["anonymous"],
            free=row["free"],
            age_min=row["age_min"] if age_known else None,
            age_max=row["age_max"] if age_known else None,
            channels=tuple(channels.get(row["id"], ())),
        ))
    return Catalogue(entries, counter)


def weekly_text(hours: Optional[OpeningHours]) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    if hours is None or hours.always_open:
        return ()
    return tuple(
        (vocab.WEEKDAYS[day], tuple(format_range(span) for span in spans))
        for day, spans in enumerate(hours.weekly) if spans
    )
