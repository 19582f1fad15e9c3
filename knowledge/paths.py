"""Where the knowledge package keeps its own files. Where the database is, is the caller's
choice (bot/settings.py reads WEGWIJZER_DATABASE_URL); the knowledge base reads no settings."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SEED_DIR = PACKAGE_DIR / "seed"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
