"""Shared fixtures. The spaCy pipeline is the real one `make spacy` builds; the stack is one
real action server + Rasa (trained model) + web app per session, on free ports, with its own
freshly seeded SQLite knowledge base (used by tests/e2e and tests/browser)."""
import os

import pytest

os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


@pytest.fixture(autouse=True)
def settings_read_fresh():
    """bot.settings reads the environment once per process; a test that sets a WEGWIJZER_*
    variable gets it read again, and leaves no cached value behind."""
    from bot import settings

    settings.current.cache_clear()
    yield
    settings.current.cache_clear()


@pytest.fixture(scope="session")
def nlp():
    from bot.nlu.build_spacy import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def knowledge_url(tmp_path_factory):
    from tests.helpers.seeded_database import seeded_sqlite

    return seeded_sqlite(tmp_path_factory.mktemp("kb"))


# The conversations of the end-to-end tests say "gisteren", "vorige week" and "vorige week
# donderdag" (4 to 10 days ago, acute or not by the weekday). The stack reads them on this
# fixed day, a Wednesday in mid-month, so every test takes the same route whatever day CI runs;
# tests/unit/bot/nlu/test_time_on_any_day.py checks the reading itself on many days.
FIXED_NOW = "2026-12-09T12:00:00+01:00"


@pytest.fixture(scope="session")
def stack(tmp_path_factory, knowledge_url):
    from bot.stack import Ports, Stack
    from bot.training import ensure_model

    model = ensure_model()  # `make test` trained it already; this only finds it
    running = Stack(
        model,
        Ports.free(),
        log_dir=tmp_path_factory.mktemp("logs"),
        extra_env={"WEGWIJZER_DATABASE_URL": knowledge_url, "WEGWIJZER_FIXED_NOW": FIXED_NOW},
    )
    try:
        running.start(progress=print, timeout=400)
        yield running
    finally:
        running.stop()
