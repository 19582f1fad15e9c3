"""A seeded knowledge base (with the staff tables): an SQLite file, or a fresh PostgreSQL schema
that is dropped after. For the end-to-end tests and the benchmarks."""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, text


def seed(url: str) -> str:
    """Migrate the whole database at `url` (the app serves the staff pages too) and load the seed."""
    from knowledge.db import make_engine
    from knowledge.seed_io import load_seed
    from staff.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    load_seed(engine)
    engine.dispose()
    return url


def seeded_sqlite(folder: Path) -> str:
    return seed(f"sqlite:///{folder / 'knowledge.sqlite3'}")


@contextmanager
def seeded_postgres_schema(base_url: str, prefix: str = "scaled") -> Iterator[str]:
    """The URL of a new schema on `base_url` with the seed loaded; the schema is dropped after."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with create_engine(base_url, future=True).begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}"
    try:
        yield seed(url)
    finally:
        with create_engine(base_url, future=True).begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
