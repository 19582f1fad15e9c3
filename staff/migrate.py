"""The staff tables' own migration history, next to the knowledge base's.

`upgrade` brings both up to date: the staff app needs the knowledge base, the knowledge base
never needs the staff tables.
"""
from __future__ import annotations

from pathlib import Path

from knowledge import migrate as knowledge_migrate
from knowledge.migrate import Bind, Tree

STAFF = Tree(Path(__file__).resolve().parent / "migrations", "staff_alembic_version")


def upgrade(bind: Bind = None) -> None:
    knowledge_migrate.upgrade(bind)
    knowledge_migrate.upgrade(bind, tree=STAFF)


def downgrade_staff(bind: Bind = None, revision: str = "base") -> None:
    knowledge_migrate.downgrade(bind, revision, tree=STAFF)


def head_revision() -> str:
    return knowledge_migrate.head_revision(STAFF)


def current_revision(bind) -> str:
    return knowledge_migrate.current_revision(bind, STAFF)
