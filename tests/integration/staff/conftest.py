"""The staff app and the JSON API on a real database."""
from tests.helpers.staff_api import *  # noqa: F401,F403  (fixtures)
from tests.helpers.staff_app import *  # noqa: F401,F403  (fixtures)
