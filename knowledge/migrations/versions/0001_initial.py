"""Organisations, their list facets, contact channels, opening ranges and the change counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATUS_IN = "IN ('V', 'V3', 'VD', 'U')"


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("what_to_expect", sa.Text(), nullable=False),
        sa.Column("coverage", sa.String(20), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=True),
        sa.Column("free", sa.Boolean(), nullable=True),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("age_status", sa.String(2), nullable=True),
        sa.Column("age_source", sa.Text(), nullable=True),
        sa.Column("age_verified_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
        sa.UniqueConstraint("slug", name="uq_organisations_slug"),
        sa.CheckConstraint("age_status " + STATUS_IN, name="ck_organisations_age_status"),
        sa.CheckConstraint(
            "coverage IN ('landelijk', 'regionaal')", name="ck_organisations_coverage"
        ),
    )
    op.create_table(
        "organisation_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("facet", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_terms"),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], ondelete="CASCADE",
            name="fk_organisation_terms_organisation_id_organisations",
        ),
        sa.UniqueConstraint(
            "organisation_id", "facet", "value", name="uq_organisation_terms_value"
        ),
    )
    op.create_index(
        "ix_organisation_terms_facet_value", "organisation_terms", ["facet", "value"]
    )
    op.create_table(
        "contact_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(2), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("hours_always_open", sa.Boolean(), nullable=True),
        sa.Column("hours_status", sa.String(2), nullable=True),
        sa.Column("hours_source", sa.Text(), nullable=True),
        sa.Column("hours_verified_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_contact_channels"),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], ondelete="CASCADE",
            name="fk_contact_channels_organisation_id_organisations",
        ),
        sa.CheckConstraint("status " + STATUS_IN, name="ck_contact_channels_status"),
        sa.CheckConstraint(
            "hours_status " + STATUS_IN, name="ck_contact_channels_hours_status"
        ),
    )
    op.create_index(
        "ix_contact_channels_organisation_id", "contact_channels", ["organisation_id"]
    )
    op.create_table(
        "opening_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_opening_ranges"),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["contact_channels.id"], ondelete="CASCADE",
            name="fk_opening_ranges_channel_id_contact_channels",
        ),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_opening_ranges_weekday"),
        sa.CheckConstraint(
            "start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440",
            name="ck_opening_ranges_minutes",
        ),
    )
    op.create_index("ix_opening_ranges_channel_id", "opening_ranges", ["channel_id"])
    kb_meta = op.create_table(
        "kb_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_meta"),
    )
    op.bulk_insert(kb_meta, [{"id": 1, "change_counter": 0}])


def downgrade() -> None:
    op.drop_table("kb_meta")
    op.drop_index("ix_opening_ranges_channel_id", table_name="opening_ranges")
    op.drop_table("opening_ranges")
    op.drop_index("ix_contact_channels_organisation_id", table_name="contact_channels")
    op.drop_table("contact_channels")
    op.drop_index("ix_organisation_terms_facet_value", table_name="organisation_terms")
    op.drop_table("organisation_terms")
    op.drop_table("organisations")
