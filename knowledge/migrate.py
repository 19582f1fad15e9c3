"""Alembic migrations, run from code. No alembic.ini: the Config is built here.

`Tree` names one migration history (its folder and its version table); the staff app runs its
own tree through the same functions (`staff.migrate`).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, Optional, Union

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from . import paths

# Our own version table, so the knowledge base can share a PostgreSQL database with others.
VERSION_TABLE = "knowledge_alembic_version"

Bind = Union[str, Engine, Connection]


class Tree(NamedTuple):
    script_location: Path
    version_table: str


KNOWLEDGE = Tree(paths.MIGRATIONS_DIR, VERSION_TABLE)


def alembic_config(database_url: str, tree: Tree = KNOWLEDGE) -> Config:
    config = Config()
    config.set_main_option("script_location", str(tree.script_location))
    # Config values go through configparser interpolation: a URL-encoded "%" must be doubled.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(bind: Bind, revision: str = "head", tree: Tree = KNOWLEDGE) -> None:
    _run(command.upgrade, bind, revision, tree)


def downgrade(bind: Bind, revision: str = "base", tree: Tree = KNOWLEDGE) -> None:
    _run(command.downgrade, bind, revision, tree)


def head_revision(tree: Tree = KNOWLEDGE) -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://", tree)).get_current_head()


def current_revision(bind: Union[Engine, Connection], tree: Tree = KNOWLEDGE) -> Optional[str]:
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return current_revision(connection, tree)
    context = MigrationContext.configure(bind, opts={"version_table": tree.version_table})
    return context.get_current_revision()


def _run(action, bind: Bind, revision: str, tree: Tree) -> None:
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            _run(action, connection, revision, tree)
        return
    if isinstance(bind, Connection):
        config = alembic_config(bind.engine.url.render_as_string(hide_password=False), tree)
        config.attributes["connection"] = bind
    else:
        config = alembic_config(bind, tree)
    action(config, revision)


def run_environment(context, metadata, version_table: str) -> None:
    """The body of an Alembic env.py (knowledge's and staff's): online only, on the connection
    the caller passed in `config.attributes["connection"]`, or on one made from the URL."""
    from .db import make_engine  # db imports the models, which a bare migrate must not need

    if context.is_offline_mode():
        raise SystemExit("Offline (SQL script) migrations are not supported; pass a database URL.")

    def run(connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table=version_table,
            render_as_batch=True,  # SQLite can only ALTER through table copies
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()

    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            run(connection)
    finally:
        engine.dispose()
