"""Keep the three processes of `make run` alive: a child that dies is started again, after a
pause that grows with each quick death (0.5, 1, 2 ... at most 30 s), while the others keep
serving. The web app answers with the key numbers while Rasa or the action server is away;
only Ctrl-C stops everything.

The clock and the starter are parameters, so the policy is tested without processes.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional

logger = logging.getLogger(__name__)

FIRST_PAUSE = 0.5
MAX_PAUSE = 30.0
# A child that ran this long without dying counts as healthy again: the next pause is short.
STABLE_AFTER = 60.0


@dataclass
class ChildState:
    pause: float = FIRST_PAUSE
    restart_at: Optional[float] = None  # when it is down: the moment to start it again
    started_at: float = 0.0
    restarts: int = 0


class Supervisor:
    def __init__(self, names, *, alive: Callable[[], Dict[str, bool]], restart: Callable[[str], None],
                 say: Callable[[str], None] = lambda line: None, clock: Callable[[], float] = time.monotonic):
        self._alive, self._restart, self._say, self._clock = alive, restart, say, clock
        now = clock()
        self.children = {name: ChildState(started_at=now) for name in names}

    def tick(self) -> None:
        """Look once: note who died, and start those whose pause is over."""
        now = self._clock()
        for name, alive in self._alive().items():
            state = self.children[name]
            if alive:
                if state.restart_at is None and now - state.started_at >= STABLE_AFTER:
                    state.pause = FIRST_PAUSE
                continue
            if state.restart_at is None:
                state.restart_at = now + state.pause
                self._say(f"{name} is gestopt; opnieuw starten over {state.pause:.0f} s. De rest draait door.")
                logger.warning("child %s stopped; restart in %.0f s", name, state.pause)
            elif now >= state.restart_at:
                self._restart(name)
                state.restarts += 1
                state.started_at, state.restart_at = now, None
                state.pause = min(state.pause * 2, MAX_PAUSE)
                self._say(f"{name} is opnieuw gestart.")
                logger.warning("child %s restarted (%d restarts)", name, state.restarts)
