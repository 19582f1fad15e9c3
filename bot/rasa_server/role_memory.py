"""Give the NLU what the conversation already settled: its role (bot/nlu/conversation_role.py)
and whether the writer is a professional (bot/nlu/professional.py),
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
from rasa.shared.core.events import Restarted, SessionStarted, UserUttered

from bot.nlu.conversation_role import conversation_role, keep_role, nothing_told_yet
from bot.nlu.crisis_context import conversation_state, role_settled_as, role_still_open, state_of
from bot.nlu.professional import as_professional
from bot.rasa_server import patch_guard

logger = logging.getLogger(__name__)


def all_earlier_parses(tracker) -> List[Dict[str, Any]]:
    """The parses of this session's user messages, oldest first, reverted ones too: a message
    the fallback reverted may still have carried a safety line, and what follows it is no
    longer a calm conversation."""
    if tracker is None:
        return []
    parses: List[Dict[str, Any]] = []
    for event in tracker.events:
        if isinstance(event, (SessionStarted, Restarted)):
            parses = []
        elif isinstance(event, UserUttered):
            parses.append(event.parse_data)
    return parses


def earlier_parses(tracker) -> List[Dict[str, Any]]:
    """The parses of this session's user messages, oldest first (reverted ones left out)."""
    if tracker is None:
        return []
    return [event.parse_data for event in tracker.applied_events() if isinstance(event, UserUttered)]


def _keeping_role(rasa_parse: Callable) -> Callable:
    @functools.wraps(rasa_parse)
    async def parse_message(self, message, tracker=None, only_output_properties=True):
        earlier = earlier_parses(tracker)
        role = conversation_role(earlier)  # once per message, for the three uses below
        with conversation_state(state_of(all_earlier_parses(tracker))), \
                role_still_open(nothing_told_yet(earlier, role)), role_settled_as(role):
            parsed = await rasa_parse(self, message, tracker, only_output_properties)
        return as_professional(keep_role(parsed, earlier, role), earlier)

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
