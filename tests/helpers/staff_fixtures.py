"""Helpers for the staff tests: scratch databases, log-in, reading the forms of a page the
way a browser would submit them, and the real app served on loopback from a thread (for
tests and benchmarks that send plain HTTP from synchronous code)."""
from __future__ import annotations

import asyncio
import os
import re
import threading
import uuid
from html.parser import HTMLParser
from typing import List, Optional, Tuple

import pytest
from sqlalchemy import text

from knowledge import seed_io
from knowledge.db import make_engine, session_scope
from staff import accounts, migrate

SKIP_POSTGRES = "TEST_DATABASE_URL is not set: the PostgreSQL variant of this test was skipped"
PASSWORD = "een-lang-wachtwoord-7"
# Low scrypt cost for the accounts of the tests (the hash records its own cost); the real
# cost is tested in test_accounts.py.
TEST_COST = 2 ** 10


class Database:
    """A fresh, migrated, seeded database: an SQLite file, or a PostgreSQL schema."""

    def __init__(self, backend: str, folder) -> None:
        self.schema = None
        if backend == "sqlite":
            self.url = f"sqlite:///{folder / 'knowledge.sqlite3'}"
        else:
            base = os.environ.get("TEST_DATABASE_URL")
            if not base:
                pytest.skip(SKIP_POSTGRES)
            self.base = base
            self.schema = f"staff_test_{uuid.uuid4().hex[:12]}"
            admin = make_engine(base)
            with admin.begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
            admin.dispose()
            self.url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{self.schema}"
        self.engine = make_engine(self.url)
        migrate.upgrade(self.engine)
        seed_io.load_seed(self.engine)

    def add_user(self, username: str, role: str, password: str = PASSWORD) -> None:
        with session_scope(self.engine) as session:
            accounts.create_user(session, username, password, role, actor="test", n=TEST_COST)

    def drop(self) -> None:
        self.engine.dispose()
        if self.schema:
            admin = make_engine(self.base)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
            admin.dispose()


# --- forms as a browser submits them ---------------------------------------------------------------

class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: List[dict] = []
        self._select: Optional[dict] = None
        self._textarea: Optional[Tuple[str, List[str]]] = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get"), "fields": []})
            return
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    fields.append((a["name"], a.get("value", "on")))
            elif kind != "file":
                fields.append((a["name"], a.get("value", "")))
        elif tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "first": None, "chosen": None}
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in a:
                self._select["chosen"] = value
        elif tag == "textarea" and a.get("name"):
            self._textarea = (a["name"], [])

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            chosen = self._select["chosen"] if self._select["chosen"] is not None else self._select["first"]
            self.forms[-1]["fields"].append((self._select["name"], chosen or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            text = "".join(parts)
            self.forms[-1]["fields"].append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)


def form(html: str, action: str, method: str = "post") -> List[Tuple[str, str]]:
    """The fields of the (first) form sending to `action`, as a browser would send them unchanged."""
    parser = _Forms()
    parser.feed(html)
    for found in parser.forms:
        if found["action"] == action and found["method"].lower() == method:
            return list(found["fields"])
    raise AssertionError(f"no form with action {action!r}; forms: {[f['action'] for f in parser.forms]}")




def with_values(fields: List[Tuple[str, str]], changes: dict) -> List[Tuple[str, str]]:
    seen = set()
    out = []
    for name, value in fields:
        if name in changes:
            seen.add(name)
            value = changes[name]
        out.append((name, value))
    out += [(name, value) for name, value in changes.items() if name not in seen]
    return out


def without(fields: List[Tuple[str, str]], name: str) -> List[Tuple[str, str]]:
    return [(k, v) for k, v in fields if k != name]


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the page has no CSRF field"
    return match.group(1)


class LiveApp:
    """The whole web app (chat, staff pages, API) on a free loopback port, served from a
    thread of its own, on the given database. Rasa is a port nothing listens on."""

    def __init__(self, engine, staff=None) -> None:
        from aiohttp import web

        from bot.stack import free_port
        from bot.web.main import create_app
        from bot.web.settings import Settings
        from staff.web import StaffSettings

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._loop = asyncio.new_event_loop()
        app = create_app(Settings(rasa_url=f"http://127.0.0.1:{free_port()}", rasa_timeout_seconds=1),
                         staff or StaffSettings(), knowledge_engine=engine)
        self._runner = web.AppRunner(app)
        ready = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._runner.setup())
            self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise RuntimeError("the app did not start")

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
