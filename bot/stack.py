"""Start and stop the three processes: action server, Rasa server, web app.

Used by `make run` (through bot.run) and by the end-to-end tests, so both exercise the
same start-up. Each process gets its own session so one Ctrl-C is handled here, in order,
and each writes its log to a file: the console shows our progress, not TensorFlow noise.
"""
from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple
from urllib.parse import urlsplit

from bot import paths, settings

TICKET_LOCK_SECONDS = 10
# Default level INFO, and no message text, sender ids or IP addresses in any line.
LOGGING_CONFIG = paths.PROJECT_ROOT / "bot" / "logging_config.yml"


@dataclass(frozen=True)
class Ports:
    actions: int = settings.Settings.action_port
    rasa: int = settings.Settings.rasa_port
    web: int = settings.Settings.web_port
    # The scaled profile: ports of the second, third ... Rasa replica and action server.
    more_rasa: Tuple[int, ...] = ()
    more_actions: Tuple[int, ...] = ()

    @classmethod
    def default(cls) -> "Ports":
        read = settings.current()
        return cls(actions=read.action_port, rasa=read.rasa_port, web=read.web_port,
                   more_rasa=tuple(read.rasa_port + i for i in range(1, read.rasa_replicas)),
                   more_actions=tuple(read.action_port + i for i in range(1, read.action_servers)))

    @classmethod
    def free(cls, rasa_replicas: int = 1, action_servers: int = 1) -> "Ports":
        return cls(actions=free_port(), rasa=free_port(), web=free_port(),
                   more_rasa=tuple(free_port() for _ in range(rasa_replicas - 1)),
                   more_actions=tuple(free_port() for _ in range(action_servers - 1)))

    @property
    def all_rasa(self) -> Tuple[int, ...]:
        return (self.rasa, *self.more_rasa)

    @property
    def all_actions(self) -> Tuple[int, ...]:
        return (self.actions, *self.more_actions)


def _numbered(name: str, index: int, count: int) -> str:
    """"rasa" when there is one; "rasa-1", "rasa-2" ... when there are several."""
    return name if count == 1 else f"{name}-{index + 1}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    name: str
    command: List[str]
    health_url: str
    env: Dict[str, str] = field(default_factory=dict)
    base_url: Optional[str] = None  # a Rasa replica's own URL (warm-up, routing)
    process: Optional[subprocess.Popen] = None
    log_path: Optional[Path] = None


class Stack:
    def __init__(
        self,
        model: Path,
        ports: Ports,
        log_dir: Path = paths.LOG_DIR,
        web_host: str = "127.0.0.1",
        extra_env: Optional[Dict[str, str]] = None,
        lock_store_url: Optional[str] = None,
        endpoints: Optional[Path] = None,
    ) -> None:
        self.model = model
        # Only benchmarks set this: Rasa's own stores as the baseline (bench/replicas.py).
        self.endpoints = endpoints
        # Several Rasa replicas share conversations through the SQL tracker store; Redis locks
        # each conversation while one replica handles a message (bot/endpoints-scaled.yml).
        self.lock_store_url = lock_store_url
        self.ports = ports
        self.log_dir = log_dir
        self.web_host = web_host
        self.extra_env = extra_env or {}
        self.services = self._services()

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.rasa}"

    @property
    def rasa_urls(self) -> List[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports.all_rasa]

    @property
    def web_url(self) -> str:
        return f"http://{'localhost' if self.web_host == '127.0.0.1' else self.web_host}:{self.ports.web}"

    def _services(self) -> List[Service]:
        python = sys.executable
        actions, replicas = self.ports.all_actions, self.ports.all_rasa
        services = [
            Service(
                _numbered("acties", i, len(actions)),
                [
                    python, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port),
                    "--logging-config_file", str(LOGGING_CONFIG),  # sic: rasa_sdk's spelling
                ],
                f"http://127.0.0.1:{port}/health",
                # The action server has no auth: loopback only.
                env={"SANIC_HOST": "127.0.0.1"},
            )
            for i, port in enumerate(actions)
        ]
        endpoints, lock_env = paths.ENDPOINTS, {}
        if self.lock_store_url:
            lock = urlsplit(self.lock_store_url)
            endpoints = paths.ENDPOINTS_SCALED
            lock_env = {"WEGWIJZER_LOCK_STORE_HOST": lock.hostname or "127.0.0.1",
                        "WEGWIJZER_LOCK_STORE_PORT": str(lock.port or 6379),
                        "WEGWIJZER_LOCK_STORE_DB": (lock.path or "/0").strip("/") or "0",
                        # A replica that dies while it handles a message leaves its ticket in
                        # Redis; the conversation waits until the ticket expires. Rasa's 60 s
                        # would outlast the web app's 20 s wait; a message takes about 1 s.
                        "TICKET_LOCK_LIFETIME": str(TICKET_LOCK_SECONDS)}
        endpoints = self.endpoints or endpoints
        for i, port in enumerate(replicas):
            action_url = f"http://127.0.0.1:{actions[i % len(actions)]}/webhook"
            services.append(Service(
                _numbered("rasa", i, len(replicas)),
                [
                    python, "-m", "bot.rasa_server", "run",
                    "--model", str(self.model),
                    "--endpoints", str(endpoints),
                    "--credentials", str(paths.CREDENTIALS),
                    "--interface", "127.0.0.1",
                    "--port", str(port),
                    "--logging-config-file", str(LOGGING_CONFIG),
                ],
                f"http://127.0.0.1:{port}/webhooks/rest/",
                env={"ACTION_SERVER_URL": action_url, **lock_env},
                base_url=f"http://127.0.0.1:{port}",
            ))
        web_env = ({"WEGWIJZER_RASA_URLS": ",".join(self.rasa_urls)} if len(replicas) > 1
                   else {"WEGWIJZER_RASA_URL": self.rasa_url})
        services.append(Service(
            "web",
            [python, "-m", "bot.web", "--host", self.web_host, "--port", str(self.ports.web)],
            f"http://127.0.0.1:{self.ports.web}/gezond",
            env=web_env,
        ))
        return services

    def start(self, progress: Callable[[str], None] = lambda line: None, timeout: float = 300) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for service in self.services:
            self.spawn(service)
        started = time.monotonic()
        for service in self.services:
            progress(f"Wachten op {service.name}...")
            self._wait_until_healthy(service, started, timeout, progress)
            if service.name.startswith("rasa"):
                self._warm_up(service.base_url)
            progress(f"{service.name} is klaar ({time.monotonic() - started:.0f} s)")

    def spawn(self, service: Service) -> None:
        """Start `service`'s process (again), its output appended to its log file."""
        base_env = dict(
            os.environ,
            TF_CPP_MIN_LOG_LEVEL="2",
            SQLALCHEMY_SILENCE_UBER_WARNING="1",
            PYTHONUNBUFFERED="1",
            **self.extra_env,
        )
        service.log_path = self.log_dir / f"{service.name}.log"
        with open(service.log_path, "ab") as log:
            service.process = subprocess.Popen(
                service.command,
                cwd=paths.PROJECT_ROOT,
                env={**base_env, **service.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )

    def _warm_up(self, rasa_url: str) -> None:
        """TensorFlow builds its graphs on the first message (~4 s here); pay that now, not
        on the first person's message. The warm-up conversation holds no personal data."""
        request = urllib.request.Request(
            f"{rasa_url}/webhooks/rest/webhook",
            data=json.dumps({"sender": "opwarmen", "message": "hallo"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
        except (urllib.error.URLError, OSError):
            pass  # not fatal: the first real message just takes longer

    def _wait_until_healthy(self, service: Service, started: float, timeout: float, progress) -> None:
        last_note = time.monotonic()
        while True:
            if service.process.poll() is not None:
                raise RuntimeError(
                    f"{service.name} stopte met code {service.process.returncode}; "
                    f"zie {service.log_path}:\n{tail(service.log_path)}"
                )
            if healthy(service.health_url):
                return
            now = time.monotonic()
            if now - started > timeout:
                raise TimeoutError(f"{service.name} niet klaar na {timeout:.0f} s; zie {service.log_path}")
            if now - last_note > 10:
                progress(f"  {service.name} start nog ({now - started:.0f} s)...")
                last_note = now
            time.sleep(0.5)

    def stop(self, grace_seconds: float = 10) -> None:
        # Web app first, so nobody talks to a half-stopped assistant.
        for service in reversed(self.services):
            if service.process and service.process.poll() is None:
                os.killpg(service.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace_seconds
        for service in self.services:
            if service.process is None:
                continue
            try:
                service.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(service.process.pid, signal.SIGKILL)
                service.process.wait()

    def restart(self, name: str) -> None:
        """Start a child that died again (its log goes on in the same file)."""
        service = next(s for s in self.services if s.name == name)
        if service.process is not None and service.process.poll() is None:
            return
        self.spawn(service)

    def alive(self) -> Dict[str, bool]:
        return {s.name: bool(s.process and s.process.poll() is None) for s in self.services}


def _load_prctl():
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except OSError:  # not Linux/glibc: children are still stopped by Stack.stop()
        return None


# Loaded in the parent: between fork and exec the child must do as little as possible
# (no imports), because other threads of the parent may hold locks.
_PRCTL = _load_prctl()
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the starting process dies, even by SIGKILL, so no
    orphaned Rasa keeps holding a port."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def tail(path: Optional[Path], lines: int = 30) -> str:
    if path is None or not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
