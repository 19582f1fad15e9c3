"""Browser tests: the real chat page in headless Debian Chromium.

One browser per session; per test a fresh ChatSite (the real aiohttp app, Rasa played by
rasa_double) and a fresh browser context. Every request the page makes is recorded, and a
request to anything but 127.0.0.1 is blocked and fails the test.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List
from urllib.parse import urlsplit

import pytest

from bot.paths import PROJECT_ROOT
from tests.helpers.browser.chat_site import ChatSite, LoopThread
from tests.helpers.browser.chromium_browser import launch, require_chromium, start_playwright

ROOT = PROJECT_ROOT
ARTEFACTS = ROOT / "test-artefacts" / "browser"
DESKTOP = {"width": 1280, "height": 800}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the chat page in headless Chromium (/usr/bin/chromium)")


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.hostname in LOCAL_HOSTS


@dataclass
class Traffic:
    """What a browser context asked for, and what its pages complained about."""

    requests: List[str] = field(default_factory=list)
    blocked: List[str] = field(default_factory=list)
    page_errors: List[str] = field(default_factory=list)
    console_errors: List[str] = field(default_factory=list)

    def csp_violations(self) -> List[str]:
        return [m for m in self.console_errors if "Content Security Policy" in m]


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    playwright = start_playwright()
    chromium = launch(playwright)
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()


@pytest.fixture(scope="session")
def server_loop():
    loops = LoopThread()
    yield loops
    loops.close()


@pytest.fixture
def site(server_loop):
    chat_site = ChatSite(server_loop)
    yield chat_site
    chat_site.close()


@pytest.fixture
def traffic():
    return Traffic()


@pytest.fixture
def context_options():
    """Override in a test module for another viewport."""
    return {"viewport": DESKTOP}


@pytest.fixture
def context(browser, traffic, context_options):
    ctx = browser.new_context(locale="nl-NL", service_workers="block", **context_options)
    ctx.on("request", lambda request: traffic.requests.append(request.url))

    def block(route):
        traffic.blocked.append(route.request.url)
        route.abort("blockedbyclient")

    ctx.route(lambda url: not is_local(url), block)
    yield ctx
    ctx.close()
    assert traffic.blocked == [], f"the page tried to reach other hosts: {traffic.blocked}"
    assert traffic.page_errors == [], f"JavaScript errors on the page: {traffic.page_errors}"
    assert traffic.csp_violations() == [], f"Content-Security-Policy violations: {traffic.csp_violations()}"


@pytest.fixture
def page(context, traffic):
    new_page = context.new_page()
    new_page.on("pageerror", lambda error: traffic.page_errors.append(str(error)))
    new_page.on(
        "console", lambda message: traffic.console_errors.append(message.text) if message.type == "error" else None
    )
    return new_page


@pytest.fixture(scope="session")
def artefacts() -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS
