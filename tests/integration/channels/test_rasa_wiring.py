"""Rasa loads our channel and tracker store from bot/credentials.yml and bot/endpoints.yml,
through its own loaders. (Rasa falls back to its in-memory store without retention, with
only a warning, when a tracker store class cannot be imported: this catches that.)"""
from rasa.core.run import create_http_input_channels
from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain

from bot import paths
from bot.channels.rest import SafeRestInput
from bot.tracker_store import RetentionTrackerStore


def test_the_rest_channel_is_ours_under_the_same_name_and_url():
    channels = create_http_input_channels(None, str(paths.CREDENTIALS))
    rest = [c for c in channels if c.name() == "rest"]
    assert len(rest) == 1 and isinstance(rest[0], SafeRestInput)
    assert rest[0].url_prefix() == "rest"  # -> /webhooks/rest/webhook
    assert rest[0].max_message_chars == 2000
    assert rest[0].fallback_response == "utter_default"
    assert rest[0].unavailable_response == "utter_help_lines"
    # socket.io would skip these checks; it is off (issue 19).
    assert {c.name() for c in channels} == {"rest"}


def test_the_responses_the_channel_adds_exist_and_carry_the_main_numbers():
    domain = Domain.load(str(paths.DOMAIN_DIR))
    for name in ("utter_default", "utter_help_lines"):
        for variation in domain.responses[name]:
            assert "112" in variation["text"] and "0800-0188" in variation["text"], name


def test_the_tracker_store_is_ours(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    monkeypatch.delenv("WEGWIJZER_TRACKER_URL", raising=False)
    endpoints = AvailableEndpoints.read_endpoints(str(paths.ENDPOINTS))
    store = TrackerStore.create(endpoints.tracker_store, Domain.empty())
    assert isinstance(store, RetentionTrackerStore)
    assert store.retention_seconds == 24 * 3600
