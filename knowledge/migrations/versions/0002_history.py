"""Organisation versions (the history of every change).

Until December 2026 this migration also made the staff tables (accounts, sessions, API tokens,
audit log); those now have their own history in `staff/migrations`, whose first migration
adopts them where this one already made them.

Existing organisations get their first version row at the head revision (0003), so the
state before the first staff edit can always be restored.


Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_versions"),
        sa.UniqueConstraint("organisation_id", "version", name="uq_organisation_versions_version"),
    )
    op.create_index("ix_organisation_versions_slug", "organisation_versions", ["slug"])
    # The first version rows of existing organisations are written at the head revision
    # (0003), because the snapshot uses the models of the current code.


def downgrade() -> None:
    op.drop_index("ix_organisation_versions_slug", table_name="organisation_versions")
    op.drop_table("organisation_versions")
