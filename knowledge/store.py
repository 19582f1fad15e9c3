"""Organisation records in and out of the database (the ORM side of import/export)."""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from . import vocabulary as vocab
from .models import ContactChannel, OpeningRange, Organisation, OrganisationClaim, OrganisationTerm
from .opening_hours import format_range, parse_range
from .records import (
    AgeLimit,
    ChannelRecord,
    Fact,
    HoursRecord,
    OrganisationRecord,
)


def load_organisations(session: Session, *, include_deleted: bool = False) -> List[Organisation]:
    """All organisations with their terms, channels and ranges, ordered by slug."""
    query = (
        select(Organisation)
        .options(
            selectinload(Organisation.terms),
            selectinload(Organisation.channels).selectinload(ContactChannel.ranges),
            selectinload(Organisation.claims),
        )
        .order_by(Organisation.slug)
    )
    if not include_deleted:
        query = query.where(Organisation.deleted_at.is_(None))
    return list(session.execute(query).scalars())


def organisations_by_slug(session: Session, slugs: Iterable[str]) -> Dict[str, Organisation]:
    slugs = list(slugs)
    if not slugs:
        return {}
    found: Dict[str, Organisation] = {}
    # Chunks keep the IN list under the SQLite parameter limit.
    for start in range(0, len(slugs), 500):
        query = (
            select(Organisation)
            .where(Organisation.slug.in_(slugs[start:start + 500]))
            .options(
                selectinload(Organisation.terms),
                selectinload(Organisation.channels).selectinload(ContactChannel.ranges),
                selectinload(Organisation.claims),
            )
        )
        found.update({org.slug: org for org in session.execute(query).scalars()})
    return found


def count_organisations(session: Session) -> int:
    from sqlalchemy import func

    return session.execute(
        select(func.count()).select_from(Organisation).where(Organisation.deleted_at.is_(None))
    ).scalar_one()


# --- model -> record ----------------------------------------------------------------------------

def record_from_model(org: Organisation) -> OrganisationRecord:
    terms: Dict[str, List[str]] = {facet: [] for facet in vocab.FACETS}
    for term in sorted(org.terms, key=lambda t: (t.facet, t.position)):
        terms[term.facet].append(term.value)
    age = None
    if org.age_status is not None:
        age = AgeLimit(org.age_min, org.age_max, Fact(org.age_status, org.age_source, org.age_verified_on))
    return OrganisationRecord(
        slug=org.slug,
        name=org.name,
        description=org.description,
        what_to_expect=org.what_to_expect,
        kinds_of_help=tuple(terms["kinds_of_help"]),
        audiences=tuple(terms["audiences"]),
        situations=tuple(terms["situations"]),
        age=age,
        coverage=org.coverage,
        municipalities=tuple(terms["municipalities"]),
        anonymous=org.anonymous,
        free=org.free,
        languages=tuple(terms["languages"]),
        channels=tuple(_channel_record(c) for c in sorted(org.channels, key=lambda c: c.position)),
        claims=tuple(
            (claim.field, Fact(claim.status, claim.source, claim.verified_on))
            for claim in sorted(org.claims, key=lambda c: vocab.CLAIM_FIELDS.index(c.field))
        ),
    )


def _channel_record(channel: ContactChannel) -> ChannelRecord:
    hours = None
    if channel.hours_always_open is not None:
        by_day: Dict[int, List[OpeningRange]] = {}
        for span in sorted(channel.ranges, key=lambda r: (r.weekday, r.position)):
            by_day.setdefault(span.weekday, []).append(span)
        weekly = tuple(
            (vocab.WEEKDAYS[day], tuple(format_range((r.start_minute, r.end_minute)) for r in spans))
            for day, spans in sorted(by_day.items())
        )
        hours = HoursRecord(
            always_open=channel.hours_always_open,
            weekly=weekly,
            fact=Fact(channel.hours_status, channel.hours_source, channel.hours_verified_on),
        )
    return ChannelRecord(
        kind=channel.kind,
        value=channel.value,
        label=channel.label,
        note=channel.note,
        fact=Fact(channel.status, channel.source, channel.verified_on),
        hours=hours,
    )


# --- record -> model ----------------------------------------------------------------------------

def apply_record(session: Session, record: OrganisationRecord, existing: Optional[Organisation]) -> Organisation:
    """Create the organisation, or replace every fact of `existing` (and undo a soft delete)."""
    org = existing if existing is not None else Organisation(slug=record.slug)
    org.name = record.name
    org.description = record.description
    org.what_to_expect = record.what_to_expect
    org.coverage = record.coverage
    org.anonymous = record.anonymous
    org.free = record.free
    if record.age is None:
        org.age_min = org.age_max = org.age_status = org.age_source = org.age_verified_on = None
    else:
        org.age_min, org.age_max = record.age.min, record.age.max
        org.age_status = record.age.fact.status
        org.age_source = record.age.fact.source
        org.age_verified_on = record.age.fact.verified_on
    org.deleted_at = None
    if existing is not None:
        # A change to channels or terms alone is still a new version of the organisation.
        flag_modified(org, "name")
        # Replace the child rows; flushing first frees the (organisation, facet, value) keys.
        org.terms.clear()
        org.channels.clear()
        org.claims.clear()
        session.flush()
    org.terms.extend(_terms(record))
    org.claims.extend(
        OrganisationClaim(field=field, status=fact.status, source=fact.source, verified_on=fact.verified_on)
        for field, fact in record.claims
    )
    org.channels.extend(_channel_model(position, c) for position, c in enumerate(record.channels))
    if existing is None:
        session.add(org)
    return org


def _terms(record: OrganisationRecord) -> List[OrganisationTerm]:
    return [
        OrganisationTerm(facet=facet, position=position, value=value)
        for facet in vocab.FACETS
        for position, value in enumerate(getattr(record, facet))
    ]


def _channel_model(position: int, record: ChannelRecord) -> ContactChannel:
    channel = ContactChannel(
        position=position,
        kind=record.kind,
        value=record.value,
        label=record.label,
        note=record.note,
        status=record.fact.status,
        source=record.fact.source,
        verified_on=record.fact.verified_on,
    )
    if record.hours is not None:
        channel.hours_always_open = record.hours.always_open
        channel.hours_status = record.hours.fact.status
        channel.hours_source = record.hours.fact.source
        channel.hours_verified_on = record.hours.fact.verified_on
        for day, spans in record.hours.weekly:
            for index, span in enumerate(spans):
                start, end = parse_range(span)
                channel.ranges.append(OpeningRange(
                    weekday=vocab.WEEKDAYS.index(day), position=index,
                    start_minute=start, end_minute=end,
                ))
    return channel
