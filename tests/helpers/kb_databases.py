"""Databases for the knowledge tests: SQLite always; PostgreSQL too when TEST_DATABASE_URL is
set, each test database in a schema of its own that is dropped afterwards."""
from __future__ import annotations

import os
import uuid
from datetime import datetime

import pytest
from sqlalchemy import text

from knowledge import KnowledgeBase, migrate, seed_io
from knowledge.db import make_engine
from knowledge.opening_hours import AMSTERDAM
from tests.helpers.kb_fixtures import fixture_organisations

BACKENDS = ("sqlite", "postgresql")
SKIP_POSTGRES = "TEST_DATABASE_URL is not set: the PostgreSQL variant of this test was skipped"

# Wednesday afternoon: every fixture line with weekly hours is open.
WEDNESDAY_AFTERNOON = datetime(2026, 11, 25, 14, 0, tzinfo=AMSTERDAM)


class ScratchDatabase:
    """A fresh, empty database (SQLite file or PostgreSQL schema)."""

    def __init__(self, backend: str, tmp_path):
        self.backend = backend
        self.schema = None
        if backend == "sqlite":
            self.url = f"sqlite:///{tmp_path / 'knowledge.sqlite3'}"
            self.engine = make_engine(self.url)
        else:
            base_url = os.environ.get("TEST_DATABASE_URL")
            if not base_url:
                pytest.skip(SKIP_POSTGRES)
            self.schema = f"kb_test_{uuid.uuid4().hex[:12]}"
            self.base_url = base_url
            admin = make_engine(base_url)
            with admin.begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
            admin.dispose()
            # The schema goes into the URL, so the CLI and plain-URL code paths use it too.
            separator = "&" if "?" in base_url else "?"
            self.url = f"{base_url}{separator}options=-csearch_path%3D{self.schema}"
            self.engine = make_engine(self.url)

    def drop(self) -> None:
        self.engine.dispose()
        if self.schema:
            admin = make_engine(self.base_url)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(params=BACKENDS)
def empty_db(request, tmp_path):
    database = ScratchDatabase(request.param, tmp_path)
    yield database
    database.drop()


@pytest.fixture
def empty_db_factory(request, tmp_path):
    """More fresh, migrated databases of the same backend as `empty_db`, within one test."""
    created = []

    def make():
        backend = request.node.callspec.params.get("empty_db", "sqlite")
        folder = tmp_path / f"extra{len(created)}"
        folder.mkdir()
        database = ScratchDatabase(backend, folder)
        created.append(database)
        migrate.upgrade(database.engine)
        return database.engine

    yield make
    for database in created:
        database.drop()


@pytest.fixture
def engine(empty_db):
    migrate.upgrade(empty_db.engine)
    return empty_db.engine


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_kb(request, tmp_path_factory):
    """The real seed, loaded once per backend. Read-only."""
    database = ScratchDatabase(request.param, tmp_path_factory.mktemp("seeded"))
    migrate.upgrade(database.engine)
    seed_io.load_seed(database.engine)
    kb = KnowledgeBase(engine=database.engine)
    yield kb
    database.drop()


@pytest.fixture(scope="session", params=BACKENDS)
def fixture_kb(request, tmp_path_factory):
    """The made-up organisations of kb_fixtures, once per backend. Read-only."""
    database = ScratchDatabase(request.param, tmp_path_factory.mktemp("fixture"))
    migrate.upgrade(database.engine)
    seed_io.import_records(database.engine, fixture_organisations())
    kb = KnowledgeBase(engine=database.engine)
    yield kb
    database.drop()


@pytest.fixture
def now():
    return WEDNESDAY_AFTERNOON
