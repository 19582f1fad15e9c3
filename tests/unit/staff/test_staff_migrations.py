"""The staff tables have their own migration history, next to the knowledge base's."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import inspect, select, text

from knowledge import migrate as knowledge_migrate
from knowledge.db import make_engine, session_scope
from staff import audit, migrate
from staff.models import AuditEntry, metadata

STAFF_TABLES = {"audit_log", "staff_users", "staff_sessions", "api_tokens"}


def test_the_knowledge_base_alone_has_no_staff_tables(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.sqlite3'}")
    knowledge_migrate.upgrade(engine)
    assert not STAFF_TABLES & set(inspect(engine).get_table_names())
    migrate.upgrade(engine)
    assert STAFF_TABLES <= set(inspect(engine).get_table_names())
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert knowledge_migrate.current_revision(engine) == knowledge_migrate.head_revision()
    engine.dispose()


def test_staff_tables_of_an_older_database_are_adopted_and_its_copied_rows_dropped(tmp_path):
    # Before, the knowledge base's migration 0002 made the staff tables, and every organisation
    # change left an audit row next to its version row.
    engine = make_engine(f"sqlite:///{tmp_path / 'oud.sqlite3'}")
    knowledge_migrate.upgrade(engine)
    metadata.create_all(engine)
    at = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
    with engine.begin() as connection:
        connection.execute(AuditEntry.__table__.insert(), [
            {"at": at, "actor": "anna", "action": "login", "target": "anna"},
            {"at": at, "actor": "anna", "action": "organisatie.update", "target": "csg", "detail": "versie 2"},
        ])
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with session_scope(engine) as session:
        rows = session.execute(select(AuditEntry.action)).scalars().all()
        assert rows == ["login"]
        assert [r.action for r in audit.entries(session)] == ["login"]
    engine.dispose()


def test_staff_downgrade_leaves_the_knowledge_base(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.sqlite3'}")
    migrate.upgrade(engine)
    migrate.downgrade_staff(engine)
    tables = set(inspect(engine).get_table_names())
    assert not STAFF_TABLES & tables and "organisations" in tables
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM organisations")).scalar() == 0
    engine.dispose()
