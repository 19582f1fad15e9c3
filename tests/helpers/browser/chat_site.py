"""The real web app and the Rasa stand-in, served on 127.0.0.1 from a background thread.

Playwright's sync API runs in the test's thread, so the aiohttp servers get their own
event loop in a daemon thread. Both listen on a free port chosen by the OS.
"""
from __future__ import annotations

import asyncio
import threading
from typing import Awaitable, TypeVar

from aiohttp import web

from bot.web.main import create_app
from bot.web.settings import Settings
from tests.helpers.browser.rasa_double import RECEIVED, create_rasa_double

T = TypeVar("T")

# Test-only pages on the app's own origin: where a person came from, and where "Snel weg"
# sends them. Same origin as the chat, so the test can read that tab's sessionStorage there.
START_PATH = "/start"
NEUTRAL_PATH = "/neutraal"
_PAGE = (
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><p>{body}</p></body></html>"
)


class LoopThread:
    """One asyncio event loop running in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="browser-test-servers", daemon=True)
        self._thread.start()

    def run(self, coroutine: Awaitable[T], timeout: float = 30) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


class LocalServer:
    """An aiohttp application on 127.0.0.1, started and stopped from synchronous code."""

    def __init__(self, loops: LoopThread, app: web.Application) -> None:
        self.loops = loops
        self.app = app
        self.port: int | None = None
        self._runner: web.AppRunner | None = None

    def start(self) -> "LocalServer":
        self.loops.run(self._start())
        return self

    def stop(self) -> None:
        if self._runner is not None:
            self.loops.run(self._runner.cleanup())
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port or 0)
        await site.start()
        self.port = self._runner.addresses[0][1]


def _static_page(title: str, body: str):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=_PAGE.format(title=title, body=body), content_type="text/html")

    return handler


class ChatSite:
    """The chat app as a person reaches it, with Rasa played by rasa_double."""

    def __init__(self, loops: LoopThread) -> None:
        self.rasa = LocalServer(loops, create_rasa_double()).start()
        settings = Settings(rasa_url=self.rasa.url, rasa_timeout_seconds=5, quick_exit_url=NEUTRAL_PATH)
        app = create_app(settings)
        app.router.add_get(START_PATH, _static_page("Startpagina", "Een gewone pagina."))
        app.router.add_get(NEUTRAL_PATH, _static_page("Het weer", "Vandaag: zon en een paar wolken."))
        self.web = LocalServer(loops, app).start()

    def url(self, path: str = "/") -> str:
        return self.web.url + path

    @property
    def received(self) -> list:
        """What Rasa was sent, in order: {"sender": ..., "message": ...}."""
        return self.rasa.app[RECEIVED]

    def stop_rasa(self) -> None:
        self.rasa.stop()

    def close(self) -> None:
        self.web.stop()
        self.rasa.stop()
