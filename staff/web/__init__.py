"""The staff pages under /beheer: log in, keep the organisations current, see history and
the audit log. Server-rendered HTML, no JavaScript, nothing from other sites.

    from staff.web import setup_staff
    setup_staff(app, StaffSettings.from_env())   # the pages; staff.mount adds the JSON API
"""
from __future__ import annotations

import asyncio
from typing import Optional

from aiohttp import web
from sqlalchemy.engine import Engine

from bot import settings as app_settings
from knowledge.db import make_engine

from .db import ENGINE
from .render import JINJA, make_environment
from .routes import setup_routes
from .security import HASH_SLOTS, LIMITER, MAX_PARALLEL_HASHES, STAFF_SETTINGS, AddressLimiter
from .settings import StaffSettings

__all__ = ["StaffSettings", "setup_staff"]


def setup_staff(app: web.Application, settings: Optional[StaffSettings] = None, *,
                engine: Optional[Engine] = None) -> None:
    settings = settings or StaffSettings.from_env()
    app[STAFF_SETTINGS] = settings
    app[ENGINE] = engine or make_engine(settings.database_url or app_settings.database_url())
    app[JINJA] = make_environment()
    app[LIMITER] = AddressLimiter(settings.login_failures_per_address)
    app[HASH_SLOTS] = asyncio.Semaphore(MAX_PARALLEL_HASHES)
    if engine is None:  # ours to close
        async def close_engine(app: web.Application):
            yield
            app[ENGINE].dispose()

        app.cleanup_ctx.append(close_engine)
    setup_routes(app)
