"""1,200 generated bad requests to the staff JSON API (/api/v1), on SQLite and (in CI)
PostgreSQL: broken JSON, wrong types, missing fields, huge strings, invalid UTF-8, HTML and
SQL injection in paths, queries and bodies, nonsense versions. None may give a 5xx; every
refusal is JSON with an `error`; none may change the data. Seeded, so a failure can be
replayed; the failure message shows the request.
"""
from __future__ import annotations

import json
import random

SEED = 20261123
COUNT = 1200

SLUGS = ["csg", "bestaat-niet", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE organisations; --",
         "%00", "x" * 3000, "\u202ecsg", "😀", "csg%2F..%2F", "CSG", " csg "]
VERSIONS = ["abc", "-1", "0", "99999999999999999999999", "1.5", "1e9", "%27", "null"]
TEXT = ["", " ", "x" * 50000, "<img src=x onerror=alert(1)>", "' OR '1'='1", "\u0000",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "مرحبا", "😀" * 500, "${jndi:ldap://x}", "{{7*7}}"]
WRONG = [None, "1", "abc", -1, 0, 1.5, [], {}, [1, 2], True, {"$gt": ""}, "x" * 50000]
RAW_BODIES = [b"", b"{", b"null", b"[]", b'"tekst"', b"\xff\xfe\xfd", b"[" * 5000, b'{"version": }', b"\x00",
              b'{"version": 1, "organisation": ', "{\"naam\": \"\ud800\"}".encode("utf-8", "surrogatepass")]


def bad_json(rng: random.Random):
    """A body that is valid JSON but never a valid request."""
    kind = rng.randrange(5)
    if kind == 0:
        return {"version": rng.choice(WRONG)}
    if kind == 1:
        return {"version": rng.choice(WRONG), "organisation": rng.choice(WRONG)}
    if kind == 2:
        return {"organisation": {"name": rng.choice(TEXT + WRONG), "channels": rng.choice(WRONG)}}
    if kind == 3:
        return {rng.choice(TEXT): rng.choice(TEXT)}
    return rng.choice(WRONG)


def requests(rng: random.Random):
    for _ in range(COUNT):
        slug, version = rng.choice(SLUGS), rng.choice(VERSIONS)
        method, path = rng.choice([
            ("GET", f"/api/v1/organisations/{slug}"),
            ("PUT", f"/api/v1/organisations/{slug}"),
            ("DELETE", f"/api/v1/organisations/{slug}"),
            ("POST", "/api/v1/organisations"),
            ("POST", f"/api/v1/organisations/{slug}/restore"),
            ("POST", f"/api/v1/organisations/{slug}/confirm"),
            ("GET", f"/api/v1/organisations/{slug}/versions/{version}"),
            ("POST", f"/api/v1/organisations/{slug}/versions/{version}/restore"),
            ("POST", "/api/v1/import"),
            ("GET", "/api/v1/organisations?" + rng.choice(["q=", "limit=", "offset=", "verified="])
             + rng.choice(VERSIONS + TEXT[:4])),
        ])
        if method in ("GET",) or rng.random() < 0.3:
            body = rng.choice(RAW_BODIES) if method != "GET" else None
        else:
            body = json.dumps(bad_json(rng)).encode()
        yield method, path, body


async def snapshot(api):
    response = await api.call("GET", "/api/v1/export", token=api.reader)
    assert response.status == 200
    return await response.read()


async def test_bad_requests_never_give_5xx_are_refused_as_json_and_change_nothing(api):
    before = await snapshot(api)
    statuses = {}
    for method, path, body in requests(random.Random(SEED)):
        response = await api.call(method, path, data=body, headers={"Content-Type": "application/json"})
        statuses[response.status] = statuses.get(response.status, 0) + 1
        shown = f"{method} {path[:80]} {body[:80] if body else body!r}"
        assert response.status < 500, shown
        if response.status == 400 and len(path) > 8190:
            pass  # refused by aiohttp's HTTP parser before any handler: "Status line is too long"
        elif response.status >= 400:
            raw = await response.text()
            try:
                answer = json.loads(raw)
            except ValueError:
                answer = raw[:200]
            assert isinstance(answer, dict) and isinstance(answer.get("error"), str), (shown, answer)
        if method != "GET" and response.status < 400:
            # Only an empty import ("[]", "null") may pass: it is a valid no-op.
            assert path == "/api/v1/import" and body in (b"[]", b"null", b""), f"a bad request was accepted: {shown}"
    print(f"\nstaff API fuzz: {sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")
    assert sum(statuses.values()) == COUNT >= 1000
    assert await snapshot(api) == before, "bad requests changed the data"
