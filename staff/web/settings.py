"""Settings of the staff pages and the JSON API, read once from the environment."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot import settings as app_settings


@dataclass(frozen=True)
class StaffSettings:
    # None: bot.settings (WEGWIJZER_DATABASE_URL or var/knowledge.sqlite3).
    database_url: Optional[str] = None
    # Behind a TLS proxy the app itself sees plain HTTP: then say so, and cookies get Secure.
    behind_tls: bool = False
    # Facts last checked longer ago than this are on the "te controleren" page.
    stale_days: int = 180
    # Failed logins per client address per 15 minutes before it has to wait (kept in memory
    # only; the per-username limit in staff.accounts holds across processes).
    login_failures_per_address: int = 20
    # The address of a reverse proxy in front of the app: only requests from it may say who
    # the client is (X-Forwarded-For). Unset: the connection's own address is the client.
    trusted_proxy: Optional[str] = None

    @classmethod
    def from_env(cls) -> "StaffSettings":
        read = app_settings.current()
        return cls(database_url=read.database_url, behind_tls=read.behind_tls,
                   stale_days=read.stale_days, trusted_proxy=read.trusted_proxy)
