"""The probes of issue 19, rerun against the real web app (staff pages and API) on loopback,
with a fresh seeded SQLite database: how many hostile requests were tried per category, how
many wrongly succeeded (goal 0), and the most time and Python memory one staff request cost.

    .venv/bin/python bench/security_probe.py

Wrongly succeeded means: a hostile import that was accepted, answered 5xx or took more than
5 s; a numeric parameter answered 5xx; a guessable password accepted; a staff name locked for
longer than a minute by someone else; a version in the Server header; a weak conversation id
kept. Memory is the Python heap peak (tracemalloc) during the request; scrypt's own 128 MiB
per password check is outside it (OpenSSL), and at most two run at once (HASH_SLOTS)."""
from __future__ import annotations

import json
import sys
import time
import tracemalloc
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.db import session_scope  # noqa: E402
from staff import accounts, tokens  # noqa: E402
from staff.web import StaffSettings  # noqa: E402
from tests.helpers.staff_fixtures import Database, LiveApp  # noqa: E402

SLOW = 5.0


def alias_bomb(levels: int, width: int = 10) -> str:
    lines = ["l0: &l0 [" + ",".join("x" * 4 for _ in range(width)) + "]"]
    for level in range(1, levels + 1):
        lines.append(f"l{level}: &l{level} [" + ",".join(f"*l{level - 1}" for _ in range(width)) + "]")
    return "\n".join(lines) + "\n"


HOSTILE_YAML = {
    **{f"alias bomb, {n} levels": alias_bomb(n) for n in range(3, 10)},
    "nesting 40 deep": "[" * 40 + "]" * 40,
    "nesting 20,000 deep": "[" * 20_000 + "]" * 20_000,
    "60,000 values": "[" + ",".join("1" for _ in range(60_000)) + "]",
    "200 kB + 1 of text": "x: '" + "a" * 200_000 + "'",
    "a value of 150 kB echoed back": "- slug: csg\n  name: '" + "b" * 150_000 + "'\n",
    "binary tag": "!!binary aGVsbG8=",
    "python object tag": "!!python/object/apply:os.system ['true']",
}
NUMBERS = {
    "older_than": ["99999999999d", "99999999999w", "36501d", "-1d", "1e400d", "0d", "999999999999999999999999"],
    "X-Base-Versions": ['{"csg": 1e400}', '{"csg": null}', "[1]", '{"csg": 1.5}', '{"csg": -1}',
                        '{"csg": 99999999999999999999}', "x"],
    "version in path": ["99999999999", "-1", "1e3", "0", "2147483648"],
}
WEAK_PASSWORDS = [
    "password1234", "123456789012", "qwertyuiop12", "wachtwoord12", "welkom123456", "Wegwijzer2026",
    "azertyuiop12", "111111111111", "abcdefghijkl", "password12345", "iloveyou1234", "Voorjaar2026!",
    "zomer2026zomer", "admin1234567", "qwerty123456", "beheer123456", "1q2w3e4r5t6y", "letmein12345",
]
WEAK_SENDERS = ["xxxxxxxx", "abcdef123456", "0" * 32, "0" * 31 + "1", "a" * 40, "aaaa1111bbbb2222cccc3333dddd4444"]


class ProbedApp:
    """The real app on loopback (tests/helpers/staff_fixtures.LiveApp) with a seeded SQLite
    database, one editor and one API token."""

    def __init__(self, folder: Path, staff: StaffSettings) -> None:
        self.database = Database("sqlite", folder)
        self.database.add_user("redacteur", "editor")
        with session_scope(self.database.engine) as session:
            self.token, _ = tokens.create_token(session, "probe", ["read", "write"], actor="probe")
        self.live = LiveApp(self.database.engine, staff)

    def call(self, method, path, data=None, headers=None, token=True):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.live.url + path, data=data, headers=headers, method=method)
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                body, status, got = response.read(), response.status, response.headers
        except urllib.error.HTTPError as error:
            body, status, got = error.read(), error.code, error.headers
        return status, body, got, time.perf_counter() - started

    def close(self):
        self.live.stop()
        self.database.drop()


def main() -> None:
    import tempfile

    tracemalloc.start()
    folder = Path(tempfile.mkdtemp())
    live = ProbedApp(folder, StaffSettings(behind_tls=True))
    results = []  # (category, tried, wrong)
    heaviest = []  # (seconds, peak bytes, what)

    def measured(what, method, path, data=None, headers=None):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        status, body, got, seconds = live.call(method, path, data, headers)
        heaviest.append((seconds, tracemalloc.get_traced_memory()[1] - before, what))
        return status, body, got, seconds

    wrong = 0
    for name, text in HOSTILE_YAML.items():
        status, body, _, seconds = measured(f"import: {name}", "POST", "/api/v1/import?dry_run=true",
                                            text.encode())
        bad = status == 200 or status >= 500 or seconds > SLOW or len(body) > 20_000
        wrong += bad
        print(f"  import {name:34s} -> {status} in {seconds * 1000:7.1f} ms, answer {len(body):6d} bytes"
              f"{'  WRONG' if bad else ''}")
    results.append(("hostile YAML imports (API, dry run)", len(HOSTILE_YAML), wrong))

    export = live.call("GET", "/api/v1/export")[1]
    measured("export (all organisations)", "GET", "/api/v1/export")
    measured("largest real import (all organisations, dry run)", "POST", "/api/v1/import?dry_run=true", export)

    wrong = tried = 0
    for value in NUMBERS["older_than"]:
        tried += 1
        wrong += live.call("GET", "/api/v1/review?older_than=" + urllib.parse.quote(value))[0] >= 500
    for value in NUMBERS["X-Base-Versions"]:
        tried += 1
        wrong += live.call("POST", "/api/v1/import", export, {"X-Base-Versions": value})[0] >= 500
    for value in NUMBERS["version in path"]:
        tried += 1
        wrong += live.call("GET", f"/api/v1/organisations/csg/versions/{urllib.parse.quote(value)}")[0] >= 500
    results.append(("numeric parameters", tried, wrong))

    accepted = sum(accounts.password_problem(p, "redacteur") is None for p in WEAK_PASSWORDS)
    results.append(("guessable staff passwords of 12+ characters", len(WEAK_PASSWORDS), accepted))

    # A stranger who knows a staff name tries 12 wrong passwords; how long is the account shut?
    with session_scope(live.database.engine) as session:
        now = accounts.utcnow()
        for attempt in range(12):
            try:
                accounts.authenticate(session, "redacteur", "fout", client="203.0.113.9", now=now)
            except accounts.LoginBlocked as blocked:
                now += blocked.wait
                accounts.authenticate(session, "redacteur", "fout", client="203.0.113.9", now=now)
        try:  # the owner, from her own address
            accounts.authenticate(session, "redacteur", "een-lang-wachtwoord-7", client="198.51.100.4", now=now)
            shut = 0.0
        except accounts.LoginBlocked as blocked:
            shut = blocked.wait.total_seconds()
    print(f"  after 12 wrong passwords by a stranger, the real user waits {shut:.0f} s")
    results.append(("named account shut for over a minute by 12 tries", 1, int(shut > 60)))

    _, _, got, _ = live.call("GET", "/gezond", token=False)
    leaks = int(any(v in got.get("Server", "") for v in ("Python", "aiohttp")))
    no_hsts = int("Strict-Transport-Security" not in got)
    results.append(("Server version / missing HSTS behind TLS", 2, leaks + no_hsts))

    kept = 0
    for weak in WEAK_SENDERS:
        status, body, _, _ = live.call("POST", "/api/chat", json.dumps({"sender": weak, "message": "hoi"}).encode(),
                                       {"Content-Type": "application/json"}, token=False)
        kept += json.loads(body).get("sender") == weak
    results.append(("weak conversation ids kept", len(WEAK_SENDERS), kept))
    live.close()

    print("\ncategory                                              tried  wrongly succeeded")
    for category, tried, wrong in results:
        print(f"  {category:50s} {tried:5d}  {wrong:5d}")
    print("\nheaviest single staff requests (time, Python heap peak):")
    for seconds, peak, what in sorted(heaviest, reverse=True)[:5]:
        print(f"  {seconds * 1000:8.1f} ms  {peak / 2**20:7.1f} MiB  {what}")
    print(f"  by memory: {max(h[1] for h in heaviest) / 2**20:.1f} MiB at most "
          f"({max(heaviest, key=lambda h: h[1])[2]})")


if __name__ == "__main__":
    main()
