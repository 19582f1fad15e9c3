"""What the public web app needs of the settings (bot/settings.py reads them)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

from bot import settings as app_settings
from bot.settings import DEFAULT_QUICK_EXIT_URL, checked_quick_exit_url


@dataclass(frozen=True)
class Settings:
    host: str = app_settings.Settings.web_host
    port: int = app_settings.Settings.web_port
    # Rasa's REST channel; Rasa itself binds to 127.0.0.1, only this app is public.
    rasa_url: str = app_settings.Settings().resolved_rasa_url()
    # Several replicas (the scaled profile): each conversation goes to one of them. Empty: rasa_url.
    rasa_urls: Tuple[str, ...] = ()
    rasa_timeout_seconds: float = app_settings.Settings.rasa_timeout_seconds
    quick_exit_url: str = DEFAULT_QUICK_EXIT_URL

    @property
    def replica_urls(self) -> Tuple[str, ...]:
        return self.rasa_urls or (self.rasa_url,)

    def __post_init__(self) -> None:
        checked_quick_exit_url(self.quick_exit_url)

    @classmethod
    def from_env(cls) -> "Settings":
        read = app_settings.current()
        return cls(host=read.web_host, port=read.web_port, rasa_url=read.resolved_rasa_url(),
                   rasa_urls=read.rasa_urls,
                   rasa_timeout_seconds=read.rasa_timeout_seconds, quick_exit_url=read.quick_exit_url)
