"""The chat page: static/index.html with the configured quick-exit target and the longest
message (bot.settings.MAX_MESSAGE_CHARS, the same cut as where text enters Rasa) filled in.

Rendered once when the app starts; the page has no other server-side parts.
"""
from __future__ import annotations

import html
from pathlib import Path

from bot.settings import MAX_MESSAGE_CHARS

QUICK_EXIT_PLACEHOLDER = "{{quick_exit_url}}"
MAX_CHARS_PLACEHOLDER = "{{max_message_chars}}"


def render_index(template: Path, quick_exit_url: str) -> bytes:
    text = template.read_text("utf-8")
    for placeholder in (QUICK_EXIT_PLACEHOLDER, MAX_CHARS_PLACEHOLDER):
        if placeholder not in text:
            raise ValueError(f"{template.name} has no {placeholder}")
    text = text.replace(MAX_CHARS_PLACEHOLDER, str(MAX_MESSAGE_CHARS))
    return text.replace(QUICK_EXIT_PLACEHOLDER, html.escape(quick_exit_url, quote=True)).encode("utf-8")
