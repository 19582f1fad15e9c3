"""bot/settings.py: every WEGWIJZER_* setting read in one place, typed, with its default."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from bot import paths, settings
from bot.settings import Settings


def test_defaults_without_any_setting():
    read = Settings.from_environ({})
    assert read == Settings()
    assert (read.web_port, read.rasa_port, read.action_port) == (8080, 5005, 5055)
    assert read.resolved_database_url() == f"sqlite:///{paths.VAR_DIR / 'knowledge.sqlite3'}"
    assert paths.VAR_DIR.is_dir()
    assert read.resolved_rasa_url() == "http://127.0.0.1:5005"


def test_every_setting_is_read_and_typed():
    read = Settings.from_environ({
        "WEGWIJZER_DATABASE_URL": " postgresql://x@y/z ", "WEGWIJZER_WEB_HOST": "0.0.0.0",
        "WEGWIJZER_WEB_PORT": "9000", "WEGWIJZER_RASA_PORT": "6000", "WEGWIJZER_ACTION_PORT": "6055",
        "WEGWIJZER_RASA_URL": "http://rasa:5005/", "WEGWIJZER_RASA_TIMEOUT": "2.5",
        "WEGWIJZER_RASA_URLS": " http://rasa-0:5005/, http://rasa-1:5005 ,",
        "WEGWIJZER_QUICK_EXIT_URL": "/weg", "WEGWIJZER_TRACKER_URL": "sqlite:///t.db",
        "WEGWIJZER_RETENTION_HOURS": "6", "WEGWIJZER_PURGE_INTERVAL_SECONDS": "1.5",
        "WEGWIJZER_MAX_CONVERSATIONS": "10", "WEGWIJZER_BEHIND_TLS": "ja", "WEGWIJZER_STALE_DAYS": "30",
        "WEGWIJZER_TRUSTED_PROXY": "10.0.0.1", "WEGWIJZER_RASA_REPLICAS": "2", "WEGWIJZER_ACTION_SERVERS": "3",
        "WEGWIJZER_LOCK_STORE_URL": "redis://127.0.0.1:6379/0",
    })
    assert read == Settings(
        database_url="postgresql://x@y/z", web_host="0.0.0.0", web_port=9000, rasa_port=6000,
        action_port=6055, rasa_url="http://rasa:5005", rasa_urls=("http://rasa-0:5005", "http://rasa-1:5005"),
        rasa_timeout_seconds=2.5, quick_exit_url="/weg",
        tracker_url="sqlite:///t.db", retention_hours=6.0, purge_interval_seconds=1.5, max_conversations=10,
        behind_tls=True, stale_days=30, trusted_proxy="10.0.0.1", rasa_replicas=2, action_servers=3,
        lock_store_url="redis://127.0.0.1:6379/0")
    assert read.resolved_database_url() == "postgresql://x@y/z"
    assert Settings.from_environ({"WEGWIJZER_RASA_PORT": "6000"}).resolved_rasa_urls() == ("http://127.0.0.1:6000",)
    assert read.resolved_rasa_urls() == ("http://rasa-0:5005", "http://rasa-1:5005")


@pytest.mark.parametrize("environ", [{"WEGWIJZER_QUICK_EXIT_URL": "javascript:alert(1)"},
                                     {"WEGWIJZER_WEB_PORT": "acht"}, {"WEGWIJZER_RASA_REPLICAS": "0"},
                                     {"WEGWIJZER_RASA_REPLICAS": "2"},  # without a shared store and locks
                                     {"WEGWIJZER_RASA_REPLICAS": "2", "WEGWIJZER_TRACKER_URL": "sqlite:///t.db"}])
def test_a_wrong_value_stops_the_start(environ):
    with pytest.raises(ValueError):
        Settings.from_environ(environ)


def test_read_once_per_process(monkeypatch):
    monkeypatch.setenv("WEGWIJZER_STALE_DAYS", "12")
    first = settings.current()
    monkeypatch.setenv("WEGWIJZER_STALE_DAYS", "99")
    assert settings.current() is first and first.stale_days == 12


def test_the_actions_open_the_configured_database(monkeypatch, tmp_path):
    from actions.knowledge_access import knowledge_base

    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    monkeypatch.setenv("WEGWIJZER_DATABASE_URL", url)
    knowledge_base.cache_clear()
    try:
        assert knowledge_base().engine.url.database == str(tmp_path / "kb.sqlite3")
    finally:
        knowledge_base().close()
        knowledge_base.cache_clear()


def test_no_other_module_reads_wegwijzer_settings():
    found = subprocess.run(["git", "grep", "-n", "-E", r"environ(\.get)?\(?\[?\"WEGWIJZER_|getenv\(\"WEGWIJZER_",
                            "--", "bot", "actions", "knowledge", "staff"],
                           capture_output=True, text=True, cwd=paths.PROJECT_ROOT).stdout
    assert found == ""
    documented = set(re.findall(r"WEGWIJZER_[A-Z_]+", (paths.PROJECT_ROOT / "README.md").read_text("utf-8")))
    read = set(re.findall(r'text\("([A-Z_]+)"\)|number\("([A-Z_]+)"', open(settings.__file__).read()))
    names = {"WEGWIJZER_" + (a or b) for a, b in read}
    assert len(names) == 20 and names <= documented, names - documented


def test_a_fixed_now_is_read_with_its_offset_and_moves_the_time_reading():
    from datetime import datetime, timezone

    from bot.nlu.time_since import amsterdam_now

    read = Settings.from_environ({"WEGWIJZER_FIXED_NOW": "2026-12-09T12:00:00+01:00"})
    assert read.fixed_now == datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)
    assert Settings.from_environ({}).fixed_now is None
    with pytest.raises(ValueError):
        Settings.from_environ({"WEGWIJZER_FIXED_NOW": "2026-12-09T12:00:00"})  # no offset: whose noon?
    settings.current.cache_clear()
    try:
        os.environ["WEGWIJZER_FIXED_NOW"] = "2026-12-09T12:00:00+01:00"
        settings.current.cache_clear()
        assert amsterdam_now().isoformat() == "2026-12-09T12:00:00+01:00"
    finally:
        del os.environ["WEGWIJZER_FIXED_NOW"]
        settings.current.cache_clear()
    assert amsterdam_now().year >= 2026  # the real clock again
