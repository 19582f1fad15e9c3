"""Relay one chat message to Rasa's REST channel, on the replica of its conversation.

A message is sent to a second replica only when the first certainly did not get it (the
connection was refused or could not be made), never after it may have been delivered: a
person's message must not be handled twice.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Sequence, Union

import aiohttp

from bot.web.replicas import Replicas

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa could not be reached or gave no usable answer."""


class RasaClient:
    def __init__(self, base_urls: Union[str, Sequence[str]], timeout_seconds: float) -> None:
        self.replicas = Replicas([base_urls] if isinstance(base_urls, str) else base_urls)
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self._timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, sender: str, message: str) -> List[Dict[str, Any]]:
        assert self._session is not None, "start() first"
        for url in self.replicas.order_for(sender):
            try:
                body = await self._post(url, sender, message)
            except aiohttp.ClientConnectorError as error:  # not delivered: the next replica may
                logger.warning("rasa replica refused the connection: %s", type(error).__name__)
                self.replicas.set_aside(url)
                continue
            self.replicas.answered(url)
            if not isinstance(body, list):
                raise RasaUnavailable()
            return [_clean(m) for m in body if isinstance(m, dict)]
        raise RasaUnavailable()

    async def _post(self, url: str, sender: str, message: str) -> Any:
        try:
            async with self._session.post(
                f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}
            ) as response:
                if response.status != 200:
                    # Status only: never the message or the sender id.
                    logger.warning("rasa answered with status %s", response.status)
                    raise RasaUnavailable()
                return await response.json(content_type=None)
        except aiohttp.ClientConnectorError:
            raise
        except aiohttp.ClientConnectionError as error:
            # The connection broke (a kept-alive one to a replica that died, say): the message may
            # have arrived, so no second try; but the next messages go to another replica.
            logger.warning("rasa connection broke: %s", type(error).__name__)
            self.replicas.set_aside(url)
            raise RasaUnavailable() from error
        except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, ValueError) as error:
            # asyncio.TimeoutError: aiohttp's total timeout (on Python 3.10 not the builtin one).
            # It may have reached Rasa: no second try, the person gets the numbers.
            logger.warning("rasa unreachable: %s", type(error).__name__)
            raise RasaUnavailable() from error


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
