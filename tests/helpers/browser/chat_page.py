"""The chat page as the tests use it: open it, type, click, wait for the answer."""
from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


class ChatPage:
    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.log = page.locator("#log")
        self.bot_lines = page.locator("#log > li.bot")
        self.user_lines = page.locator("#log > li.user")
        self.cards = page.locator("#log .card")
        self.input = page.locator("#message")
        self.offline = page.locator("#offline")
        self.quick_exit = page.locator("#quick-exit")

    def open(self) -> "ChatPage":
        self.page.goto(self.url)
        self.wait_until_answered()
        return self

    def wait_until_answered(self) -> None:
        """The page marks the log busy from sending until every answer is shown."""
        expect(self.log).to_have_attribute("aria-busy", "false")

    def say(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")
        self.wait_until_answered()

    def click_quick_reply(self, title: str) -> None:
        self.button(title).click()
        self.wait_until_answered()

    def button(self, title: str) -> Locator:
        return self.page.locator("#log .buttons button", has_text=title).last

    def last_bot_line(self) -> Locator:
        return self.bot_lines.last

    def card(self, name: str) -> Locator:
        return self.cards.filter(has=self.page.locator("h3", has_text=name))
