"""The source and status of each free-text and yes/no claim about an organisation.

An existing database gets no claim rows: its descriptions are hidden from users until a
seed import (or staff) gives them a source. That is the point: nothing unchecked is shown.

Also writes the first version row of organisations that have none (moved here from 0002:
the snapshot uses the models of the current code, which now include the claims).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("status", sa.String(2), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.CheckConstraint("status IN ('V', 'V3', 'VD', 'U')", name="ck_organisation_claims_status"),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], ondelete="CASCADE",
            name="fk_organisation_claims_organisation_id_organisations",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_claims"),
        sa.UniqueConstraint("organisation_id", "field", name="uq_organisation_claims_field"),
    )
    _baseline()


def _baseline() -> None:
    from sqlalchemy.orm import Session

    from knowledge.history import baseline

    session = Session(bind=op.get_bind(), future=True)
    baseline(session)
    session.flush()
    session.close()


def downgrade() -> None:
    op.drop_table("organisation_claims")
