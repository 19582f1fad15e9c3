"""`make run`: train if needed, seed the knowledge base if absent, start everything.

A child that dies is started again (bot/supervise.py); one Ctrl-C stops all three cleanly.
"""
from __future__ import annotations

import signal
import sys
import time

from bot import paths, settings
from bot.stack import Ports, Stack
from bot.supervise import Supervisor
from bot.training import ensure_model


def say(line: str) -> None:
    print(f"[wegwijzer] {line}", flush=True)


def main() -> int:
    model = ensure_model()
    read = settings.current()
    stack = Stack(model, Ports.default(), lock_store_url=read.lock_store_url)
    say("Servers starten. Rasa laadt het model; dat duurt ongeveer een minuut.")
    stopping = False

    def request_stop(signum, frame):
        nonlocal stopping
        stopping = True

    try:
        stack.start(progress=say)  # Ctrl-C here raises KeyboardInterrupt; finally stops all
        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        say("Klaar. Open in je browser:")
        say(f"  Chat:          {stack.web_url}/")
        say(f"  Rasa REST:     {stack.rasa_url}/webhooks/rest/webhook  (alleen op deze computer)")
        say(f"  Logbestanden:  {paths.LOG_DIR}")
        say("Stoppen: Ctrl-C")
        supervisor = Supervisor([s.name for s in stack.services], alive=stack.alive,
                                restart=stack.restart, say=say)
        while not stopping:
            supervisor.tick()
            time.sleep(0.5)
        return 0
    except (RuntimeError, TimeoutError) as error:
        say(str(error))
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        say("Stoppen...")
        stack.stop()
        say("Alles is gestopt.")


if __name__ == "__main__":
    sys.exit(main())
