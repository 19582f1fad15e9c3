"""`python -m bot.run` keeps serving when a child dies: each child in turn gets SIGKILL; while
it is away the page still answers (with 112 and the main numbers), and the child is back
within 30 seconds, started again by bot/supervise.py. Ctrl-C still stops everything."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from bot import paths
from bot.stack import Ports, healthy

pytestmark = pytest.mark.e2e

BACK_WITHIN = 30.0
# Routed at once to organisations (tests/e2e/test_faults.py): needs Rasa and the action server.
ROUTED = "ik ben twee maanden geleden aangerand op mijn werk"
# Which command line is which child (bot/stack.py).
CHILDREN = {"acties": "rasa_sdk", "rasa": "bot.rasa_server", "web": "bot.web"}


def chat(port: int, message: str) -> dict:
    """One message in a new conversation, through the page's own API."""
    body = {"sender": uuid.uuid4().hex, "message": message}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/chat", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def text_of(reply: dict) -> str:
    return "\n".join(m.get("text") or "" for m in reply["messages"])


def routed(reply: dict) -> bool:
    return not reply["degraded"] and any(
        isinstance(m.get("custom"), dict) and m["custom"].get("organisations") for m in reply["messages"])


def child_pid(parent: int, marker: str) -> int:
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and marker in cmdline:
            return int(entry.name)
    raise AssertionError(f"no child with {marker!r} under {parent}")


@pytest.fixture(scope="module")
def running(knowledge_url, stack):
    # `stack` makes sure the model exists; this test starts its own processes.
    ports = Ports.free()
    env = dict(os.environ, WEGWIJZER_ACTION_PORT=str(ports.actions), WEGWIJZER_RASA_PORT=str(ports.rasa),
               WEGWIJZER_WEB_PORT=str(ports.web), WEGWIJZER_DATABASE_URL=knowledge_url)
    process = subprocess.Popen([sys.executable, "-m", "bot.run"], cwd=paths.PROJECT_ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    deadline = time.monotonic() + 400
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Stoppen: Ctrl-C" in line:
            break
    assert healthy(f"http://127.0.0.1:{ports.web}/gezond"), "".join(lines)
    yield process, ports
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


def health_url(name: str, ports: Ports) -> str:
    return {"acties": f"http://127.0.0.1:{ports.actions}/health",
            "rasa": f"http://127.0.0.1:{ports.rasa}/webhooks/rest/",
            "web": f"http://127.0.0.1:{ports.web}/gezond"}[name]


# Rasa loads its model again when restarted: back after 27.6 and 28.7 s in two runs on this
# 2-core machine, under the 30 s of issue 20 but too close to gate `make test` on; issue 20 is
# open. Run it with `pytest -m wip tests/e2e/test_supervision.py`.
@pytest.mark.parametrize("name", ["acties", pytest.param("rasa", marks=pytest.mark.wip), "web"])
def test_a_killed_child_is_back_within_30_seconds_and_the_page_keeps_answering(running, name):
    process, ports = running
    assert routed(chat(ports.web, ROUTED))

    pid = child_pid(process.pid, CHILDREN[name])
    os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic()

    if name != "web":  # the page's own app is up: it answers, with the numbers
        reply = chat(ports.web, ROUTED)
        assert "112" in text_of(reply), reply
    while not healthy(health_url(name, ports)):
        assert time.monotonic() - killed_at < BACK_WITHIN, f"{name} not back within {BACK_WITHIN:.0f} s"
        assert process.poll() is None, "bot.run stopped"
        time.sleep(0.5)
    back_after = time.monotonic() - killed_at
    assert child_pid(process.pid, CHILDREN[name]) != pid
    assert routed(chat(ports.web, ROUTED))
    print(f"{name} back after {back_after:.1f} s")


def test_ctrl_c_still_stops_everything(running):
    process, ports = running
    process.send_signal(signal.SIGINT)
    rest, _ = process.communicate(timeout=60)
    assert process.returncode == 0 and "Alles is gestopt." in rest
    for name in CHILDREN:
        assert not healthy(health_url(name, ports))
