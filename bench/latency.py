"""Latency and throughput through the real stack: web app -> Rasa -> action server -> KB.

Starts the stack on free ports, then runs realistic multi-turn conversations over the web
app's /api/chat, first with 1 user, then with 10 at the same time (each user: one
conversation after the other, new sender id each time). Prints p50/p95/p99 per turn and
messages per second; writes bench/results/latency.json.

    .venv/bin/python bench/latency.py [--seconds 30]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.stack import Ports, Stack  # noqa: E402
from bot.training import ensure_model  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SCRIPTS = [
    # victims: triage with free-text answers, referral, more options, questions
    ["hoi", "waar kan ik terecht", "ik ben aangerand", "vorige maand", "op mijn werk",
     "meer opties", "dankjewel"],
    ["ik ben gisteravond verkracht", "wat gebeurt er bij het csg", "bedankt"],
    ["iemand heeft naaktfoto's van mij verspreid", "kan ik anoniem blijven", "doei"],
    ["hij staat voor de deur", "waar kan ik terecht", "zeg ik liever niet", "weet ik niet",
     "weet ik niet"],
    ["what can you do", "i was assaulted last week", "at work", "thanks"],
    # bystanders and naasten
    ["ik zie in de trein dat iemand wordt lastiggevallen, wat kan ik doen", "oefenen", "afleiden"],
    ["mijn dochter vertelde dat ze is aangerand, hoe moet ik reageren", "dankjewel"],
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


async def user(session, url, deadline, latencies, errors, index):
    turn = 0
    while time.monotonic() < deadline:
        sender = uuid.uuid4().hex
        for message in SCRIPTS[(index + turn) % len(SCRIPTS)]:
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": message}) as response:
                    body = await response.json()
                    if response.status != 200 or body.get("degraded"):
                        errors.append(response.status)
            except aiohttp.ClientError:
                errors.append("connection")
            latencies.append((time.perf_counter() - started) * 1000)
        turn += 1


async def load(url, users, seconds):
    latencies, errors = [], []
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.monotonic()
        await asyncio.gather(*(user(session, url, deadline, latencies, errors, i) for i in range(users)))
        elapsed = time.monotonic() - started
    return {
        "users": users,
        "messages": len(latencies),
        "errors": len(errors),
        "messages_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    model = ensure_model()
    with tempfile.TemporaryDirectory() as logs:
        stack = Stack(model, Ports.free(), log_dir=Path(logs))
        try:
            stack.start()
            url = f"{stack.web_url}/api/chat"
            results = [asyncio.run(load(url, users, args.seconds)) for users in (1, 10)]
        finally:
            stack.stop()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latency.json").write_text(json.dumps(results, indent=2))
    for r in results:
        print(
            f"{r['users']:>2} users: {r['messages_per_second']:>6} msg/s  p50 {r['p50_ms']} ms  "
            f"p95 {r['p95_ms']} ms  p99 {r['p99_ms']} ms  ({r['messages']} messages, {r['errors']} errors)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
