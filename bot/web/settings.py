"""Web app settings, read once from the environment."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Where "Snel weg" sends someone: an ordinary, everyday site that says nothing about why
# this person was online. A weather site shows up in nobody's history as a question.
DEFAULT_QUICK_EXIT_URL = "https://www.buienradar.nl/"
# An absolute http(s) URL, or a path on this site (the browser tests use a local page).
_QUICK_EXIT_URL = re.compile(r"^(https?://[^\s\"'<>`]+|/(?!/)[^\s\"'<>`]*)$")


def checked_quick_exit_url(url: str) -> str:
    if not _QUICK_EXIT_URL.match(url):
        raise ValueError(
            "WEGWIJZER_QUICK_EXIT_URL must be an http(s) URL or a path starting with '/'"
        )
    return url


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    # Rasa's REST channel; Rasa itself binds to 127.0.0.1, only this app is public.
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = 20.0
    # Longer messages are cut here, as the chat box does (maxlength 2000). Rasa needs about
    # half a second per 1,000 characters of words, and one huge message would hold up
    # everyone else's answers.
    max_message_chars: int = 2000
    quick_exit_url: str = DEFAULT_QUICK_EXIT_URL

    def __post_init__(self) -> None:
        checked_quick_exit_url(self.quick_exit_url)

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            host=os.environ.get("WEGWIJZER_WEB_HOST", cls.host),
            port=int(os.environ.get("WEGWIJZER_WEB_PORT", cls.port)),
            rasa_url=os.environ.get("WEGWIJZER_RASA_URL", cls.rasa_url).rstrip("/"),
            rasa_timeout_seconds=float(
                os.environ.get("WEGWIJZER_RASA_TIMEOUT", cls.rasa_timeout_seconds)
            ),
            quick_exit_url=os.environ.get("WEGWIJZER_QUICK_EXIT_URL", cls.quick_exit_url),
        )
