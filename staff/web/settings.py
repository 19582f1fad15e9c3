"""Settings of the staff pages and the JSON API, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "ja", "yes")


@dataclass(frozen=True)
class StaffSettings:
    # None: knowledge.settings (WEGWIJZER_DATABASE_URL or var/knowledge.sqlite3).
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
        return cls(
            database_url=os.environ.get("WEGWIJZER_DATABASE_URL") or None,
            behind_tls=_flag("WEGWIJZER_BEHIND_TLS"),
            stale_days=int(os.environ.get("WEGWIJZER_STALE_DAYS", cls.stale_days)),
            trusted_proxy=os.environ.get("WEGWIJZER_TRUSTED_PROXY", "").strip() or None,
        )
