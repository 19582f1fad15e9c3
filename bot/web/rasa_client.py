"""Relay one chat message to Rasa's REST channel."""
from __future__ import annotations

import logging
from typing import Any, Dict, List

import aiohttp

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa could not be reached or gave no usable answer."""


class RasaClient:
    def __init__(self, base_url: str, timeout_seconds: float) -> None:
        self._webhook = f"{base_url}/webhooks/rest/webhook"
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self._timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, sender: str, message: str) -> List[Dict[str, Any]]:
        assert self._session is not None, "start() first"
        try:
            async with self._session.post(
                self._webhook, json={"sender": sender, "message": message}
            ) as response:
                if response.status != 200:
                    # Status only: never the message or the sender id.
                    logger.warning("rasa answered with status %s", response.status)
                    raise RasaUnavailable()
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            logger.warning("rasa unreachable: %s", type(error).__name__)
            raise RasaUnavailable() from error
        if not isinstance(body, list):
            raise RasaUnavailable()
        return [_clean(m) for m in body if isinstance(m, dict)]


def _clean(message: Dict[str, Any]) -> Dict[str, Any]:
    """Only the fields the page renders; nothing else from Rasa reaches the browser."""
    cleaned: Dict[str, Any] = {}
    if isinstance(message.get("text"), str):
        cleaned["text"] = message["text"]
    buttons = message.get("buttons")
    if isinstance(buttons, list):
        cleaned["buttons"] = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in buttons
            if isinstance(b, dict)
        ]
    if isinstance(message.get("custom"), dict):
        cleaned["custom"] = message["custom"]
    if message.get("language") in ("nl", "en"):  # the page shows its own words in this language
        cleaned["language"] = message["language"]
    return cleaned
