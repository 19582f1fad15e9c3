"""Who may do what on /beheer: every route is walked, logged out, without CSRF and with a role
that is too low. Plus the log-in itself: cookies, rate limit, audit rows, no default account."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from knowledge import clock
from knowledge.db import session_scope
from staff import accounts, audit
from staff.models import StaffSession, StaffUser
from tests.helpers.staff_fixtures import PASSWORD, csrf_of

ROLES = ("viewer", "editor", "admin")
LOWER = {"editor": "lezer", "admin": "redacteur"}  # a user whose role is one step too low
FILL = {"slug": "csg", "version": "1", "user_id": "1", "token_id": "1"}
PUBLIC = {"/beheer/inloggen"}


def staff_routes(app):
    """(method, path, required role) of every /beheer route that needs a login."""
    found = []
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if not path or not path.startswith("/beheer") or path.startswith("/beheer/static") or route.method == "HEAD":
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: FILL[m.group(1)], path)
        if path in PUBLIC:
            continue
        role = getattr(route.handler, "required_role", None)
        found.append((route.method, path, role))
    return found


async def test_every_staff_route_declares_a_role(server):
    routes = staff_routes(server.app)
    assert len(routes) >= 25
    missing = [(method, path) for method, path, role in routes if role not in ROLES]
    assert missing == []


async def test_logged_out_pages_send_you_to_log_in_and_writes_are_refused(server, anonymous):
    for method, path, _role in staff_routes(server.app):
        if method == "GET":
            response = await anonymous.get(path)
            assert response.status == 303, path
            assert response.headers["Location"].startswith("/beheer/inloggen?terug="), path
        else:
            response = await anonymous.post(path, {"version": "1"}, csrf=False)
            assert response.status == 401, path


async def test_every_write_without_the_csrf_token_is_refused(server, admin, db):
    before = _counter(db)
    for method, path, _role in staff_routes(server.app):
        if method != "POST":
            continue
        response = await admin.post(path, {"version": "1"}, csrf=False)
        assert response.status == 403, path
        response = await admin.post(path, {"version": "1", "csrf": "geraden"}, csrf=False)
        assert response.status == 403, path
    assert _counter(db) == before


async def test_a_cross_site_origin_is_refused_even_with_the_token(admin):
    response = await admin.post("/beheer/organisaties/csg/verwijderen", {"version": "1"},
                                headers={"Origin": "https://kwaadwillend.example"})
    assert response.status == 403


async def test_a_role_that_is_too_low_is_refused(server, browser_factory, db):
    users = {}
    for role, username in LOWER.items():
        users[role] = await browser_factory()
        await users[role].login(username)
    before = _counter(db)
    checked = 0
    for method, path, role in staff_routes(server.app):
        if role == "viewer":
            continue
        staff = users[role]
        if method == "GET":
            response = await staff.get(path)
        else:
            response = await staff.post(path, {"version": "1"})
        assert response.status == 403, (method, path)
        assert "rol" in await response.text()
        checked += 1
    assert checked >= 15
    assert _counter(db) == before


def _counter(db):
    from knowledge.db import read_change_counter

    with db.engine.connect() as connection:
        return read_change_counter(connection)


# --- logging in -----------------------------------------------------------------------------------------

async def test_session_cookie_is_httponly_samesite_strict_and_not_in_the_page(anonymous):
    response = await anonymous.login("redacteur")
    cookie = next(c for c in response.headers.getall("Set-Cookie") if c.startswith("wegwijzer_beheer="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/beheer" in cookie
    assert "Secure" not in cookie  # plain HTTP in this test; see the TLS variant below
    token = cookie.split(";")[0].split("=", 1)[1]
    html = await anonymous.page("/beheer/organisaties")
    assert token not in html


async def test_cookies_are_secure_behind_tls(aiohttp_server, aiohttp_client, db):
    from bot.stack import free_port
    from bot.web.main import create_app
    from bot.web.settings import Settings
    from staff.web import StaffSettings

    app = create_app(Settings(rasa_url=f"http://127.0.0.1:{free_port()}"), StaffSettings(behind_tls=True),
                     knowledge_engine=db.engine)
    client = await aiohttp_client(await aiohttp_server(app))
    page = await client.get("/beheer/inloggen")
    assert all("Secure" in c for c in page.headers.getall("Set-Cookie"))
    # The test client speaks plain HTTP, so it rightly keeps Secure cookies to itself: send it by hand.
    token = csrf_of(await page.text())
    response = await client.post("/beheer/inloggen", allow_redirects=False,
                                 headers={"Cookie": f"wegwijzer_inlog={token}"},
                                 data={"csrf": token, "gebruikersnaam": "redacteur", "wachtwoord": PASSWORD})
    assert response.status == 303
    assert any(c.startswith("wegwijzer_beheer=") and "Secure" in c for c in response.headers.getall("Set-Cookie"))


async def test_login_needs_its_own_csrf_token(anonymous):
    await anonymous.get("/beheer/inloggen")
    response = await anonymous.post("/beheer/inloggen", {"gebruikersnaam": "redacteur", "wachtwoord": PASSWORD},
                                    csrf=False)
    assert response.status == 403


async def test_wrong_password_is_refused_in_dutch_and_audited(anonymous, db):
    response = await anonymous.login("redacteur", "fout-wachtwoord-123", expect=401)
    assert "klopt niet" in await response.text()
    # Someone types their password in the name field: it must not end up in the log.
    await anonymous.login("mijn-geheime-wachtwoord", expect=401)
    with session_scope(db.engine) as session:
        rows = audit.entries(session, action_prefix="login")
    assert [(r.action, r.actor, r.target) for r in rows[:2]] == [
        ("login.mislukt", "(onbekende naam)", "(onbekende naam)"), ("login.mislukt", "redacteur", "redacteur")]
    logged = " ".join(f"{r.actor} {r.target} {r.detail}" for r in rows)
    assert "mijn-geheime-wachtwoord" not in logged and "fout-wachtwoord" not in logged and PASSWORD not in logged


async def test_login_and_logout_are_audited_and_logout_ends_the_session(editor, db):
    response = await editor.post("/beheer/uitloggen")
    assert response.status == 303
    assert (await editor.get("/beheer/organisaties")).status == 303  # back to the log-in page
    with session_scope(db.engine) as session:
        actions = [(r.action, r.target) for r in audit.entries(session, limit=5)]
        assert session.execute(select(StaffSession)).first() is None
    assert ("logout", "redacteur") in actions and ("login", "redacteur") in actions


async def test_login_is_slowed_down_per_username(browser_factory, db):
    attacker = await browser_factory()
    for _ in range(accounts.FREE_FAILURES):
        await attacker.login("redacteur", "verkeerd-wachtwoord-1", expect=401)
    response = await attacker.login("redacteur", expect=429)  # even the right password, for now
    assert "seconden" in await response.text()
    other = await browser_factory()
    await other.login("lezer")  # another account is not slowed down
    # A name that is no account is limited the same way, so the answers do not tell which exist.
    third = await browser_factory()
    for _ in range(accounts.FREE_FAILURES):
        await third.login("bestaat-niet", "verkeerd-wachtwoord-1", expect=401)
    await third.login("bestaat-niet", expect=429)


def test_the_delays_grow_and_end_no_hard_lockout(db):
    start = clock.utcnow()
    with session_scope(db.engine) as session:
        for second in range(accounts.FREE_FAILURES):
            assert accounts.authenticate(session, "redacteur", "fout", now=start + timedelta(seconds=second)) is None
        last = start + timedelta(seconds=accounts.FREE_FAILURES - 1)
        waits = []
        for _ in range(4):
            with pytest.raises(accounts.LoginBlocked) as blocked:
                accounts.authenticate(session, "redacteur", PASSWORD, now=last)
            waits.append(blocked.value.wait.total_seconds())
            last += blocked.value.wait  # after waiting, one more wrong try
            assert accounts.authenticate(session, "redacteur", "fout", now=last) is None
        assert waits == [1, 2, 4, 8]
        # The right password after the delay works: a delay, never a quarter-hour lockout.
        later = last + accounts.retry_delay(accounts.FREE_FAILURES + 4)
        assert accounts.authenticate(session, "redacteur", PASSWORD, now=later) is not None
    assert accounts.retry_delay(1000) == accounts.MAX_DELAY


def test_a_stranger_cannot_shut_an_account_for_its_owner(db):
    now = clock.utcnow()
    with session_scope(db.engine) as session:
        for _ in range(12):  # one address, wrong passwords, waiting out each delay
            try:
                accounts.authenticate(session, "redacteur", "fout", client="203.0.113.9", now=now)
            except accounts.LoginBlocked as blocked:
                now += blocked.wait
        assert accounts.authenticate(session, "redacteur", PASSWORD, client="198.51.100.4", now=now) is not None
        # Many addresses together do slow the name down (counted in the audit log).
        for number in range(accounts.FREE_FAILURES_PER_NAME):
            try:
                accounts.authenticate(session, "redacteur", "fout", client=f"10.0.{number}.1", now=now)
            except accounts.LoginBlocked:
                break  # the name-wide delay started
        with pytest.raises(accounts.LoginBlocked):
            accounts.authenticate(session, "redacteur", PASSWORD, client="198.51.100.4", now=now)


async def test_login_is_slowed_down_per_address(server, browser_factory):
    from staff.web.security import LIMITER

    server.app[LIMITER].free = 3
    staff = await browser_factory()
    for name in ("a-naam", "b-naam", "c-naam"):
        await staff.login(name, "verkeerd-wachtwoord-1", expect=401)
    await staff.login("redacteur", expect=429)


def test_the_client_address_comes_from_a_proxy_header_only_behind_the_named_proxy():
    from aiohttp.test_utils import make_mocked_request

    from staff.web.security import client_address

    def request(remote, forwarded):
        made = make_mocked_request("POST", "/beheer/inloggen", headers={"X-Forwarded-For": forwarded})
        made._transport_peername = (remote, 1234)
        return made.clone(remote=remote)

    assert client_address(request("10.0.0.5", "1.2.3.4, 5.6.7.8"), "10.0.0.5") == "5.6.7.8"
    assert client_address(request("9.9.9.9", "5.6.7.8"), "10.0.0.5") == "9.9.9.9"  # not our proxy
    assert client_address(request("9.9.9.9", "5.6.7.8"), None) == "9.9.9.9"  # no proxy named


async def test_the_password_change_form_is_slowed_down_like_the_login(editor):
    for _ in range(accounts.FREE_FAILURES):
        response = await editor.post("/beheer/wachtwoord", {"huidig": "fout", "nieuw": "x", "nogmaals": "x"})
        assert response.status == 422
    response = await editor.post("/beheer/wachtwoord", {"huidig": PASSWORD, "nieuw": "nieuw-lang-wachtwoord",
                                                        "nogmaals": "nieuw-lang-wachtwoord"})
    assert response.status == 429 and "seconden" in await response.text()


async def test_switched_off_account_loses_its_session(editor, admin, db):
    with session_scope(db.engine) as session:
        user_id = session.execute(select(StaffUser.id).where(StaffUser.username == "redacteur")).scalar_one()
    response = await admin.post(f"/beheer/gebruikers/{user_id}", {"actie": "uitzetten"})
    assert response.status == 200
    assert (await editor.get("/beheer/organisaties")).status == 303
    await editor.login("redacteur", expect=401)


async def test_no_default_account(tmp_path):
    from knowledge.db import make_engine
    from staff import migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'leeg.sqlite3'}")
    migrate.upgrade(engine)
    with session_scope(engine) as session:
        assert accounts.count_users(session) == 0
        for name in ("admin", "beheer", "root", "wegwijzer"):
            for password in ("admin", "wegwijzer", "", "welkom01"):
                assert accounts.authenticate(session, name, password) is None
    engine.dispose()


async def test_redirect_after_login_stays_on_this_site(anonymous):
    page = await anonymous.get("/beheer/inloggen")
    response = await anonymous.client.post("/beheer/inloggen", allow_redirects=False, data={
        "csrf": csrf_of(await page.text()), "gebruikersnaam": "redacteur", "wachtwoord": PASSWORD,
        "terug": "//kwaadwillend.example/beheer"})
    assert response.headers["Location"] == "/beheer/organisaties"


async def test_password_change_needs_the_current_one_and_ends_sessions(editor, browser_factory):
    response = await editor.post("/beheer/wachtwoord", {
        "huidig": "fout", "nieuw": "nieuw-lang-wachtwoord", "nogmaals": "nieuw-lang-wachtwoord"})
    assert response.status == 422 and "klopt niet" in await response.text()
    response = await editor.post("/beheer/wachtwoord", {"huidig": PASSWORD, "nieuw": "kort", "nogmaals": "kort"})
    assert response.status == 422 and "12 tekens" in await response.text()
    response = await editor.post("/beheer/wachtwoord", {
        "huidig": PASSWORD, "nieuw": "nieuw-lang-wachtwoord", "nogmaals": "nieuw-lang-wachtwoord"})
    assert response.status == 200
    assert (await editor.get("/beheer/organisaties")).status == 303
    again = await browser_factory()
    await again.login("redacteur", "nieuw-lang-wachtwoord")
