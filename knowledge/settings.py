"""Where the knowledge base lives.

`WEGWIJZER_DATABASE_URL` wins; otherwise an SQLite file under `<project root>/var/`, so the
embedded default needs no database server.
"""
from __future__ import annotations

import os
from pathlib import Path

DATABASE_URL_ENV = "WEGWIJZER_DATABASE_URL"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
VAR_DIR = PROJECT_ROOT / "var"
DEFAULT_SQLITE_PATH = VAR_DIR / "knowledge.sqlite3"
SEED_DIR = PACKAGE_DIR / "seed"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"

# SQLAlchemy 1.4 warns about 2.0 changes on every start-up otherwise; we already use the 2.0 API.
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


def database_url() -> str:
    """The database URL from the environment, or the default SQLite file (its folder is created)."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if url:
        return url
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"
