"""The browser tests never skip quietly: without Chromium they fail and say what to do."""
import pytest

from tests.helpers.browser import chromium_browser


def test_missing_chromium_fails_with_instructions(monkeypatch):
    monkeypatch.setattr(chromium_browser, "CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(pytest.fail.Exception, match="scripts/ensure-chromium"):
        chromium_browser.require_chromium()


def test_chromium_is_debians_and_flags_keep_it_offline():
    assert chromium_browser.CHROMIUM == "/usr/bin/chromium"
    for flag in ("--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"):
        assert flag in chromium_browser.CHROMIUM_ARGS
