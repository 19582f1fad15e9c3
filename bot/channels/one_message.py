"""A collecting output channel that keeps one bot message as one message.

Rasa's OutputChannel.send_response splits a message with text, buttons and a `custom`
payload into two (text with buttons, then the custom JSON), and its CollectingOutputChannel
splits a text at blank lines. A referral is one answer: the short text, the cards and the
buttons belong together, so every client (REST, the page) gets the same answer once.
"""
from __future__ import annotations

from typing import Any, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel

LANGUAGES = ("nl", "en")  # the conversation's language, passed on so the page can follow it


class OneMessageCollector(CollectingOutputChannel):
    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        custom = message.get("custom")
        language = message.get("language") or (custom.get("language") if isinstance(custom, dict) else None)
        if not custom or not message.get("text"):
            before = len(self.messages)
            await super().send_response(recipient_id, message)
            if language in LANGUAGES:
                for sent in self.messages[before:]:
                    sent["language"] = language
            return
        one = {"recipient_id": recipient_id, "text": message["text"], "custom": custom}
        if message.get("buttons"):
            one["buttons"] = message["buttons"]
        if language in LANGUAGES:
            one["language"] = language
        await self._persist_message(one)
