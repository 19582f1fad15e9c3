"""Alembic environment for the staff tables, driven from code (`staff.migrate`), the same way as
the knowledge base's (`knowledge.migrate.run_environment`).
"""
from alembic import context

from knowledge.migrate import run_environment
from staff.migrate import STAFF
from staff.models import metadata

run_environment(context, metadata, STAFF.version_table)
