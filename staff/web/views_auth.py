"""Logging in and out."""
from __future__ import annotations

from aiohttp import web

from staff import accounts

from .db import with_session
from .render import render
from .security import (
    HASH_SLOTS,
    LIMITER,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    STAFF_SETTINGS,
    clear_cookie,
    client_address,
    cross_site,
    current_staff,
    forbidden,
    new_login_token,
    requires,
    same_token,
    set_cookie,
)

WRONG = "Gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw."


def blocked_message(seconds: float) -> str:
    wait = f"{max(1, round(seconds))} seconden" if seconds < 120 else f"{max(2, round(seconds / 60))} minuten"
    return (f"Er is te vaak een verkeerd wachtwoord gebruikt. Wacht {wait} en probeer het dan opnieuw. "
            "Weet je je wachtwoord niet meer? Vraag een beheerder om een nieuw wachtwoord.")


def _back_to(value: str) -> str:
    """Only a path on the staff pages: never a redirect to another site."""
    if value.startswith("/beheer") and not value.startswith("//") and "\\" not in value:
        return value
    return "/beheer/organisaties"


async def login_page(request: web.Request, *, status: int = 200, error: str = "", username: str = "") -> web.Response:
    if status == 200 and await current_staff(request) is not None:
        raise web.HTTPSeeOther(_back_to(request.query.get("terug", "")))
    token = new_login_token()
    response = render(request, "login.html", status=status, login_token=token, error=error,
                      username=username, back=_back_to(request.query.get("terug", "")))
    set_cookie(request, response, LOGIN_COOKIE, token)
    return response


async def login_form(request: web.Request) -> web.Response:
    return await login_page(request)


async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    if cross_site(request) or not same_token(request.cookies.get(LOGIN_COOKIE, ""), str(form.get("csrf", ""))):
        return forbidden(request, "Dit inlogformulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.")
    username = str(form.get("gebruikersnaam", ""))[:80]
    password = str(form.get("wachtwoord", ""))[:1000]
    address = client_address(request, request.app[STAFF_SETTINGS].trusted_proxy)
    limiter = request.app[LIMITER]
    wait = limiter.wait_seconds(address)
    if wait:
        return await login_page(request, status=429, error=blocked_message(wait), username=username)

    def attempt(session):
        try:
            user = accounts.authenticate(session, username, password, client=address)
        except accounts.LoginBlocked as blocked:
            return blocked
        if user is None:
            return None
        return accounts.start_session(session, user)

    async with request.app[HASH_SLOTS]:  # scrypt takes 128 MiB per login: two at a time
        result = await with_session(request, attempt)
    if isinstance(result, accounts.LoginBlocked):
        return await login_page(request, status=429, error=blocked_message(result.wait.total_seconds()),
                                username=username)
    if result is None:
        limiter.failed(address)
        return await login_page(request, status=401, error=WRONG, username=username)
    token, _csrf = result
    response = web.HTTPSeeOther(_back_to(str(form.get("terug", ""))))
    set_cookie(request, response, SESSION_COOKIE, token)
    clear_cookie(request, response, LOGIN_COOKIE)
    return response


@requires("viewer")
async def logout(request: web.Request) -> web.StreamResponse:
    token = request.cookies.get(SESSION_COOKIE, "")
    await with_session(request, lambda s: accounts.end_session(s, token))
    response = web.HTTPSeeOther("/beheer/inloggen")
    clear_cookie(request, response, SESSION_COOKIE)
    return response


@requires("viewer")
async def password_form(request: web.Request) -> web.Response:
    return render(request, "password.html", error="", done=False)


@requires("viewer")
async def change_password(request: web.Request) -> web.Response:
    form = request["form"]
    staff = request["staff"]
    current, new, again = (str(form.get(k, ""))[:1000] for k in ("huidig", "nieuw", "nogmaals"))

    def change(session):
        try:
            if not accounts.check_current_password(session, staff.user.username, current):
                return "Je huidige wachtwoord klopt niet."
        except accounts.LoginBlocked as blocked:
            return blocked
        user = accounts.find_user(session, staff.user.username)
        if new != again:
            return "De twee nieuwe wachtwoorden zijn niet gelijk."
        try:
            accounts.set_password(session, user.id, new, actor=staff.user.username)
        except accounts.AccountError as error:
            return str(error)
        return None

    async with request.app[HASH_SLOTS]:
        error = await with_session(request, change)
    if isinstance(error, accounts.LoginBlocked):
        return render(request, "password.html", status=429, error=blocked_message(error.wait.total_seconds()),
                      done=False)
    if error:
        return render(request, "password.html", status=422, error=error, done=False)
    # Changing the password ends every session, this one too.
    response = render(request, "password.html", error="", done=True, staff=None, csrf="")
    clear_cookie(request, response, SESSION_COOKIE)
    return response
