"""A safety line above the answer instead of the alarm or the question, where the alarm or the
question would take the person's message away without cause:
"Is iemand nu in gevaar? Bel dan meteen 112." (`utter_safety_line_danger`) or the 113 line
(`utter_safety_line_suicide`). The number still comes first; the message is still answered.

1. An alarm that rests on the safety classifier alone (no rule of its kind, not even a weak
   one, and below SURE_EVEN_IF_CALM, 0.93), in a conversation that has been calm. RUBRIC point
   b says a calm message does not get the emergency answer, and the classifier, a bag of words,
   alarms on calm turns in the middle of a conversation ("ze zegt dat ze van hem houdt en dat
   ik jaloers ben"). On the tuned blind conversation sets F-M, 33 calm turns after the first
   got 112 from the classifier alone; the 6 crisis turns after the first that only the
   classifier caught were all at 0.95 or more, and stay an alarm.
2. The question for the uncertain middle ("Ben jij of iemand anders nu in gevaar?"), when
   nothing in the conversation was a crisis yet and DIET understood the message. The question
   was the whole answer: on F-M, 57 calm turns got it, most of them the story itself ("mn
   leidinggevende pakt me steeds bij mn heupen"), and the person went on without an answer.

What stays the alarm or the question: any rule of its kind for the alarm, a sure classifier,
the first message for the alarm (the safety sets, single messages, are gated on that), a
message DIET did not understand, and every message after an earlier crisis turn, question or
line (an escalation: "shit hij is terug hij staat beneden").

How: Rasa's NLU components see one message. The Rasa server's parse wrapper
(bot/rasa_server/role_memory.py), which has the tracker, sets the conversation's state from the
earlier parses (intents and the `crisis` key, never text) while the pipeline runs;
bot/nlu/safety.py then keeps DIET's intent, sets `crisis` to `line_danger`/`line_suicide` and
notes the line; the REST channel (bot/channels/rest.py) puts the line above the answer. Without
the wrapper (another Rasa, /model/parse) the state is unknown and nothing changes.
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import Any, Dict, Iterable, Iterator, List, Optional

# The crisis check's intents (bot/nlu/safety.py takes them from here: it imports this module).
CRISIS_INTENTS = frozenset({"danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"})
LINE_PREFIX = "line_"
LINE_RESPONSE = {"danger": "utter_safety_line_danger", "suicide": "utter_safety_line_suicide"}

# What the earlier messages of the conversation were, while the NLU runs on a new one.
UNKNOWN = "unknown"  # no parse wrapper (another Rasa, /model/parse): every alarm stays
FIRST = "first"  # no earlier message
CALM = "calm"  # earlier messages, none a crisis turn, question or line
AFTER_CRISIS = "after_crisis"
# asked twice without a yes, and a safety line since: no line, no question, no alarm on the classifier alone
QUIET = "quiet"

_state: contextvars.ContextVar[str] = contextvars.ContextVar("wegwijzer_conversation_state", default=UNKNOWN)
_lines: contextvars.ContextVar[Optional[List[str]]] = contextvars.ContextVar("wegwijzer_safety_lines",
                                                                             default=None)


ALARM_INTENTS = frozenset({"danger_now", "suicidal_thoughts"})
QUESTION_INTENTS = CRISIS_INTENTS - ALARM_INTENTS
# Asked twice whether someone is in danger, and twice the person went on with their own message
# without a yes: a third time would take the message away again and repeat the question word for
# word (set W: "Wat gebeurt er als ik ergens bel?" and "Kan ik ook bellen als hij thuis is?" got the
# question, then the 112 answer on "ik bel morgenochtend, als hij de deur uit is").
QUESTIONS_NOT_TAKEN_UP = 2


def state_of(earlier: Iterable[Dict[str, Any]]) -> str:
    earlier = list(earlier)
    if not earlier:
        return FIRST
    intents = [(p.get("intent") or {}).get("name") for p in earlier]
    crises = [p.get("crisis") for p in earlier]
    if not any(intent in CRISIS_INTENTS or crisis for intent, crisis in zip(intents, crises)):
        return CALM
    alarmed = any(intent in ALARM_INTENTS or crisis in ALARM_INTENTS for intent, crisis in zip(intents, crises))
    asked = [i for i, (intent, crisis) in enumerate(zip(intents, crises))
             if intent in QUESTION_INTENTS or crisis in QUESTION_INTENTS]
    said_yes = any(i + 1 < len(intents) and intents[i + 1] == "affirm" for i in asked)
    if len(asked) >= QUESTIONS_NOT_TAKEN_UP and not alarmed and not said_yes:
        # and once a safety line came after that too, the number was given three times: the
        # person's messages are answered without another line (bot/nlu/safety.py)
        line_since = any(str(crisis or "").startswith(LINE_PREFIX) for crisis in crises[asked[-1] + 1:])
        return QUIET if line_since else CALM
    return AFTER_CRISIS


@contextlib.contextmanager
def _set_for_the_turn(variable: contextvars.ContextVar, value: Any) -> Iterator[None]:
    token = variable.set(value)
    try:
        yield
    finally:
        variable.reset(token)


def conversation_state(state: str) -> contextlib.AbstractContextManager:
    return _set_for_the_turn(_state, state)


def current_state() -> str:
    return _state.get()


# Whether the earlier messages told no story yet and settled no role (bot/nlu/role.py asks whose
# story it is before the victim's triage starts on an opening such as "ik wil iets vragen maar ik
# durf het bijna niet te typen"). None: unknown (no parse wrapper), treated as not open.
_role_open: contextvars.ContextVar[Optional[bool]] = contextvars.ContextVar("wegwijzer_role_open", default=None)


def role_still_open(is_open: bool) -> contextlib.AbstractContextManager:
    return _set_for_the_turn(_role_open, is_open)


def role_is_open() -> bool:
    return bool(_role_open.get())


# The role the earlier messages settled (bot/nlu/conversation_role.py), "" when none; None when
# unknown (no parse wrapper).
_settled_role: contextvars.ContextVar[Optional[str]] = contextvars.ContextVar("wegwijzer_settled_role", default=None)


def role_settled_as(role: Optional[str]) -> contextlib.AbstractContextManager:
    return _set_for_the_turn(_settled_role, role or "")


def settled_role() -> Optional[str]:
    return _settled_role.get() or None


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
