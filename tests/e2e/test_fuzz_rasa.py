"""1,200 generated bad inputs straight to Rasa's REST webhook (our SafeRestInput), four
clients at a time: empty, whitespace, 50,000 characters, control characters, lone surrogate
escapes, invalid UTF-8, emoji, right-to-left scripts, HTML/JS and SQL injection, wrong
types, missing fields, broken JSON.

No 5xx; a bad body gets a 400 with a short JSON error; every 200 has an answer, and the
answer to input without a real word in it is the kind answer with 112 (a message that mixes
garbage with real words, "help <script>", may get a real answer, like a first question);
every process is still alive afterwards. Seeded (fuzz_inputs.py), so a failure can be
replayed; the failure message names the kind of input.
"""
import json
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers.fuzz_inputs import WORDS, post_raw, rasa_bodies

pytestmark = pytest.mark.e2e

COUNT = 1200


def has_real_words(body: bytes) -> bool:
    """Whether the message holds one of the fuzzer's real words (ik, help, verkracht, ...)."""
    try:
        message = json.loads(body).get("message")
    except (ValueError, AttributeError):
        return False
    return isinstance(message, str) and any(re.search(rf"\b{w}\b", message, re.I) for w in WORDS)


def test_rasa_rest_survives_generated_bad_input_and_always_answers_kindly(stack):
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    bodies = list(rasa_bodies(COUNT))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda item: post_raw(url, item[1]), bodies))

    statuses = Counter()
    by_kind = Counter()
    unkind = []  # 200 answers without text or without 112: (kind, body, answer)
    for (kind, body), (status, reply) in zip(bodies, results):
        statuses[status] += 1
        by_kind[kind, status] += 1
        assert status < 500, (kind, status, body[:120])
        if status == 400:
            assert isinstance(reply, dict) and isinstance(reply.get("error"), str), (kind, reply)
            continue
        assert status == 200, (kind, status, body[:120])
        texts = "\n".join(str(m.get("text") or "") for m in reply or [])
        if not texts.strip() or ("112" not in texts and not has_real_words(body)):
            unkind.append((kind, body[:100], texts[:100]))
    print(f"\nfuzz over Rasa REST: {sum(statuses.values())} inputs, statuses {dict(statuses)}")
    print("by kind:", dict(sorted(by_kind.items())))
    assert sum(statuses.values()) == COUNT >= 1000
    assert all(stack.alive().values()), stack.alive()
    assert statuses[200] >= 700, statuses  # most bodies are well-formed and must get an answer
    assert statuses[400] >= 150, statuses  # the malformed ones are refused, not crashed on
    assert unkind == [], f"{len(unkind)} answers without 112: {unkind[:20]}"
