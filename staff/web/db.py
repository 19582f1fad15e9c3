"""Database work off the event loop: SQLAlchemy and scrypt block, the chat must not wait."""
from __future__ import annotations

import asyncio
from functools import partial
from typing import Any, Callable, TypeVar

from aiohttp import web
from sqlalchemy.engine import Engine

from knowledge.db import session_scope

T = TypeVar("T")
ENGINE = web.AppKey("staff_engine", Engine)


async def in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, partial(fn, *args, **kwargs))


async def with_session(request: web.Request, fn: Callable[..., T], *args: Any, commit: bool = True) -> T:
    """fn(session, *args) in one transaction, in a worker thread."""
    engine = request.app[ENGINE]

    def run() -> T:
        with session_scope(engine, commit=commit) as session:
            return fn(session, *args)

    return await in_thread(run)


async def with_engine(request: web.Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """fn(engine, *args, **kwargs) in a worker thread (fn opens its own transactions)."""
    return await in_thread(fn, request.app[ENGINE], *args, **kwargs)
