"""The verifiable facts of each organisation, for the staff lists "te controleren" (U) and
"verouderd" (verified too long ago)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Iterator, List

from . import vocabulary as vocab
from .records import Fact, OrganisationRecord

AGE_PATTERN = re.compile(r"^(\d+)([dw]?)$")


@dataclass(frozen=True)
class FactRef:
    slug: str
    field: str  # e.g. "channels[1].hours"
    what: str  # short description of the value
    fact: Fact

    def line(self) -> str:
        verified = self.fact.verified_on.isoformat() if self.fact.verified_on else "-"
        return f"{self.slug}\t{self.field}\t{self.fact.status}\t{verified}\t{self.what}\t{self.fact.source or '-'}"


def iter_facts(record: OrganisationRecord) -> Iterator[FactRef]:
    yield from iter_claims(record)
    if record.age is not None:
        yield FactRef(record.slug, "age", f"leeftijd {record.age.min}-{record.age.max}", record.age.fact)
    for index, channel in enumerate(record.channels):
        yield FactRef(record.slug, f"channels[{index}]", f"{channel.kind} {channel.value}", channel.fact)
        if channel.hours is not None:
            hours = "24/7" if channel.hours.always_open else " ".join(
                f"{day} {','.join(spans)}" for day, spans in channel.hours.weekly)
            yield FactRef(record.slug, f"channels[{index}].hours", f"{channel.kind} {hours}", channel.hours.fact)


CLAIM_NAMES = {
    "description": "beschrijving", "what_to_expect": "wat je kunt verwachten",
    "anonymous": "anoniem", "free": "gratis",
}


def iter_claims(record: OrganisationRecord) -> Iterator[FactRef]:
    """The free-text and yes/no claims users may see; a missing source counts as U."""
    for field in vocab.CLAIM_FIELDS:
        value = getattr(record, field)
        if value is None or value == "":
            continue
        shown = value if isinstance(value, str) else ("ja" if value else "nee")
        what = f"{CLAIM_NAMES[field]}: {shown[:60]}" + ("..." if len(shown) > 60 else "")
        yield FactRef(record.slug, f"claims.{field}", what, record.claim(field))


def claims_without_source(records: Iterable[OrganisationRecord]) -> List[FactRef]:
    """Claims that are not shown to users: no source yet, or status U."""
    return [ref for record in records for ref in iter_claims(record) if not ref.fact.showable]


def unverified(records: Iterable[OrganisationRecord]) -> List[FactRef]:
    return [ref for record in records for ref in iter_facts(record) if ref.fact.status == vocab.UNVERIFIED]


def stale(records: Iterable[OrganisationRecord], older_than: timedelta, today: date) -> List[FactRef]:
    """Shown facts (V, V3, VD) last verified before `today - older_than`."""
    cutoff = today - older_than
    return [
        ref for record in records for ref in iter_facts(record)
        if ref.fact.showable and ref.fact.verified_on is not None and ref.fact.verified_on < cutoff
    ]


MAX_AGE_DAYS = 36_500


def parse_age(text: str) -> timedelta:
    """'180d', '26w' or '180' (days) -> timedelta. Raises ValueError."""
    match = AGE_PATTERN.match(text.strip().lower())
    if not match:
        raise ValueError(f"onbekende duur {text!r}; gebruik bijvoorbeeld 180d of 26w")
    number, unit = int(match.group(1)), match.group(2) or "d"
    days = number * (7 if unit == "w" else 1)
    if days > MAX_AGE_DAYS:  # a date that far back does not exist (and timedelta overflows)
        raise ValueError(f"hoogstens {MAX_AGE_DAYS} dagen")
    return timedelta(days=days)
