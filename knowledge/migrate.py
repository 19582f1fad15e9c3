"""Alembic migrations, run from code. No alembic.ini: the Config is built here."""
from __future__ import annotations

from typing import Optional, Union

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from . import settings

# Our own version table, so the knowledge base can share a PostgreSQL database with others.
VERSION_TABLE = "knowledge_alembic_version"

Bind = Union[str, Engine, Connection, None]


def alembic_config(database_url: Optional[str] = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(settings.MIGRATIONS_DIR))
    # Config values go through configparser interpolation: a URL-encoded "%" must be doubled.
    url = database_url or settings.database_url()
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(bind: Bind = None, revision: str = "head") -> None:
    _run(command.upgrade, bind, revision)


def downgrade(bind: Bind = None, revision: str = "base") -> None:
    _run(command.downgrade, bind, revision)


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(bind: Union[Engine, Connection]) -> Optional[str]:
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return current_revision(connection)
    context = MigrationContext.configure(bind, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def _run(action, bind: Bind, revision: str) -> None:
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            _run(action, connection, revision)
        return
    if isinstance(bind, Connection):
        config = alembic_config(bind.engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = bind
    else:
        config = alembic_config(bind)
    action(config, revision)
