"""Databases and the staff app for the staff tests."""
from tests.helpers.kb_databases import *  # noqa: F401,F403  (fixtures)
from tests.helpers.staff_app import *  # noqa: F401,F403  (fixtures)
