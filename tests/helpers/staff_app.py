"""The staff app with the aiohttp test client against a real database: SQLite always,
PostgreSQL too when TEST_DATABASE_URL is set (each test in a schema of its own)."""
from __future__ import annotations

import pytest

from bot.stack import free_port
from bot.web.main import create_app
from bot.web.settings import Settings
from staff.web import StaffSettings
from tests.helpers.staff_fixtures import PASSWORD, Database, csrf_of

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    database = Database(request.param, tmp_path)
    database.add_user("redacteur", "editor")
    database.add_user("lezer", "viewer")
    database.add_user("beheerder", "admin")
    yield database
    database.drop()


@pytest.fixture
def staff_settings():
    return StaffSettings()


@pytest.fixture
async def server(aiohttp_server, db, staff_settings):
    # Rasa is not needed here: a port nothing listens on.
    app = create_app(Settings(rasa_url=f"http://127.0.0.1:{free_port()}", rasa_timeout_seconds=1),
                     staff_settings, knowledge_engine=db.engine)
    return await aiohttp_server(app)


class Staff:
    """One browser: a test client with its own cookie jar."""

    def __init__(self, client) -> None:
        self.client = client
        self.csrf = ""

    async def login(self, username: str, password: str = PASSWORD, *, expect: int = 303):
        page = await self.client.get("/beheer/inloggen")
        token = csrf_of(await page.text())
        response = await self.client.post("/beheer/inloggen", allow_redirects=False, data={
            "csrf": token, "gebruikersnaam": username, "wachtwoord": password, "terug": "/beheer/organisaties"})
        assert response.status == expect, await response.text()
        if expect == 303:
            self.csrf = csrf_of(await (await self.client.get("/beheer/organisaties")).text())
        return response

    async def get(self, path: str, **kwargs):
        return await self.client.get(path, allow_redirects=False, **kwargs)

    async def page(self, path: str) -> str:
        response = await self.get(path)
        assert response.status == 200, (path, response.status)
        return await response.text()

    async def post(self, path: str, data=None, *, csrf: bool = True, **kwargs):
        data = list(data.items()) if isinstance(data, dict) else list(data or [])
        if csrf and not any(name == "csrf" for name, _ in data):
            data.append(("csrf", self.csrf))
        return await self.client.post(path, data=data, allow_redirects=False, **kwargs)


@pytest.fixture
def browser_factory(aiohttp_client, server):
    async def make() -> Staff:
        return Staff(await aiohttp_client(server))

    return make


@pytest.fixture
async def anonymous(browser_factory):
    return await browser_factory()


@pytest.fixture
async def editor(browser_factory):
    staff = await browser_factory()
    await staff.login("redacteur")
    return staff


@pytest.fixture
async def viewer(browser_factory):
    staff = await browser_factory()
    await staff.login("lezer")
    return staff


@pytest.fixture
async def admin(browser_factory):
    staff = await browser_factory()
    await staff.login("beheerder")
    return staff


@pytest.fixture(autouse=True)
def fresh_failure_counts(monkeypatch):
    """Failed logins for unknown names and per (name, client) are counted in process memory:
    start each test clean."""
    from staff import accounts

    monkeypatch.setattr(accounts, "_UNKNOWN", accounts.FailureLog())
    monkeypatch.setattr(accounts, "_PAIRS", accounts.FailureLog())
