"""Bearer tokens and scopes for /api/v1. Answers are JSON, also the refusals."""
from __future__ import annotations

import functools
from typing import Awaitable, Callable

from aiohttp import web

from staff import tokens
from staff.web.db import with_session

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error(status: int, message: str, **extra) -> web.Response:
    headers = {"WWW-Authenticate": 'Bearer realm="wegwijzer"'} if status == 401 else None
    return web.json_response({"error": message, **extra}, status=status, headers=headers)


def requires_scope(scope: str) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def checked(request: web.Request) -> web.StreamResponse:
            header = request.headers.get("Authorization", "")
            kind, _, token = header.partition(" ")
            if kind.lower() != "bearer" or not token.strip():
                return error(401, "token ontbreekt: stuur 'Authorization: Bearer <token>'")
            info = await with_session(request, lambda s: tokens.verify(s, token.strip()))
            if info is None:
                return error(401, "token onbekend of ingetrokken")
            if scope not in info.scopes:
                return error(403, f"dit token heeft geen recht '{scope}'")
            request["token"] = info
            return await handler(request)

        checked.required_scope = scope  # read by the tests that walk every route
        return checked

    return decorate
