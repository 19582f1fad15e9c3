"""Give the NLU what the conversation already settled: its role (bot/nlu/conversation_role.py),
and, while the NLU runs, whether it has been calm (bot/nlu/crisis_context.py: an alarm on the
classifier alone becomes a safety line above the answer).

Rasa's NLU components see one message. `MessageProcessor.parse_message` has the tracker,
so `install()` wraps it: after Rasa's own parse, the parse is kept to the role of the
earlier user messages of this session (their parses only, never their text). Rasa then
logs the kept parse as the user turn, so rules, forms and the policies see it.

The wrapper is a patch of Rasa's internals, so it is set only on the Rasa it was checked
against (bot/rasa_server/patch_guard.py); otherwise each message is parsed alone, and a
torn message is still answered for a known role by action_role_unclear.
"""
from __future__ import annotations

import functools
import logging
from typing import Any, Callable, Dict, List

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import UserUttered

from bot.nlu.conversation_role import keep_role
from bot.nlu.crisis_context import calm_conversation, is_calm
from bot.rasa_server import patch_guard

logger = logging.getLogger(__name__)


def earlier_parses(tracker) -> List[Dict[str, Any]]:
    """The parses of this session's user messages, oldest first (reverted ones left out)."""
    if tracker is None:
        return []
    return [event.parse_data for event in tracker.applied_events() if isinstance(event, UserUttered)]


def _keeping_role(rasa_parse: Callable) -> Callable:
    @functools.wraps(rasa_parse)
    async def parse_message(self, message, tracker=None, only_output_properties=True):
        earlier = earlier_parses(tracker)
        with calm_conversation(is_calm(earlier)):
            parsed = await rasa_parse(self, message, tracker, only_output_properties)
        return keep_role(parsed, earlier)

    parse_message.keeps_role = True
    return parse_message


def install() -> bool:
    """Idempotent. True when parse_message keeps the conversation's role."""
    if getattr(MessageProcessor.parse_message, "keeps_role", False):
        return True
    return patch_guard.patch(
        logger, "patch 'keep_conversation_role'", MessageProcessor, "parse_message",
        _keeping_role(MessageProcessor.parse_message),
        params=("self", "message", "tracker", "only_output_properties"),
        requires=("rasa.shared.core.trackers.DialogueStateTracker.applied_events",),
        instead="each message is parsed on its own",
    )
