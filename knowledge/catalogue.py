"""An in-process, read-only snapshot of the knowledge base, built for fast queries.

The ranking runs on this snapshot, not on SQL: one `find_help` call is a handful of dictionary
look-ups. The snapshot is rebuilt when `kb_meta.change_counter` moves (see `knowledge.db`).

Only what may be shown is kept for display: channels with status V/V3/VD, and their opening
hours only when the hours themselves are V/V3/VD. Age limits are applied only when verified.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import vocabulary as vocab
from .db import read_change_counter
from .models import ContactChannel, OpeningRange, Organisation, OrganisationClaim, OrganisationTerm
from .opening_hours import OpeningHours, format_range

CLOSED_WEEK: Tuple[Tuple[Tuple[int, int], ...], ...] = ((),) * 7
Term = Tuple[str, Any]  # (facet, value), e.g. ("situations", "sport") or ("age_limited", True)

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

    @property
    def age_limited(self) -> bool:
        return self.age_min is not None or self.age_max is not None

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
        index: Dict[Term, List[OrgEntry]] = {}
        for org in ordered:
            for facet in ("kinds_of_help", "audiences", "situations"):
                for value in getattr(org, facet):
                    index.setdefault((facet, value), []).append(org)
            index.setdefault(("age_limited", org.age_limited), []).append(org)
        self._index: Dict[Tuple[Term, ...], Tuple[OrgEntry, ...]] = {
            (key,): tuple(orgs) for key, orgs in index.items()
        }
        self._lock = threading.Lock()

    def get(self, slug: str) -> Optional[OrgEntry]:
        return self.by_slug.get(slug)

    def with_term(self, facet: str, value) -> Tuple[OrgEntry, ...]:
        return self.with_terms((facet, value))

    def with_terms(self, *terms: Term) -> Tuple[OrgEntry, ...]:
        """Organisations that have every (facet, value), in catalogue order. Intersections are
        computed once per snapshot and kept (the vocabularies are closed, so this stays small)."""
        key = tuple(sorted(terms, key=repr))
        found = self._index.get(key)
        if found is None:
            lists = sorted((self._index.get((term,), ()) for term in key), key=len)
            others = [set(map(id, other)) for other in lists[1:]]
            found = tuple(o for o in lists[0] if all(id(o) in other for other in others))
            with self._lock:
                self._index[key] = found
        return found

    def __len__(self) -> int:
        return len(self.by_slug)


def build_catalogue(connection: Connection) -> Catalogue:
    """Read every live organisation in five queries (plain tuples: this runs on every change).
    Only verified facts and claims are kept: an unverified description is an empty text, an
    unverified yes/no is unknown (None)."""
    counter = read_change_counter(connection)
    org_table, term_table = Organisation.__table__, OrganisationTerm.__table__
    channel_table, range_table = ContactChannel.__table__, OpeningRange.__table__

    orgs = connection.execute(
        select(org_table.c.id, org_table.c.slug, org_table.c.name, org_table.c.description,
               org_table.c.what_to_expect, org_table.c.coverage, org_table.c.anonymous, org_table.c.free,
               org_table.c.age_min, org_table.c.age_max, org_table.c.age_status)
        .where(org_table.c.deleted_at.is_(None))
    ).all()

    terms: Dict[int, Dict[str, List[str]]] = {}
    for org_id, facet, value in connection.execute(
        select(term_table.c.organisation_id, term_table.c.facet, term_table.c.value)
        .order_by(term_table.c.organisation_id, term_table.c.facet, term_table.c.position)
    ).all():
        terms.setdefault(org_id, {}).setdefault(facet, []).append(value)

    ranges: Dict[int, List[List[Tuple[int, int]]]] = {}
    for channel_id, weekday, start, end in connection.execute(
        select(range_table.c.channel_id, range_table.c.weekday, range_table.c.start_minute, range_table.c.end_minute)
        .order_by(range_table.c.channel_id, range_table.c.weekday, range_table.c.position)
    ).all():
        week = ranges.get(channel_id)
        if week is None:
            week = ranges[channel_id] = [[] for _ in range(7)]
        week[weekday].append((start, end))

    channels: Dict[int, List[ChannelEntry]] = {}
    showable = vocab.SHOWABLE_STATUSES
    claim_table = OrganisationClaim.__table__
    verified_claims: Dict[int, set] = {}
    for org_id, field in connection.execute(
        select(claim_table.c.organisation_id, claim_table.c.field)
        .where(claim_table.c.status.in_(sorted(showable)))
    ).all():
        verified_claims.setdefault(org_id, set()).add(field)
    for channel_id, org_id, kind, value, label, note, always_open, hours_status in connection.execute(
        select(channel_table.c.id, channel_table.c.organisation_id, channel_table.c.kind, channel_table.c.value,
               channel_table.c.label, channel_table.c.note, channel_table.c.hours_always_open,
               channel_table.c.hours_status)
        .where(channel_table.c.status.in_(sorted(showable)))
        .order_by(channel_table.c.organisation_id, channel_table.c.position)
    ).all():
        hours = None
        if always_open is not None and hours_status in showable:
            weekly = tuple(tuple(day) for day in ranges.get(channel_id, CLOSED_WEEK))
            hours = OpeningHours(always_open=bool(always_open), weekly=weekly)
        channels.setdefault(org_id, []).append(ChannelEntry(kind, value, label, note, hours))

    entries = []
    for (org_id, slug, name, description, what_to_expect, coverage, anonymous, free,
         age_min, age_max, age_status) in orgs:
        own_terms = terms.get(org_id, {})
        age_known = age_status in showable
        claims = verified_claims.get(org_id, set())
        entries.append(OrgEntry(
            slug=slug,
            name=name,
            description=description if "description" in claims else "",
            what_to_expect=what_to_expect if "what_to_expect" in claims else "",
            kinds_of_help=frozenset(own_terms.get("kinds_of_help", ())),
            audiences=frozenset(own_terms.get("audiences", ())),
            situations=frozenset(own_terms.get("situations", ())),
            coverage=coverage,
            municipalities=frozenset(m.lower() for m in own_terms.get("municipalities", ())),
            anonymous=anonymous if "anonymous" in claims else None,
            free=free if "free" in claims else None,
            age_min=age_min if age_known else None,
            age_max=age_max if age_known else None,
            channels=tuple(channels.get(org_id, ())),
        ))
    return Catalogue(entries, counter)


def weekly_text(hours: Optional[OpeningHours]) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    if hours is None or hours.always_open:
        return ()
    return tuple(
        (vocab.WEEKDAYS[day], tuple(format_range(span) for span in spans))
        for day, spans in enumerate(hours.weekly) if spans
    )
