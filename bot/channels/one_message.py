"""A collecting output channel that keeps one bot message as one message.

Rasa's OutputChannel.send_response splits a message with text, buttons and a `custom`
payload into two (text with buttons, then the custom JSON), and its CollectingOutputChannel
splits a text at blank lines. A referral is one answer: the short text, the cards and the
buttons belong together, so every client (REST, the page) gets the same answer once.
"""
from __future__ import annotations

from typing import Any, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel


class OneMessageCollector(CollectingOutputChannel):
    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        if not message.get("custom") or not message.get("text"):
            await super().send_response(recipient_id, message)
            return
        one = {"recipient_id": recipient_id, "text": message["text"], "custom": message["custom"]}
        if message.get("buttons"):
            one["buttons"] = message["buttons"]
        await self._persist_message(one)
