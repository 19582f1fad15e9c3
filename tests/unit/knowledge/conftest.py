"""Databases for the knowledge tests (tests/helpers/kb_databases.py)."""
from tests.helpers.kb_databases import *  # noqa: F401,F403  (fixtures)
