"""Action tests run against the real seed in a fresh SQLite knowledge base."""
import pytest

from knowledge import KnowledgeBase
from knowledge.db import make_engine
from knowledge.migrate import upgrade
from knowledge.seed_io import load_seed


@pytest.fixture(scope="session")
def seeded_engine(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.sqlite3'}")
    upgrade(engine)
    load_seed(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def real_kb(seeded_engine):
    return KnowledgeBase(engine=seeded_engine)
