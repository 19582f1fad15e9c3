"""What the public web app mounts of the staff wing: the /beheer pages and the JSON API
(/api/v1), sharing one engine, one settings object and one login limiter.

    from staff.mount import StaffSettings, mount_staff
    mount_staff(app, StaffSettings.from_env())
"""
from __future__ import annotations

from typing import Optional

from aiohttp import web
from sqlalchemy.engine import Engine

from .api import setup_api
from .web import StaffSettings, setup_staff

__all__ = ["StaffSettings", "mount_staff"]


def mount_staff(app: web.Application, settings: Optional[StaffSettings] = None, *,
                engine: Optional[Engine] = None) -> None:
    setup_staff(app, settings, engine=engine)
    setup_api(app)
