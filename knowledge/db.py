"""Engines and sessions for the knowledge base (SQLAlchemy 1.4, 2.0-style API).

Every session made here bumps `kb_meta.change_counter` when it flushes a change to a knowledge
table or executes an insert/update/delete on one, so in-process snapshots (`knowledge.catalogue`)
see writes from any process. Writes that bypass these sessions (a plain engine connection, raw
SQL elsewhere) must call `bump_change_counter` themselves.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event, select, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from . import history
from .models import KNOWLEDGE_MODELS, KbMeta


def make_engine(database_url: str, **kwargs) -> Engine:
    """An engine for `database_url` (sqlite:///..., postgresql://...)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        # Keep SQLite file connections open between queries (SQLAlchemy 1.4 would reopen the
        # file for every query); they are used by one thread at a time.
        kwargs.setdefault("poolclass", QueuePool)
        kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
    engine = create_engine(url, future=True, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class KnowledgeSession(Session):
    """A 2.0-style session that records changes in the change counter."""

    def __init__(self, bind=None, **kwargs):
        kwargs.setdefault("future", True)
        super().__init__(bind=bind, **kwargs)


history.install(KnowledgeSession)


@event.listens_for(KnowledgeSession, "before_flush")
def _count_changes(session: Session, _flush_context, _instances) -> None:
    touched = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(obj, KNOWLEDGE_MODELS) for obj in touched):
        bump_change_counter(session.connection())


KNOWLEDGE_TABLES = frozenset(model.__tablename__ for model in KNOWLEDGE_MODELS)


@event.listens_for(KnowledgeSession, "do_orm_execute")
def _count_statement_changes(state) -> None:
    # update()/delete()/insert() run through session.execute bypass the flush.
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in KNOWLEDGE_TABLES:
        bump_change_counter(state.session.connection())


@contextmanager
def session_scope(engine: Engine, *, commit: bool = True) -> Iterator[KnowledgeSession]:
    """One transaction: commit on success (or roll back when `commit` is False), roll back on
    any error."""
    with KnowledgeSession(engine) as session:
        try:
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise


def bump_change_counter(connection: Connection) -> None:
    result = connection.execute(
        update(KbMeta).where(KbMeta.id == 1).values(change_counter=KbMeta.change_counter + 1)
    )
    if result.rowcount == 0:
        connection.execute(KbMeta.__table__.insert().values(id=1, change_counter=1))


# Built once on the Table, not the ORM class: a plain Core statement runs about four times
# faster, and this one runs before every query.
_KB_META = KbMeta.__table__
_READ_COUNTER = select(_KB_META.c.change_counter).where(_KB_META.c.id == 1)


def read_change_counter(connection: Connection) -> int:
    value = connection.execute(_READ_COUNTER).scalar()
    return int(value or 0)
