"""The crisis answer in a calm conversation: an alarm that rests on the safety classifier alone
becomes a safety line above the normal answer, once the conversation has been calm.

Why: RUBRIC point b says a calm message does not get the emergency answer. In the middle of a
conversation about something that happened, the classifier, which reads a bag of words,
alarms on calm turns ("ze zegt dat ze van hem houdt en dat ik jaloers ben"). On the tuned blind
conversation sets F-M, 33 calm turns after the first got "Bel nu meteen 112" from the classifier
alone; the 6 crisis turns after the first that only the classifier caught all had a probability
of 0.95 or more, which stays an alarm (SURE_EVEN_IF_CALM, bot/nlu/crisis/check.py). Turning
those alarms into the question "Ben je nu in gevaar?" (tried first, 6 December) left the
person's message unanswered; the line keeps the answer and still puts 112 (or 113) first:
"Is iemand nu in gevaar? Bel dan meteen 112." (`utter_safety_line_danger`, `_suicide`).

What stays the alarm: any rule of its kind (held, someone at the door, "ik wil dood", a weak cue
too), a classifier sure enough to stand next to a calm cue, the first message of a
conversation (the safety sets, single messages, are gated on that), and every message after an
earlier crisis turn, question or line (an escalation: "shit hij is terug hij staat beneden").

How: Rasa's NLU components see one message. The Rasa server's parse wrapper
(bot/rasa_server/role_memory.py), which has the tracker, says whether the conversation so far
was calm (`calm_conversation`, from the earlier parses: intents and the `crisis` key, never
text) while the pipeline runs; bot/nlu/safety.py then keeps DIET's intent, sets `crisis` to
`line_danger`/`line_suicide` and notes the line; the REST channel (bot/channels/rest.py) puts
the line above the answer. Without the wrapper (another Rasa, /model/parse) nothing is calm and
every alarm stays an alarm.
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import Any, Dict, Iterable, Iterator, List, Optional

CRISIS_INTENTS = frozenset({"danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"})
LINE_PREFIX = "line_"
LINE_RESPONSE = {"danger": "utter_safety_line_danger", "suicide": "utter_safety_line_suicide"}

_calm: contextvars.ContextVar[bool] = contextvars.ContextVar("wegwijzer_calm_conversation", default=False)
_lines: contextvars.ContextVar[Optional[List[str]]] = contextvars.ContextVar("wegwijzer_safety_lines",
                                                                             default=None)


def is_calm(earlier: Iterable[Dict[str, Any]]) -> bool:
    """At least one earlier message, and none was a crisis turn, question or line."""
    earlier = list(earlier)
    return bool(earlier) and not any(
        ((p.get("intent") or {}).get("name") in CRISIS_INTENTS) or p.get("crisis") for p in earlier)


@contextlib.contextmanager
def calm_conversation(calm: bool) -> Iterator[None]:
    token = _calm.set(calm)
    try:
        yield
    finally:
        _calm.reset(token)


def conversation_is_calm() -> bool:
    return _calm.get()


def note_line(kind: str) -> None:
    """A safety line is due above this turn's answer (no-op outside a channel's turn)."""
    lines = _lines.get()
    if lines is not None and kind in LINE_RESPONSE and kind not in lines:
        lines.append(kind)


@contextlib.contextmanager
def collecting_lines() -> Iterator[List[str]]:
    """`with collecting_lines() as lines:` handle one message; `lines` then holds the kinds."""
    lines: List[str] = []
    token = _lines.set(lines)
    try:
        yield lines
    finally:
        _lines.reset(token)
