"""The kind answer with 112 and the main numbers, for a turn that would otherwise lack it.

Taken from the domain (a response such as utter_default), rendered like Rasa renders it,
so the person's language (slot `language`) picks the variation and the numbers live in
one place: the domain, checked against the knowledge seed by tests.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, Iterable, List, Optional

logger = logging.getLogger(__name__)

# Only when even the domain cannot be read (no model loaded): 112 is never wrong.
LAST_RESORT_TEXT = "Het lukt nu even niet om je een antwoord te geven. Ben je in gevaar? Bel 112."
_EMERGENCY = re.compile(r"(?<!\d)112(?!\d)")


def has_emergency_number(messages: Iterable[Dict[str, Any]]) -> bool:
    return any(_EMERGENCY.search(str(m.get("text") or "")) for m in messages)


async def fallback_messages(agent: Any, sender: str, response_name: str) -> List[Dict[str, Any]]:
    text = await _render(agent, sender, response_name)
    return [{"recipient_id": sender, "text": text or LAST_RESORT_TEXT}]


async def _render(agent: Any, sender: str, response_name: str) -> Optional[str]:
    if agent is None or getattr(agent, "nlg", None) is None or agent.domain is None:
        return None
    try:
        tracker = await agent.tracker_store.retrieve(sender)
        if tracker is None:
            tracker = agent.tracker_store.init_tracker(sender)
        rendered = await agent.nlg.generate(response_name, tracker, "rest")
    except Exception as error:  # never fail the answer for this; the type only in the log
        logger.warning("fallback answer could not be rendered: %s", type(error).__name__)
        return None
    text = (rendered or {}).get("text")
    return text if isinstance(text, str) and text.strip() else None
