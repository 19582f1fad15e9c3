"""What the bot already said in this conversation, so an action never repeats itself word
for word (issue 17): it picks the first wording not said yet, or says nothing new."""
from __future__ import annotations

from typing import Iterable, Optional, Set

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def bot_texts(tracker: Tracker, dispatcher: Optional[CollectingDispatcher] = None) -> Set[str]:
    """Every bot text since the conversation (re)started, this turn's included."""
    said: Set[str] = set()
    for event in tracker.events or []:
        if event.get("event") == "restart":
            said.clear()
        elif event.get("event") == "bot" and event.get("text"):
            said.add(event["text"].strip())
    for message in (dispatcher.messages if dispatcher else []):
        if message.get("text"):
            said.add(message["text"].strip())
    return said


def times_said(tracker: Tracker, response: str) -> int:
    """How often the domain response `response` was said since the conversation (re)started."""
    count = 0
    for event in tracker.events or []:
        if event.get("event") == "restart":
            count = 0
        elif event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == response:
            count += 1
    return count


def unsaid(tracker: Tracker, dispatcher: Optional[CollectingDispatcher], wordings: Iterable[str]) -> Optional[str]:
    """The first of `wordings` not said before; None when every one was."""
    said = bot_texts(tracker, dispatcher)
    return next((w for w in wordings if w and w.strip() not in said), None)
