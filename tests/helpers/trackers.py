"""Tracker fixtures for action tests: what Rasa sends the action server, built in code."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker


def tracker(slots: Optional[Dict[str, Any]] = None, intent: str = "inform",
            entities: Optional[List[Dict[str, Any]]] = None, text: str = "",
            active_loop: Optional[str] = None,
            set_this_turn: Optional[Dict[str, Any]] = None) -> Tracker:
    """`set_this_turn`: slots Rasa set from this message (what a validation action checks)."""
    latest = {"intent": {"name": intent, "confidence": 0.99}, "entities": entities or [],
              "text": text}
    slots = {**(slots or {}), **(set_this_turn or {})}
    events = [{"event": "user", "text": text, "parse_data": latest}] + [
        {"event": "slot", "name": name, "value": value} for name, value in (set_this_turn or {}).items()]
    return Tracker("test-gesprek", slots, latest, events, False, None,
                   {"name": active_loop} if active_loop else {}, "action_listen")


def entity(name: str, value: Any) -> Dict[str, Any]:
    return {"entity": name, "value": value, "start": 0, "end": 1, "extractor": "test"}
