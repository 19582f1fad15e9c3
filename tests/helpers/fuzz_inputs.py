"""Seeded bad input for the fuzz tests of the web app (test_fuzz_web.py) and of Rasa's REST
webhook (test_fuzz_rasa.py). Seeded, so a failure can be replayed; each body says which kind
of bad input it is, so a failure names it.
"""
from __future__ import annotations

import json
import random
import urllib.error
import urllib.request
import uuid
from typing import Iterator, List, Tuple

SEED = 20261123

INJECTIONS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
    "'; DROP TABLE events; --", "1 OR 1=1", "\" OR \"\"=\"", "${jndi:ldap://x}", "{{7*7}}", "%00",
    "../../etc/passwd",
]
# Nothing here is a request a person could make: every answer to these should be the kind
# fallback (or, for the few "/intent" ones, the greeting or the 112 answer).
GARBAGE = INJECTIONS + [
    "", " ", "\t\n", "\x00", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "😀", "🆘", "👍🏽",
    "Привет", "مرحبا", "שלום", "你好", "नमस्ते", "asdfgh", "qwerty", "x" * 300,
    "🙂" * 50, "\\u0000", "/greet", "/danger_now{\"a\":1}", "/", "/greet{", "/greet@0.3",
    "\u0627\u0644\u0633\u0644\u0627\u0645 \u202b\u05e2\u05d1\u05e8\u05d9\u05ea\u202c",
]
LONG_PIECES = ["x", "blabla ", "😀", "ש", "<a>", "\x07"]
# Real words, so that some fuzzed messages also reach DIET and the dialogue policies.
WORDS = ["ik", "hij", "deur", "help", "verkracht", "wat"]
PIECES = GARBAGE + WORDS

WRONG_TYPES = [None, 12, 1.5, [], {}, True, ["hoi"], {"text": "hoi"}]
BROKEN_JSON = [b"", b"null", b"[]", b"{", b"\"hallo\"", b"[" * 5000, b"{\"sender\": \"a\",}", b"\x00"]


def _message(rng: random.Random, pieces: List[str]) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))


def _sender(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128)).hex


def generated_bodies(count: int) -> List[str]:
    """Bodies for the web app's /api/chat (text; may hold lone surrogates)."""
    rng = random.Random(SEED)
    bodies = []
    for _ in range(count):
        kind = rng.random()
        message = _message(rng, PIECES)
        if kind < 0.80:
            bodies.append(json.dumps({"sender": _sender(rng), "message": message}))
        elif kind < 0.85:
            bodies.append(json.dumps({"sender": "x", "message": message * rng.randint(50, 400)}))
        elif kind < 0.90:
            bodies.append(json.dumps({"message": rng.choice([None, 12, 1.5, [], {}, True])}))
        elif kind < 0.95:
            bodies.append(rng.choice(["", "null", "[]", "{", "{\"message\": \"\\ud800\"}", message]))
        else:
            bodies.append(json.dumps({"sender": rng.choice([None, 5, "", "<b>"]), "message": message}))
    return bodies


def rasa_bodies(count: int) -> Iterator[Tuple[str, bytes]]:
    """(kind, raw body) for Rasa's REST webhook: every kind the issue lists, as bytes, so
    invalid UTF-8 can be sent too. A few senders come back, for multi-turn conversations."""
    rng = random.Random(SEED + 1)
    regulars = [_sender(rng) for _ in range(5)]

    def post(message: str, sender: str = None) -> bytes:
        return json.dumps({"sender": sender or rng.choice([_sender(rng), *regulars]), "message": message}).encode()

    makers = [
        (30, "garbage", lambda: post(_message(rng, GARBAGE))),
        (8, "empty or whitespace", lambda: post(rng.choice(["", " ", "   \n\t  ", "\u00a0", "\u3000"]))),
        (8, "control characters", lambda: post("".join(chr(rng.randint(0, 31)) for _ in range(rng.randint(1, 40))))),
        (5, "50,000 characters", lambda: post((rng.choice(LONG_PIECES) * 50_000)[:50_000])),
        (8, "lone surrogate escapes", lambda: (
            b'{"sender": "%s", "message": "%s"}' % (_sender(rng).encode(), rng.choice(
                [b"\\ud800", b"\\udfff abc", b"\\ud83d", b"a\\udc00b\\ud800", b"\\ud800\\ud800"])))),
        (6, "invalid UTF-8", lambda: b'{"sender": "s1", "message": "' + rng.choice(
            [b"\xff\xfe", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x28\x8c\xbc"]) + b'"}'),
        (8, "emoji and RTL", lambda: post("".join(rng.choice(["😀", "🆘", "👍🏽", "\u202e", "مرحبا", "שלום", "\u200f"])
                                                   for _ in range(rng.randint(1, 12))))),
        (8, "HTML, JS and SQL", lambda: post(" ".join(rng.choice(INJECTIONS) for _ in range(rng.randint(1, 3))))),
        (8, "wrong types", lambda: json.dumps({"sender": rng.choice([_sender(rng), None, 5]),
                                               "message": rng.choice(WRONG_TYPES)}).encode()),
        (6, "missing fields", lambda: json.dumps(rng.choice(
            [{}, {"message": "hoi"}, {"sender": "s2"}, {"text": "hoi", "user": "s3"}])).encode()),
        (5, "broken JSON", lambda: rng.choice(BROKEN_JSON)),
    ]
    weights = [m[0] for m in makers]
    for _ in range(count):
        _, kind, make = rng.choices(makers, weights=weights)[0]
        yield kind, make()


def post_raw(url: str, body, timeout: float = 120):
    """POST a raw body (str or bytes); (status, parsed JSON or None)."""
    data = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw or b"null")
        except ValueError:
            return error.code, None
