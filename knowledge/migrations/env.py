"""Alembic environment for the knowledge base. Driven from code (`knowledge.migrate`), not from
an alembic.ini: the caller passes a connection in `config.attributes["connection"]`, or a URL
as `sqlalchemy.url`.
"""
from alembic import context

from knowledge.db import make_engine
from knowledge.migrate import VERSION_TABLE
from knowledge.models import metadata

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; pass a database URL.")
run_migrations_online()
