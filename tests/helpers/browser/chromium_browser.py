"""Start Debian's headless Chromium through Playwright, never a browser of Playwright's own.

If the browser or Playwright is missing the tests fail with what to do, they do not skip:
`make test` installs Chromium with scripts/ensure-chromium before it runs them.
"""
from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> str:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. The browser tests need Debian's chromium: "
            "run scripts/ensure-chromium (as root; `make test` does this) or "
            "`apt-get install chromium chromium-driver`.",
            pytrace=False,
        )
    return CHROMIUM


def start_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright for Python is not installed: `make install` installs the test extras "
            "(never run `playwright install`; the tests use Debian's chromium).",
            pytrace=False,
        )
    return sync_playwright().start()


def launch(playwright):
    return playwright.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS, headless=True)
