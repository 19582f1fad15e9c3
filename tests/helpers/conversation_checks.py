"""One conversation over Rasa's REST channel, checked turn by turn the way the rubric judges
tone: every reply's text is at most 120 words, and no reply repeats an earlier one of the
same conversation word for word (issue 17). Used by the scripted and the blind sets."""
from __future__ import annotations

import json
import uuid
from typing import Any, Dict, List

from bot.reply_length import MAX_WORDS, word_count
from tests.helpers.fuzz_inputs import post_raw


class Conversation:
    def __init__(self, stack, sender: str = ""):
        self.url = f"{stack.rasa_url}/webhooks/rest/webhook"
        self.sender = sender or "e2e-" + uuid.uuid4().hex
        self.said: List[str] = []  # every reply text so far
        self.problems: List[str] = []

    def say(self, message: str) -> List[Dict[str, Any]]:
        status, replies = post_raw(self.url, json.dumps({"sender": self.sender, "message": message}))
        assert status == 200, status
        for reply in replies:
            text = (reply.get("text") or "").strip()
            if not text:
                continue
            if word_count(text) > MAX_WORDS:
                self.problems.append(f"{word_count(text)} words after {message!r}: {text[:80]!r}")
            if text in self.said:
                self.problems.append(f"repeated after {message!r}: {text[:80]!r}")
            self.said.append(text)
        return replies
