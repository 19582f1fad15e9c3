"""Start-up time and memory of the whole stack.

Starts action server, Rasa and web app on free ports (as `make run` does), and prints:
seconds until each is healthy, seconds until the first real answer over REST, and the
resident memory (RSS) of each process once idle. Writes bench/results/startup.json.

    .venv/bin/python bench/startup.py
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.stack import Ports, Stack  # noqa: E402
from bot.training import ensure_model  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, in MB (from /proc)."""
    total_kb = 0
    for p in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except FileNotFoundError:
            pass
    return round(total_kb / 1024, 1)


def descendants(pid: int) -> list:
    children = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text().split()
            for child in map(int, text):
                children += [child, *descendants(child)]
    except FileNotFoundError:
        pass
    return children


def first_answer_seconds(stack: Stack) -> float:
    request = urllib.request.Request(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        data=json.dumps({"sender": "bench-startup", "message": "hoi"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=120) as response:
        json.loads(response.read())
    return time.monotonic() - started


def main() -> int:
    model = ensure_model()
    marks = {}
    with tempfile.TemporaryDirectory() as logs:
        stack = Stack(model, Ports.free(), log_dir=Path(logs))
        started = time.monotonic()

        def progress(line: str) -> None:
            if line.endswith(")") and "klaar" in line:
                marks[line.split()[0]] = round(time.monotonic() - started, 1)

        try:
            stack.start(progress=progress)
            first = first_answer_seconds(stack)
            ready_to_answer = round(time.monotonic() - started, 1)
            time.sleep(5)  # let start-up garbage settle before measuring idle memory
            memory = {s.name: rss_mb(s.process.pid) for s in stack.services}
        finally:
            stack.stop()
    result = {
        "seconds_until_healthy": marks,
        "seconds_from_start_to_first_answer": ready_to_answer,
        "first_answer_latency_seconds": round(first, 3),
        "rss_mb_idle": memory,
        "rss_mb_total": round(sum(memory.values()), 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
