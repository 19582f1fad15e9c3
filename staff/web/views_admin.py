"""For admins: accounts, API tokens and the audit log."""
from __future__ import annotations

from aiohttp import web

from staff import accounts, audit, tokens
from staff.models import ROLES
from staff.route_params import whole_number

from .db import with_session
from .render import not_found, render
from .security import HASH_SLOTS, ROLE_NAMES, requires

AUDIT_PAGE = 100


@requires("admin")
async def users(request: web.Request) -> web.Response:
    return await _users_page(request)


async def _users_page(request: web.Request, *, status: int = 200, error: str = "", message: str = "") -> web.Response:
    rows = await with_session(request, accounts.list_users, commit=False)
    return render(request, "users.html", status=status, users=rows, roles=ROLES, role_names=ROLE_NAMES,
                  error=error, message=message or None)


@requires("admin")
async def create_user(request: web.Request) -> web.Response:
    form = request["form"]
    username, role = str(form.get("gebruikersnaam", ""))[:80], str(form.get("rol", ""))
    password = str(form.get("wachtwoord", ""))[:1000]
    actor = request["staff"].user.username
    try:
        async with request.app[HASH_SLOTS]:
            user = await with_session(request, lambda s: accounts.create_user(s, username, password, role, actor=actor))
    except accounts.AccountError as error:
        return await _users_page(request, status=422, error=str(error))
    return await _users_page(request, message=f"Account {user.username} is gemaakt met de rol {ROLE_NAMES[user.role]}.")


@requires("admin")
async def change_user(request: web.Request) -> web.Response:
    form = request["form"]
    user_id = whole_number(request.match_info["user_id"])
    actor = request["staff"].user.username
    action = str(form.get("actie", ""))

    def change(session):
        if action == "rol":
            return accounts.set_role(session, user_id, str(form.get("rol", "")), actor=actor)
        if action in ("uitzetten", "aanzetten"):
            return accounts.set_active(session, user_id, action == "aanzetten", actor=actor)
        raise accounts.AccountError("Onbekende actie.")

    try:
        user = await with_session(request, change)
    except accounts.AccountError as error:
        return await _users_page(request, status=422, error=str(error))
    return await _users_page(request, message=f"Account {user.username} is bijgewerkt.")


@requires("admin")
async def token_list(request: web.Request) -> web.Response:
    return await _tokens_page(request)


async def _tokens_page(request: web.Request, *, status: int = 200, error: str = "", new_token: str = "",
                       message: str = "") -> web.Response:
    rows = await with_session(request, tokens.list_tokens, commit=False)
    return render(request, "tokens.html", status=status, tokens=rows, error=error, new_token=new_token,
                  message=message or None)


@requires("admin")
async def create_token(request: web.Request) -> web.Response:
    form = request["form"]
    name = str(form.get("naam", ""))[:80]
    scopes = ["read", "write"] if form.get("schrijven") else ["read"]
    actor = request["staff"].user.username
    try:
        token, info = await with_session(request, lambda s: tokens.create_token(s, name, scopes, actor=actor))
    except accounts.AccountError as error:
        return await _tokens_page(request, status=422, error=str(error))
    return await _tokens_page(request, new_token=token, message=f"Token {info.name} is gemaakt.")


@requires("admin")
async def revoke_token(request: web.Request) -> web.Response:
    token_id = whole_number(request.match_info["token_id"])
    actor = request["staff"].user.username
    try:
        info = await with_session(request, lambda s: tokens.revoke(s, token_id, actor=actor))
    except accounts.AccountError:
        raise not_found(request, "Dit token bestaat niet.") from None
    return await _tokens_page(request, message=f"Token {info.name} is ingetrokken. Het werkt meteen niet meer.")


@requires("admin")
async def audit_log(request: web.Request) -> web.Response:
    page = max(1, whole_number(request.query.get("pagina", "1")) or 1)
    kind = request.query.get("soort", "")[:40]
    rows = await with_session(
        request, lambda s: audit.entries(s, limit=AUDIT_PAGE + 1, offset=(page - 1) * AUDIT_PAGE,
                                         action_prefix=kind or None), commit=False)
    return render(request, "audit.html", rows=rows[:AUDIT_PAGE], page=page, more=len(rows) > AUDIT_PAGE, kind=kind)
