"""The chat page: static/index.html with the configured quick-exit target filled in.

Rendered once when the app starts; the page has no other server-side parts.
"""
from __future__ import annotations

import html
from pathlib import Path

QUICK_EXIT_PLACEHOLDER = "{{quick_exit_url}}"


def render_index(template: Path, quick_exit_url: str) -> bytes:
    text = template.read_text("utf-8")
    if QUICK_EXIT_PLACEHOLDER not in text:
        raise ValueError(f"{template.name} has no {QUICK_EXIT_PLACEHOLDER}")
    return text.replace(QUICK_EXIT_PLACEHOLDER, html.escape(quick_exit_url, quote=True)).encode("utf-8")
