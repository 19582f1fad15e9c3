"""Rasa's REST channel, hardened, under the same name and URL.

The contract stays: POST /webhooks/rest/webhook {"sender": str, "message": str} -> a JSON
list of messages. What changes:

- a body that is not that shape gets a 400 with a short JSON error, never a 500;
- control characters and lone surrogates are removed and the text is cut at
  `max_message_chars` (bot.settings.MAX_MESSAGE_CHARS, the chat box's maxlength) before the NLU sees it;
- the message text and sender id never reach a log line (bot.log_privacy), and a failure
  is logged by exception type only;
- text, buttons and cards of one bot message stay one message (bot/channels/one_message.py);
- a safety line noted by the crisis check ("Is iemand nu in gevaar? Bel dan meteen 112.": an
  alarm on the classifier alone in a calm conversation, bot/nlu/crisis_context.py) is put above
  the answer;
- every message gets an answer with 112 and the main numbers, from the domain and in the
  person's language: when a custom action failed in this turn (action server down) and
  the answer has no 112 yet, `unavailable_response` (the help lines) is added; when Rasa
  produced nothing at all, `fallback_response` (the kind "I did not understand").

Registered in bot/credentials.yml as `bot.channels.rest.SafeRestInput`. The `stream`
option of Rasa's channel is not offered: no client of ours uses it.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.fallback import fallback_messages, has_emergency_number
from bot.channels.one_message import OneMessageCollector
from bot.channels.request_body import BadRequest, parse_body
from bot.channels.turn import TurnWatch
from bot.log_privacy import hide_in_logs
from bot.nlu.crisis_context import LINE_RESPONSE, collecting_lines
from bot.settings import MAX_MESSAGE_CHARS

logger = logging.getLogger(__name__)

DEFAULT_FALLBACK_RESPONSE = "utter_default"
DEFAULT_UNAVAILABLE_RESPONSE = "utter_help_lines"


class SafeRestInput(RestInput):
    def __init__(
        self,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        fallback_response: str = DEFAULT_FALLBACK_RESPONSE,
        unavailable_response: str = DEFAULT_UNAVAILABLE_RESPONSE,
    ) -> None:
        if int(max_message_chars) < 1:
            raise ValueError("max_message_chars must be at least 1")
        self.max_message_chars = int(max_message_chars)
        self.fallback_response = fallback_response
        self.unavailable_response = unavailable_response

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(
            max_message_chars=credentials.get("max_message_chars", MAX_MESSAGE_CHARS),
            fallback_response=credentials.get("fallback_response", DEFAULT_FALLBACK_RESPONSE),
            unavailable_response=credentials.get("unavailable_response", DEFAULT_UNAVAILABLE_RESPONSE),
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                incoming = parse_body(request.body, self.max_message_chars)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=400)
            with hide_in_logs(incoming.text, incoming.sender):
                messages = await self._answer(request, on_new_message, incoming)
            return response.json(messages)

        return webhook

    async def _answer(self, request: Request, on_new_message, incoming) -> List[Dict[str, Any]]:
        collector = OneMessageCollector()
        message = UserMessage(
            incoming.text,
            collector,
            incoming.sender,
            input_channel=incoming.input_channel or self.name(),
            metadata=incoming.metadata,
        )
        with TurnWatch() as turn, collecting_lines() as lines:
            try:
                await on_new_message(message)
            except asyncio.CancelledError:
                logger.error("message handling was cancelled (timeout)")
                turn.failed = True
            except Exception as error:  # the type only: messages can quote the input
                logger.error("message handling failed: %s", type(error).__name__)
                turn.failed = True
        messages = list(collector.messages)
        agent = getattr(request.app.ctx, "agent", None)
        for kind in lines:
            messages = await fallback_messages(agent, incoming.sender, LINE_RESPONSE[kind]) + messages
        if turn.failed and not has_emergency_number(messages):
            response_name = self.unavailable_response  # we understood, but could not look it up
        elif not messages:
            response_name = self.fallback_response
        else:
            return messages
        return messages + await fallback_messages(agent, incoming.sender, response_name)
