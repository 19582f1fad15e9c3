"""Check and clean the body of a REST webhook request before Rasa sees it.

Pure functions, no Rasa: the channel turns a `BadRequest` into a 400 with a short JSON
error, and gives the NLU only text it can handle.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Dict, Optional

# C0/C1 control characters except tab and newline, and lone surrogates (JSON "\ud800"):
# spaCy fails on the latter, and they are not text anyway. The one place that cleans what
# people type: every client's message (the page through the web app, or REST) comes here.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_SENDER_CHARS = 128
MAX_INPUT_CHANNEL_CHARS = 64


class BadRequest(ValueError):
    """The request is not {"sender": str, "message": str}; the reason is safe to return."""


@dataclass(frozen=True)
class IncomingMessage:
    sender: str
    text: str
    input_channel: Optional[str]
    metadata: Optional[Dict[str, Any]]


def clean_text(text: str, max_chars: int) -> str:
    """Control characters become spaces, then the text is cut at `max_chars`.

    Cutting before the NLU keeps one huge message from holding up everyone else's answers
    (60,000 characters took Rasa 29 s)."""
    return _CONTROL.sub(" ", text)[:max_chars]


def parse_body(raw: bytes, max_chars: int) -> IncomingMessage:
    """The message in a webhook body, cleaned, or `BadRequest` with a short reason."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # includes invalid UTF-8 (UnicodeDecodeError)
        raise BadRequest("body is not valid JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("body must be a JSON object")
    sender = body.get("sender")
    if not isinstance(sender, str):
        raise BadRequest("sender must be a string")
    if not 0 < len(sender) <= MAX_SENDER_CHARS or _CONTROL.search(sender) or not sender.strip():
        raise BadRequest(f"sender must be 1 to {MAX_SENDER_CHARS} printable characters")
    message = body.get("message")
    if not isinstance(message, str):
        raise BadRequest("message must be a string")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest("metadata must be an object")
    input_channel = body.get("input_channel")
    if not (isinstance(input_channel, str) and 0 < len(input_channel) <= MAX_INPUT_CHANNEL_CHARS
            and not _CONTROL.search(input_channel)):
        input_channel = None
    return IncomingMessage(sender, clean_text(message, max_chars), input_channel, metadata)
