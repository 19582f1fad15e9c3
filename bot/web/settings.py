"""Web app settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    # Rasa's REST channel; Rasa itself binds to 127.0.0.1, only this app is public.
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = 20.0
    # Longer messages are cut here; the chat box allows less than this anyway.
    max_message_chars: int = 5000

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            host=os.environ.get("WEGWIJZER_WEB_HOST", cls.host),
            port=int(os.environ.get("WEGWIJZER_WEB_PORT", cls.port)),
            rasa_url=os.environ.get("WEGWIJZER_RASA_URL", cls.rasa_url).rstrip("/"),
            rasa_timeout_seconds=float(
                os.environ.get("WEGWIJZER_RASA_TIMEOUT", cls.rasa_timeout_seconds)
            ),
        )
