"""Did a custom action fail while Rasa handled this one message?

Rasa's processor (`MessageProcessor._run_action`) catches any exception of an action's
`run` (action server down, or the action raised), logs it, and goes on as if the action had
said nothing. The answer then lacks what the action would have added. So `install()` wraps
`RemoteAction.run`: when it raises, the current turn is marked failed and the exception is
raised on, so Rasa does what it did before. `ActionExecutionRejection` is not a failure: it
is how a form says "not this one", and Rasa predicts another action.

The mark goes through a context variable: the message is handled in the request's own task,
so each request sees only its own turn.

The wrapper is a patch of Rasa's internals, so it is set only on the Rasa it was checked
against (bot/rasa_server/patch_guard.py). Otherwise a filter on Rasa's processor logger
marks a turn in which an ERROR was logged there (as the processor does for a failed action),
so failures are still noticed.
"""
from __future__ import annotations

import contextvars
import functools
import logging
from typing import Callable, Optional

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

from bot.rasa_server import patch_guard

logger = logging.getLogger(__name__)

WATCHED_LOGGER = "rasa.core.processor"
_current: contextvars.ContextVar[Optional["TurnWatch"]] = contextvars.ContextVar(
    "wegwijzer_turn", default=None
)


def _mark_failed() -> None:
    turn = _current.get()
    if turn is not None:
        turn.failed = True


def _watching(rasa_run: Callable) -> Callable:
    """RemoteAction.run that marks the current turn when Rasa's run raises."""

    @functools.wraps(rasa_run)
    async def run(self, output_channel, nlg, tracker, domain):
        try:
            return await rasa_run(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except Exception:
            _mark_failed()
            raise

    run.marks_failed_turns = True
    return run


class _FailureMarker(logging.Filter):
    """The fallback: marks the turn on an ERROR record of Rasa's processor."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            _mark_failed()
        return True  # only watches; never drops a record


_MARKER = _FailureMarker()


def install() -> bool:
    """Idempotent. True: RemoteAction.run is watched; False: the log filter is (fallback)."""
    if getattr(RemoteAction.run, "marks_failed_turns", False):
        return True
    watched = logging.getLogger(WATCHED_LOGGER)
    if _MARKER in watched.filters:
        return False  # refused before, and said so once
    if patch_guard.patch(
        logger, "patch 'watch_remote_action_run'", RemoteAction, "run", _watching(RemoteAction.run),
        params=("self", "output_channel", "nlg", "tracker", "domain"),
        instead=f"a failed custom action is noticed from ERROR records of {WATCHED_LOGGER!r}",
    ):
        return True
    watched.addFilter(_MARKER)
    return False


class TurnWatch:
    """`with TurnWatch() as turn:` ... `turn.failed` is True when a custom action failed."""

    def __init__(self) -> None:
        self.failed = False
        self._token = None

    def __enter__(self) -> "TurnWatch":
        install()
        self._token = _current.set(self)
        return self

    def __exit__(self, *exc) -> None:
        _current.reset(self._token)
