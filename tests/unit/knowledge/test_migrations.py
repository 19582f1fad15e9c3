"""Alembic migrations: up to head and back down to base, on SQLite and PostgreSQL; the
migrated schema is exactly what the models describe."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from knowledge import migrate
from knowledge.models import metadata

KNOWLEDGE_TABLES = {"organisations", "organisation_terms", "contact_channels", "opening_ranges", "kb_meta"}


def tables(engine):
    return set(inspect(engine).get_table_names())


def test_upgrade_to_head_creates_every_table(empty_db):
    assert not tables(empty_db.engine) & KNOWLEDGE_TABLES
    migrate.upgrade(empty_db.engine)
    assert KNOWLEDGE_TABLES <= tables(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()


def test_downgrade_to_base_removes_them_and_upgrade_works_again(empty_db):
    migrate.upgrade(empty_db.engine)
    migrate.downgrade(empty_db.engine, "base")
    assert not tables(empty_db.engine) & KNOWLEDGE_TABLES
    assert migrate.current_revision(empty_db.engine) is None
    migrate.upgrade(empty_db.engine)
    assert KNOWLEDGE_TABLES <= tables(empty_db.engine)


def test_upgrade_twice_is_harmless(empty_db):
    migrate.upgrade(empty_db.engine)
    migrate.upgrade(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()


def test_migrated_schema_matches_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    # Ignore alembic's own version table.
    differences = [d for d in differences if not (d[0] == "remove_table" and d[1].name == migrate.VERSION_TABLE)]
    assert differences == []


def test_migrations_run_from_a_plain_url_without_alembic_ini(tmp_path):
    url = f"sqlite:///{tmp_path / 'from-url.sqlite3'}"
    migrate.upgrade(url)
    from knowledge.db import make_engine

    engine = make_engine(url)
    assert KNOWLEDGE_TABLES <= tables(engine)
    migrate.downgrade(url)
    assert not tables(engine) & KNOWLEDGE_TABLES
    engine.dispose()
