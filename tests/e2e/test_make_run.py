"""`python -m bot.run` (what `make run` starts): prints the URL when ready; one Ctrl-C
(SIGINT) stops all three processes."""
import os
import signal
import subprocess
import sys
import time

import pytest

from bot import paths
from bot.stack import Ports, healthy

pytestmark = pytest.mark.e2e


def test_run_prints_urls_and_one_ctrl_c_stops_everything(knowledge_url, tmp_path, stack):
    # `stack` makes sure the model exists and is not needed otherwise.
    ports = Ports.free()
    env = dict(
        os.environ,
        WEGWIJZER_ACTION_PORT=str(ports.actions),
        WEGWIJZER_RASA_PORT=str(ports.rasa),
        WEGWIJZER_WEB_PORT=str(ports.web),
        WEGWIJZER_DATABASE_URL=knowledge_url,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.run"],
        cwd=paths.PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = []
    try:
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            output.append(line)
            if "Stoppen: Ctrl-C" in line:
                break
        text = "".join(output)
        assert f"http://localhost:{ports.web}/" in text, text
        assert healthy(f"http://127.0.0.1:{ports.web}/gezond")

        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=60)
        assert process.returncode == 0, rest
        assert "Alles is gestopt." in rest
        for port in (ports.actions, ports.rasa, ports.web):
            assert not _listening(port), f"port {port} still open after Ctrl-C"
    finally:
        if process.poll() is None:
            process.kill()


def _listening(port: int) -> bool:
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in open(table).read().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port:
                return True
    return False
