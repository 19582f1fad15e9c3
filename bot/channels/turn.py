"""Did something fail while Rasa handled this one message?

Rasa's processor catches an exception of a custom action (action server down, or the
action raised), logs it at ERROR on `rasa.core.processor`, and goes on as if the action
had said nothing. The answer then lacks what the action would have added. A filter on that
logger marks the turn in which this happened, through a context variable: the message is
handled in the request's own task, so each request sees only its own turn.
"""
from __future__ import annotations

import contextvars
import logging
from typing import Optional

WATCHED_LOGGER = "rasa.core.processor"
_current: contextvars.ContextVar[Optional["TurnWatch"]] = contextvars.ContextVar(
    "wegwijzer_turn", default=None
)


class _FailureMarker(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        turn = _current.get()
        if turn is not None and record.levelno >= logging.ERROR:
            turn.failed = True
        return True  # only watches; never drops a record


_MARKER = _FailureMarker()


def install() -> None:
    """Idempotent: attach the marker to Rasa's processor logger."""
    watched = logging.getLogger(WATCHED_LOGGER)
    if _MARKER not in watched.filters:
        watched.addFilter(_MARKER)


class TurnWatch:
    """`with TurnWatch() as turn:` ... `turn.failed` is True when an error was logged."""

    def __init__(self) -> None:
        self.failed = False
        self._token = None

    def __enter__(self) -> "TurnWatch":
        install()
        self._token = _current.set(self)
        return self

    def __exit__(self, *exc) -> None:
        _current.reset(self._token)
