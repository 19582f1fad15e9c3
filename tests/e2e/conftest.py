"""One real stack (action server, Rasa with the trained model, web app) per test session."""
import pytest

from bot.stack import Ports, Stack
from bot.training import ensure_model


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    model = ensure_model()  # `make test` trained it already; this only finds it
    log_dir = tmp_path_factory.mktemp("logs")
    running = Stack(model, Ports.free(), log_dir=log_dir)
    try:
        running.start(progress=print, timeout=400)
        yield running
    finally:
        running.stop()
