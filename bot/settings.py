"""Every WEGWIJZER_* setting, read in one place, typed, with its default.

`current()` reads the environment once per process (tests that change the environment call
`current.cache_clear()`). The README lists the same settings. Nothing else reads WEGWIJZER_*;
a test checks that. It imports only `bot.paths`, so every wing may use it.

| setting | default | what |
|---|---|---|
| WEGWIJZER_DATABASE_URL | var/knowledge.sqlite3 | knowledge base and staff tables (sqlite:///..., postgresql://...) |
| WEGWIJZER_WEB_HOST | 127.0.0.1 | where the public web app listens |
| WEGWIJZER_WEB_PORT | 8080 | its port |
| WEGWIJZER_RASA_PORT | 5005 | Rasa's port (`make run` starts it on 127.0.0.1) |
| WEGWIJZER_ACTION_PORT | 5055 | the action server's port |
| WEGWIJZER_RASA_URL | http://127.0.0.1:<RASA_PORT> | where the web app finds Rasa |
| WEGWIJZER_RASA_URLS | (WEGWIJZER_RASA_URL) | several Rasa replicas, comma-separated: each conversation goes to one |
| WEGWIJZER_RASA_TIMEOUT | 20 | seconds the web app waits for Rasa |
| WEGWIJZER_QUICK_EXIT_URL | https://www.buienradar.nl/ | where "Snel weg" goes |
| WEGWIJZER_TRACKER_URL | (in memory) | conversations in SQL instead of memory |
| WEGWIJZER_RASA_REPLICAS | 1 | Rasa replicas (ports RASA_PORT, +1, ...); more need TRACKER_URL, LOCK_STORE_URL |
| WEGWIJZER_ACTION_SERVERS | 1 | `make run`: this many action servers (ports ACTION_PORT, +1, ...) |
| WEGWIJZER_LOCK_STORE_URL | (none) | Redis for Rasa's lock store (redis://host:port/db), shared by the replicas |
| WEGWIJZER_RETENTION_HOURS | 24 | conversations older than this are deleted |
| WEGWIJZER_PURGE_INTERVAL_SECONDS | 300 | how often that is checked |
| WEGWIJZER_MAX_CONVERSATIONS | 2000 | at most this many conversations in memory |
| WEGWIJZER_BEHIND_TLS | off | behind a TLS proxy: HSTS and Secure cookies |
| WEGWIJZER_STALE_DAYS | 180 | facts older than this are on the staff review list |
| WEGWIJZER_TRUSTED_PROXY | (none) | the proxy whose X-Forwarded-For is believed |
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Mapping, Optional, Tuple

from bot.paths import VAR_DIR

DEFAULT_SQLITE_PATH = VAR_DIR / "knowledge.sqlite3"

# Longer messages are cut at the edge, as the chat box does (maxlength 2000 in index.html).
# Rasa needs about half a second per 1,000 characters of words, and one huge message would
# hold up everyone else's answers. A constant, not a setting: the page has the same number.
MAX_MESSAGE_CHARS = 2000

# Where "Snel weg" sends someone: an ordinary, everyday site that says nothing about why
# this person was online. A weather site shows up in nobody's history as a question.
DEFAULT_QUICK_EXIT_URL = "https://www.buienradar.nl/"
# An absolute http(s) URL, or a path on this site (the browser tests use a local page).
_QUICK_EXIT_URL = re.compile(r"^(https?://[^\s\"'<>`]+|/(?!/)[^\s\"'<>`]*)$")


def checked_quick_exit_url(url: str) -> str:
    if not _QUICK_EXIT_URL.match(url):
        raise ValueError("WEGWIJZER_QUICK_EXIT_URL must be an http(s) URL or a path starting with '/'")
    return url


def fixed_moment(value: Optional[str]) -> Optional[datetime]:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("WEGWIJZER_FIXED_NOW needs a UTC offset, e.g. 2026-12-09T12:00:00+01:00")
    return moment


@dataclass(frozen=True)
class Settings:
    database_url: Optional[str] = None  # None: the SQLite file under var/
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    rasa_port: int = 5005
    action_port: int = 5055
    rasa_url: Optional[str] = None  # None: Rasa on 127.0.0.1:rasa_port
    rasa_urls: Tuple[str, ...] = ()  # several replicas (the scaled profile); wins over rasa_url
    rasa_timeout_seconds: float = 20.0
    quick_exit_url: str = DEFAULT_QUICK_EXIT_URL
    tracker_url: Optional[str] = None  # None: conversations in memory
    rasa_replicas: int = 1
    action_servers: int = 1
    lock_store_url: Optional[str] = None
    retention_hours: float = 24.0
    purge_interval_seconds: float = 300.0
    max_conversations: int = 2000
    behind_tls: bool = False
    stale_days: int = 180
    trusted_proxy: Optional[str] = None
    # Tests only: the moment "today" is for reading how long ago something happened, so a
    # conversation test takes the same route on any day (ISO 8601 with offset). Never set in use.
    fixed_now: Optional[datetime] = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> "Settings":
        def text(name: str) -> Optional[str]:
            value = environ.get(f"WEGWIJZER_{name}", "").strip()
            return value or None

        def number(name: str, kind, default):
            value = text(name)
            return default if value is None else kind(float(value) if kind is int else value)

        return cls(
            database_url=text("DATABASE_URL"),
            web_host=text("WEB_HOST") or cls.web_host,
            web_port=number("WEB_PORT", int, cls.web_port),
            rasa_port=number("RASA_PORT", int, cls.rasa_port),
            action_port=number("ACTION_PORT", int, cls.action_port),
            rasa_url=(text("RASA_URL") or "").rstrip("/") or None,
            rasa_urls=tuple(u.strip().rstrip("/") for u in (text("RASA_URLS") or "").split(",") if u.strip()),
            rasa_timeout_seconds=number("RASA_TIMEOUT", float, cls.rasa_timeout_seconds),
            quick_exit_url=checked_quick_exit_url(text("QUICK_EXIT_URL") or cls.quick_exit_url),
            tracker_url=text("TRACKER_URL"),
            rasa_replicas=number("RASA_REPLICAS", int, cls.rasa_replicas),
            action_servers=number("ACTION_SERVERS", int, cls.action_servers),
            lock_store_url=text("LOCK_STORE_URL"),
            retention_hours=number("RETENTION_HOURS", float, cls.retention_hours),
            purge_interval_seconds=number("PURGE_INTERVAL_SECONDS", float, cls.purge_interval_seconds),
            max_conversations=number("MAX_CONVERSATIONS", int, cls.max_conversations),
            behind_tls=(text("BEHIND_TLS") or "").lower() in ("1", "true", "ja", "yes"),
            stale_days=number("STALE_DAYS", int, cls.stale_days),
            trusted_proxy=text("TRUSTED_PROXY"),
            fixed_now=fixed_moment(text("FIXED_NOW")),
        )

    def __post_init__(self) -> None:
        if self.rasa_replicas < 1 or self.action_servers < 1:
            raise ValueError("WEGWIJZER_RASA_REPLICAS and WEGWIJZER_ACTION_SERVERS must be at least 1")
        if self.rasa_replicas > 1 and not (self.tracker_url and self.lock_store_url):
            raise ValueError("several Rasa replicas need WEGWIJZER_TRACKER_URL (shared conversations) "
                             "and WEGWIJZER_LOCK_STORE_URL (one replica per message at a time)")

    def resolved_database_url(self) -> str:
        """The database URL, or the default SQLite file (its folder is made when needed)."""
        if self.database_url:
            return self.database_url
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_SQLITE_PATH}"

    def resolved_rasa_url(self) -> str:
        return self.rasa_url or f"http://127.0.0.1:{self.rasa_port}"

    def resolved_rasa_urls(self) -> Tuple[str, ...]:
        return self.rasa_urls or (self.resolved_rasa_url(),)


@lru_cache(maxsize=1)
def current() -> Settings:
    """The settings of this process, read from the environment on first use."""
    return Settings.from_environ(os.environ)


def database_url() -> str:
    return current().resolved_database_url()
