"""One Rasa process against two replicas, in one run on this machine, with the same load
generator as bench/latency.py (realistic multi-turn conversations over the web app's /api/chat).

Profiles, each started fresh on free ports:
- embedded: one Rasa, conversations in memory (what `make run` starts): the baseline;
- 1 replica: one Rasa on PostgreSQL (conversations) and Redis (lock store);
- 2 replicas: two Rasa replicas and two action servers on the same PostgreSQL and Redis;
- the same 2 replicas with Rasa's own SQL tracker store and Redis lock store instead of ours
  (bot/session_sql_store.py, bot/rasa_server/lock_store.py): the baseline for those two.

For each: messages per second and p50/p95 at 10 and 50 users, CPU milliseconds per message
of each process (user + system time over the run divided by the messages answered: less
sensitive than msg/s to what else this shared machine is doing), and resident memory per
process. For 2 replicas also a run at 10 users during which one replica gets SIGKILL halfway:
how many answers were degraded (the numbers instead of an answer) or failed.

    .venv/bin/python bench/replicas.py [--seconds 20]
Needs PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL, or the local defaults).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from latency import load  # noqa: E402
from startup import rss_mb  # noqa: E402

from bot.stack import Ports, Stack  # noqa: E402
from bot.training import ensure_model  # noqa: E402
from tests.helpers.seeded_database import seeded_postgres_schema, seeded_sqlite  # noqa: E402

RESULTS = ROOT / "bench" / "results"
DATABASE = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1/postgres")
REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


# Rasa's own stores, for the baseline profile: the same table and Redis, none of our changes.
RASA_STORES = """
action_endpoint:
  url: ${ACTION_SERVER_URL}
tracker_store:
  type: sql
  url: ${WEGWIJZER_TRACKER_URL}
lock_store:
  type: redis
  url: ${WEGWIJZER_LOCK_STORE_HOST}
  port: ${WEGWIJZER_LOCK_STORE_PORT}
  db: ${WEGWIJZER_LOCK_STORE_DB}
  key_prefix: wegwijzer
nlg:
  type: bot.rasa_server.no_repeat_nlg.NoRepeatNLG
"""


def run_profile(name, model, seconds, *, replicas, shared, kill_run=False, rasa_stores=False):
    with tempfile.TemporaryDirectory() as logs:
        with ExitStack() as cleanup:
            if shared:
                url = cleanup.enter_context(seeded_postgres_schema(DATABASE, "bench"))
                env = {"WEGWIJZER_DATABASE_URL": url, "WEGWIJZER_TRACKER_URL": url}
            else:
                env = {"WEGWIJZER_DATABASE_URL": seeded_sqlite(Path(logs))}
            endpoints = None
            if rasa_stores:
                endpoints = Path(logs) / "endpoints-rasa-stores.yml"
                endpoints.write_text(RASA_STORES)
            return measure(name, model, seconds, replicas, env, shared, kill_run, Path(logs), endpoints)


def cpu_seconds(pid: int) -> float:
    """User + system time of a process so far (from /proc; clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured_load(stack, chat, users, seconds):
    """One load level, with each process's CPU milliseconds per answered message."""
    before = {s.name: cpu_seconds(s.process.pid) for s in stack.services}
    row = asyncio.run(load(chat, users, seconds))
    answered = max(1, row["messages"] - row["errors"])
    row["cpu_ms_per_message"] = {s.name: round(1000 * (cpu_seconds(s.process.pid) - before[s.name]) / answered, 1)
                                 for s in stack.services}
    return row


def measure(name, model, seconds, replicas, env, shared, kill_run, logs, endpoints=None):
    stack = Stack(model, Ports.free(rasa_replicas=replicas, action_servers=replicas), log_dir=logs,
                  extra_env=env, lock_store_url=REDIS if shared else None, endpoints=endpoints)
    try:
        stack.start(timeout=600)
        chat = f"{stack.web_url}/api/chat"
        time.sleep(3)
        memory = {s.name: rss_mb(s.process.pid) for s in stack.services}
        result = {"profile": name, "rss_mb": memory, "rss_mb_total": round(sum(memory.values()), 1),
                  "load": [measured_load(stack, chat, users, seconds) for users in (10, 50)]}
        if kill_run:
            victim = next(s for s in stack.services if s.name == "rasa-2")
            timer = threading.Timer(seconds / 2, lambda: os.kill(victim.process.pid, signal.SIGKILL))
            timer.start()
            result["kill"] = asyncio.run(load(chat, 10, seconds))
            timer.join()
        return result
    finally:
        stack.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    model = ensure_model()
    results = [
        run_profile("embedded (1 Rasa, memory)", model, args.seconds, replicas=1, shared=False),
        run_profile("1 replica (PostgreSQL + Redis)", model, args.seconds, replicas=1, shared=True),
        run_profile("2 replicas, Rasa's own stores", model, args.seconds, replicas=2, shared=True,
                    rasa_stores=True),
        run_profile("2 replicas (PostgreSQL + Redis)", model, args.seconds, replicas=2, shared=True, kill_run=True),
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "replicas.json").write_text(json.dumps(results, indent=2))
    print(f"{'profile':34} {'users':>5} {'msg/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}  CPU ms/message")
    for r in results:
        for row in r["load"]:
            cpu = ", ".join(f"{n} {v}" for n, v in row["cpu_ms_per_message"].items())
            print(f"{r['profile']:34} {row['users']:>5} {row['messages_per_second']:>7} {row['p50_ms']:>8} "
                  f"{row['p95_ms']:>8} {row['errors']:>7}  {cpu}")
        if "kill" in r:
            k = r["kill"]
            print(f"{'  ... one replica killed halfway':34} {k['users']:>5} {k['messages_per_second']:>7} "
                  f"{k['p50_ms']:>8} {k['p95_ms']:>8} {k['errors']:>7}  (of {k['messages']} messages)")
        print(f"{'  memory (MB)':34} " + ", ".join(f"{n} {v}" for n, v in r["rss_mb"].items())
              + f"; total {r['rss_mb_total']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
