"""SQLAlchemy tables of the knowledge base.

Layout (one fact = one row or one group of columns with its own status/source/verified_on):

- `organisations`: one row per organisation. The age range has its own verification columns
  (`age_status` is NULL when the seed states no limit). `version` is the optimistic-locking
  counter (SQLAlchemy `version_id_col`); `deleted_at` marks a soft delete.
- `organisation_terms`: the list-valued facets (kinds_of_help, audiences, situations, languages,
  municipalities) as normalised rows `(organisation_id, facet, position, value)`. Rows rather
  than JSON so that `(facet, value)` is indexed and queryable on SQLite and PostgreSQL alike;
  `position` keeps the order of the seed so export reproduces it exactly.
- `contact_channels`: one row per channel, ordered by `position`. Opening hours live on the
  channel: `hours_always_open` is NULL when the hours are unknown (block omitted), and the hours
  have their own status/source/verified_on.
- `opening_ranges`: the weekly ranges of a channel, in minutes since local midnight
  (Europe/Amsterdam): start inclusive, end exclusive, end may be 1440 ("24:00").
- `kb_meta`: one row with `change_counter`, bumped on every change, so readers that keep an
  in-process snapshot know when to reload.

History (migration 0002):

- `organisation_versions`: append-only. One row per committed version of an organisation: the
  whole record as JSON (the export mapping), who, when, what kind of change and which fields.
  No foreign key, so even a hard delete of an organisation leaves its history. Written by the
  session events of `knowledge.history`, whatever wrote the change.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

# Named constraints, so Alembic can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(metadata=metadata)

STATUS_CHECK = "{col} IN ('V', 'V3', 'VD', 'U')"


class Organisation(Base):
    __tablename__ = "organisations"

    id = Column(Integer, primary_key=True)
    slug = Column(String(80), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    description = Column(Text, nullable=False)
    what_to_expect = Column(Text, nullable=False)
    coverage = Column(String(20), nullable=False)
    anonymous = Column(Boolean, nullable=True)  # NULL: unknown
    free = Column(Boolean, nullable=True)  # NULL: unknown

    age_min = Column(Integer, nullable=True)  # NULL: open below
    age_max = Column(Integer, nullable=True)  # NULL: open above; inclusive
    age_status = Column(String(2), nullable=True)  # NULL: the seed states no age limit
    age_source = Column(Text, nullable=True)
    age_verified_on = Column(Date, nullable=True)

    version = Column(Integer, nullable=False, default=1)
    deleted_at = Column(DateTime(timezone=True), nullable=True)

    terms = relationship(
        "OrganisationTerm", back_populates="organisation", cascade="all, delete-orphan",
        order_by=lambda: (OrganisationTerm.facet, OrganisationTerm.position),
    )
    channels = relationship(
        "ContactChannel", back_populates="organisation", cascade="all, delete-orphan",
        order_by="ContactChannel.position",
    )
    claims = relationship(
        "OrganisationClaim", back_populates="organisation", cascade="all, delete-orphan",
        order_by="OrganisationClaim.field",
    )

    __table_args__ = (
        CheckConstraint(STATUS_CHECK.format(col="age_status"), name="age_status"),
        CheckConstraint("coverage IN ('landelijk', 'regionaal')", name="coverage"),
    )
    __mapper_args__ = {"version_id_col": version}

    def terms_of(self, facet: str) -> list[str]:
        return [t.value for t in sorted(self.terms, key=lambda t: t.position) if t.facet == facet]


class OrganisationTerm(Base):
    __tablename__ = "organisation_terms"

    id = Column(Integer, primary_key=True)
    organisation_id = Column(
        Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False
    )
    facet = Column(String(20), nullable=False)
    position = Column(Integer, nullable=False)
    value = Column(String(100), nullable=False)

    organisation = relationship("Organisation", back_populates="terms")

    __table_args__ = (
        UniqueConstraint("organisation_id", "facet", "value", name="uq_organisation_terms_value"),
        Index("ix_organisation_terms_facet_value", "facet", "value"),
    )


class OrganisationClaim(Base):
    """The source of a free-text or yes/no claim (description, what_to_expect, anonymous,
    free). No row, or status U: the claim is not shown to users (FORMAT.md, "Claims")."""

    __tablename__ = "organisation_claims"

    id = Column(Integer, primary_key=True)
    organisation_id = Column(
        Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False
    )
    field = Column(String(20), nullable=False)
    status = Column(String(2), nullable=False)
    source = Column(Text, nullable=True)
    verified_on = Column(Date, nullable=True)

    organisation = relationship("Organisation", back_populates="claims")

    __table_args__ = (
        UniqueConstraint("organisation_id", "field", name="uq_organisation_claims_field"),
        CheckConstraint(STATUS_CHECK.format(col="status"), name="status"),
    )


class ContactChannel(Base):
    __tablename__ = "contact_channels"

    id = Column(Integer, primary_key=True)
    organisation_id = Column(
        Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position = Column(Integer, nullable=False)
    kind = Column(String(20), nullable=False)
    value = Column(Text, nullable=False)
    label = Column(Text, nullable=True)
    note = Column(Text, nullable=True)
    status = Column(String(2), nullable=False)
    source = Column(Text, nullable=True)
    verified_on = Column(Date, nullable=True)

    hours_always_open = Column(Boolean, nullable=True)  # NULL: hours unknown
    hours_status = Column(String(2), nullable=True)
    hours_source = Column(Text, nullable=True)
    hours_verified_on = Column(Date, nullable=True)

    organisation = relationship("Organisation", back_populates="channels")
    ranges = relationship(
        "OpeningRange", back_populates="channel", cascade="all, delete-orphan",
        order_by=lambda: (OpeningRange.weekday, OpeningRange.position),
    )

    __table_args__ = (
        CheckConstraint(STATUS_CHECK.format(col="status"), name="status"),
        CheckConstraint(STATUS_CHECK.format(col="hours_status"), name="hours_status"),
    )


class OpeningRange(Base):
    __tablename__ = "opening_ranges"

    id = Column(Integer, primary_key=True)
    channel_id = Column(
        Integer, ForeignKey("contact_channels.id", ondelete="CASCADE"), nullable=False, index=True
    )
    weekday = Column(Integer, nullable=False)  # 0 = Monday, as date.weekday()
    position = Column(Integer, nullable=False)
    start_minute = Column(Integer, nullable=False)  # inclusive
    end_minute = Column(Integer, nullable=False)  # exclusive; 1440 means "24:00"

    channel = relationship("ContactChannel", back_populates="ranges")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            "start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440",
            name="minutes",
        ),
    )


class KbMeta(Base):
    """Single row (id = 1). `change_counter` goes up with every committed change."""

    __tablename__ = "kb_meta"

    id = Column(Integer, primary_key=True)
    change_counter = Column(Integer, nullable=False, default=0)


KNOWLEDGE_MODELS = (Organisation, OrganisationTerm, ContactChannel, OpeningRange)


# --- history (migration 0002) -----------------------------------------------------------------

class OrganisationVersion(Base):
    __tablename__ = "organisation_versions"

    id = Column(Integer, primary_key=True)
    organisation_id = Column(Integer, nullable=False)  # no FK: history outlives a hard delete
    slug = Column(String(80), nullable=False, index=True)
    version = Column(Integer, nullable=False)
    deleted = Column(Boolean, nullable=False)
    snapshot = Column(Text, nullable=False)  # JSON of the export mapping (records.record_to_mapping)
    action = Column(String(20), nullable=False)
    changed_fields = Column(Text, nullable=False)  # JSON list of top-level fields
    note = Column(Text, nullable=True)
    actor = Column(String(120), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        UniqueConstraint("organisation_id", "version", name="uq_organisation_versions_version"),
    )
