"""Who is logged in, what they may do, and the checks on every form.

- The session cookie holds a random token (the database keeps its SHA-256): HttpOnly,
  SameSite=Strict, Path=/beheer, and Secure when the request came over TLS or
  WEGWIJZER_BEHIND_TLS is set.
- Every POST carries the session's CSRF token; the login form a token of its own (double
  submit: cookie and form field must match). A cross-site Origin header is refused as well.
- Roles: viewer < editor < admin (`requires("editor")`).
"""
from __future__ import annotations

import asyncio
import functools
import hmac
import secrets
from typing import Awaitable, Callable, Optional
from urllib.parse import quote

from aiohttp import web

from staff import accounts

from .db import with_session
from .render import render
from .settings import StaffSettings

SESSION_COOKIE = "wegwijzer_beheer"
LOGIN_COOKIE = "wegwijzer_inlog"
COOKIE_PATH = "/beheer"
STAFF_SETTINGS = web.AppKey("staff_settings", StaffSettings)
ROLE_NAMES = {"viewer": "meelezer (viewer)", "editor": "redacteur (editor)", "admin": "beheerder (admin)"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_secure(request: web.Request) -> bool:
    return request.secure or request.app[STAFF_SETTINGS].behind_tls


def set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(name, value, path=COOKIE_PATH, httponly=True, samesite="Strict",
                        secure=is_secure(request))


def clear_cookie(request: web.Request, response: web.StreamResponse, name: str) -> None:
    response.del_cookie(name, path=COOKIE_PATH)


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


def same_token(expected: str, given: str) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected.encode(), given.encode())


def cross_site(request: web.Request) -> bool:
    """An Origin header that names another site. Our pages send `Referrer-Policy:
    no-referrer`, so a browser says `Origin: null` on their own forms: that proves nothing
    either way and is left to the CSRF token and the SameSite=Strict cookie."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    return origin.rstrip("/") != f"{request.scheme}://{request.host}" and not (
        request.app[STAFF_SETTINGS].behind_tls and origin.rstrip("/") == f"https://{request.host}")


async def current_staff(request: web.Request):
    token = request.cookies.get(SESSION_COOKIE, "")
    if not token:
        return None
    return await with_session(request, lambda s: accounts.load_session(s, token))


def forbidden(request: web.Request, text: str, status: int = 403) -> web.Response:
    return render(request, "error.html", status=status, title="Geen toegang", text=text)


def requires(role: str) -> Callable[[Handler], Handler]:
    """Log-in, role and (for POST) CSRF check before the handler runs."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def checked(request: web.Request) -> web.StreamResponse:
            staff = await current_staff(request)
            if staff is None:
                if request.method == "GET":
                    raise web.HTTPSeeOther(f"/beheer/inloggen?terug={quote(request.path_qs, safe='')}")
                return render(request, "error.html", status=401, title="Niet ingelogd",
                              text="Je bent niet (meer) ingelogd. Log opnieuw in; je wijziging is niet opgeslagen.")
            request["staff"] = staff
            if request.method == "POST":
                form = await request.post()
                request["form"] = form
                if cross_site(request) or not same_token(staff.csrf_token, str(form.get("csrf", ""))):
                    return forbidden(request, "Dit formulier is verlopen of kwam niet van deze site. "
                                              "Ga terug, laad de pagina opnieuw en probeer het nog eens.")
            if not accounts.role_at_least(staff.user.role, role):
                return forbidden(request, f"Hiervoor heb je de rol {ROLE_NAMES[role]} nodig. "
                                          f"Jouw rol is {ROLE_NAMES.get(staff.user.role, staff.user.role)}.")
            return await handler(request)

        checked.required_role = role  # read by the tests that walk every route
        return checked

    return decorate


class AddressLimiter:
    """Failed logins per client address (accounts.FailureLog: in memory, hashed, never
    written anywhere): after `free` failures within the window, growing delays (1 s, 2 s,
    4 s, ... at most a quarter of an hour) after the latest one, like the delays per name."""

    def __init__(self, free: int) -> None:
        self.free = free
        self._log = accounts.FailureLog()

    def wait_seconds(self, address: str) -> float:
        """0 when this address may try now."""
        return self._log.wait(address, accounts.utcnow(), self.free).total_seconds()

    def failed(self, address: str) -> None:
        self._log.failed(address, accounts.utcnow())


def client_address(request: web.Request, trusted_proxy: Optional[str]) -> str:
    """The client's address. Behind a proxy every request comes from the proxy, so its
    X-Forwarded-For is used, but only when the request really comes from the proxy named in
    WEGWIJZER_TRUSTED_PROXY (anyone can send the header): the last entry, the one that proxy
    added."""
    remote = request.remote or "?"
    if trusted_proxy and remote == trusted_proxy:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
        if forwarded and forwarded[-1]:
            return forwarded[-1][:64]
    return remote


LIMITER = web.AppKey("staff_login_limiter", AddressLimiter)
# Password hashing (scrypt, 128 MiB each) at most this many at a time, so a burst of logins
# cannot take the memory the assistant needs.
HASH_SLOTS = web.AppKey("staff_hash_slots", asyncio.Semaphore)
MAX_PARALLEL_HASHES = 2
