"""Alembic environment for the knowledge base. Driven from code (`knowledge.migrate`), not from
an alembic.ini: the caller passes a connection in `config.attributes["connection"]`, or a URL
as `sqlalchemy.url`.
"""
from alembic import context

from knowledge.migrate import VERSION_TABLE, run_environment
from knowledge.models import metadata

run_environment(context, metadata, VERSION_TABLE)
