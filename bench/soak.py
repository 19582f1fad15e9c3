"""Soak: the whole stack under steady load for a long time. Does it keep answering, and does
its memory stay flat?

Starts action server, Rasa and web app on free ports (as `make run` does, with the default
in-memory tracker store), then keeps 10 people talking at once through the web app's
/api/chat, each one realistic multi-turn conversation after the other (a new sender id each
time). Counts errors (not 200, a "degraded" answer, no text, no answer within 60 s) and
reads the resident memory (RSS) of each process: right after start-up, after a warm-up
minute of load (the baseline: TensorFlow and caches have grown to their working size by
then), every 30 s, and at the end. Prints the numbers and writes bench/results/soak.json.

    .venv/bin/python bench/soak.py [--minutes 10] [--users 10] [--warmup-seconds 60]

Target (issue 8): 0 errors and RSS growth < 10 % over 10 minutes at 10 users.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from startup import rss_mb  # noqa: E402  (bench/startup.py: RSS of a process tree)

from bot.stack import Ports, Stack  # noqa: E402
from bot.training import ensure_model  # noqa: E402

RESULTS = ROOT / "bench" / "results"
GROWTH_TARGET_PERCENT = 10.0
SAMPLE_EVERY_SECONDS = 30.0
SCRIPTS = [
    ["hoi", "waar kan ik terecht", "ik ben aangerand", "vorige maand", "op mijn werk", "meer opties", "dankjewel"],
    ["ik ben gisteravond verkracht", "wat gebeurt er bij het csg", "kost het geld", "bedankt"],
    ["iemand heeft naaktfoto's van mij verspreid", "kan ik anoniem blijven", "verwijder mijn gesprek"],
    ["hij staat voor de deur", "waar kan ik terecht", "zeg ik liever niet", "weet ik niet", "weet ik niet"],
    ["what can you do", "i was assaulted last week", "at work", "thanks"],
    ["ik zie in de trein dat iemand wordt lastiggevallen, wat kan ik doen", "oefenen", "afleiden", "doei"],
    ["mijn dochter vertelde dat ze is aangerand, hoe moet ik reageren", "waar kan ik zelf terecht", "dankjewel"],
    ["ik denk aan zelfmoord", "ik wil gewoon praten", "opnieuw beginnen", "hallo"],
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else None


class Tally:
    def __init__(self) -> None:
        self.latencies_ms: list = []
        self.errors: dict = {}
        self.conversations = 0

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


async def person(session, url, deadline, tally: Tally, index: int) -> None:
    turn = index
    while time.monotonic() < deadline:
        sender = uuid.uuid4().hex
        for message in SCRIPTS[turn % len(SCRIPTS)]:
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": message}) as response:
                    body = await response.json(content_type=None)
                    if response.status != 200:
                        tally.error(f"status {response.status}")
                    elif body.get("degraded"):
                        tally.error("degraded answer")
                    elif not any(str(m.get("text") or "").strip() or m.get("custom") for m in body.get("messages", [])):
                        tally.error("no text")
            except asyncio.TimeoutError:
                tally.error("timeout")
            except (aiohttp.ClientError, ValueError) as error:
                tally.error(type(error).__name__)
            tally.latencies_ms.append((time.perf_counter() - started) * 1000)
        tally.conversations += 1
        turn += 1


async def load(url: str, users: int, seconds: float, tally: Tally) -> float:
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(person(session, url, deadline, tally, i) for i in range(users)))
        return time.monotonic() - started


def memory(stack: Stack) -> dict:
    return {s.name: rss_mb(s.process.pid) for s in stack.services}


async def soak(stack: Stack, users: int, seconds: float, samples: list) -> tuple:
    """Load for `seconds`, sampling memory every 30 s meanwhile."""
    tally = Tally()
    url = f"{stack.web_url}/api/chat"
    started = time.monotonic()
    runner = asyncio.ensure_future(load(url, users, seconds, tally))
    while not runner.done():
        await asyncio.wait([runner], timeout=SAMPLE_EVERY_SECONDS)
        samples.append({"second": round(time.monotonic() - started), **memory(stack)})
        print(f"  {samples[-1]['second']:>4} s: {len(tally.latencies_ms)} messages, "
              f"{sum(tally.errors.values())} errors, RSS {samples[-1]}", flush=True)
    return tally, runner.result()


def growth(start: dict, end: dict) -> dict:
    return {name: round(100.0 * (end[name] - start[name]) / start[name], 1) for name in start if start[name]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--warmup-seconds", type=float, default=60.0)
    args = parser.parse_args()
    model = ensure_model()
    with tempfile.TemporaryDirectory() as logs:
        stack = Stack(model, Ports.free(), log_dir=Path(logs))
        try:
            stack.start(progress=lambda line: print(f"[soak] {line}", flush=True), timeout=900)
            time.sleep(5)
            after_start = memory(stack)
            print(f"[soak] RSS after start-up: {after_start}; warm-up {args.warmup_seconds:.0f} s", flush=True)
            warmup = Tally()
            asyncio.run(load(f"{stack.web_url}/api/chat", args.users, args.warmup_seconds, warmup))
            baseline = memory(stack)
            print(f"[soak] RSS after warm-up (baseline): {baseline}; soak {args.minutes:g} min", flush=True)
            samples: list = []
            tally, elapsed = asyncio.run(soak(stack, args.users, args.minutes * 60, samples))
            end = memory(stack)
            alive = stack.alive()
        finally:
            stack.stop()

    total = lambda rss: round(sum(rss.values()), 1)  # noqa: E731
    per_process = growth(baseline, end)
    result = {
        "benchmark": "soak",
        "minutes": args.minutes,
        "users": args.users,
        "warmup_seconds": args.warmup_seconds,
        "messages": len(tally.latencies_ms),
        "conversations": tally.conversations,
        "messages_per_second": round(len(tally.latencies_ms) / elapsed, 1) if elapsed else None,
        "errors": sum(tally.errors.values()),
        "errors_by_kind": tally.errors,
        "warmup_errors": sum(warmup.errors.values()),
        "p50_ms": round(percentile(tally.latencies_ms, 0.50) or 0, 1),
        "p95_ms": round(percentile(tally.latencies_ms, 0.95) or 0, 1),
        "p99_ms": round(percentile(tally.latencies_ms, 0.99) or 0, 1),
        "mean_ms": round(statistics.fmean(tally.latencies_ms), 1) if tally.latencies_ms else None,
        "rss_mb_after_start": after_start,
        "rss_mb_start": baseline,
        "rss_mb_end": end,
        "rss_mb_samples": samples,
        "rss_growth_percent": per_process,
        "rss_growth_percent_total": round(100.0 * (total(end) - total(baseline)) / total(baseline), 1),
        "rss_growth_target_percent": GROWTH_TARGET_PERCENT,
        "all_processes_alive_at_end": all(alive.values()),
        "cpus": os.cpu_count(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nsoak: {args.minutes:g} min at {args.users} users: {result['messages']} messages "
          f"({result['messages_per_second']} msg/s), {result['errors']} errors {tally.errors or ''}")
    print(f"  latency p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms")
    for name in baseline:
        print(f"  RSS {name:<7} {baseline[name]:>8.1f} MB -> {end[name]:>8.1f} MB  ({per_process.get(name, 0):+.1f} %)")
    print(f"  RSS total   {total(baseline):>8.1f} MB -> {total(end):>8.1f} MB  "
          f"({result['rss_growth_percent_total']:+.1f} %, target < {GROWTH_TARGET_PERCENT:g} %)")
    print(f"  all processes alive at the end: {result['all_processes_alive_at_end']}")
    print(f"  written to {RESULTS / 'soak.json'}")
    return 0 if result["errors"] == 0 and result["all_processes_alive_at_end"] else 1


if __name__ == "__main__":
    sys.exit(main())
