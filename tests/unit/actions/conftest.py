"""A seeded knowledge base for the actions."""
from tests.helpers.actions_kb import *  # noqa: F401,F403  (fixtures)
