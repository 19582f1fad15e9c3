"""One real stack (action server, Rasa with the trained model, web app) per test session,
on free ports, with its own freshly seeded SQLite knowledge base."""
import pytest

from bot.stack import Ports, Stack
from bot.training import ensure_model
from knowledge.db import make_engine
from knowledge.migrate import upgrade
from knowledge.seed_io import load_seed


@pytest.fixture(scope="session")
def knowledge_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'knowledge.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    load_seed(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def stack(tmp_path_factory, knowledge_url):
    model = ensure_model()  # `make test` trained it already; this only finds it
    log_dir = tmp_path_factory.mktemp("logs")
    running = Stack(
        model, Ports.free(), log_dir=log_dir, extra_env={"WEGWIJZER_DATABASE_URL": knowledge_url}
    )
    try:
        running.start(progress=print, timeout=400)
        yield running
    finally:
        running.stop()
