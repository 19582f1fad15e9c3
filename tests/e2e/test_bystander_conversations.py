"""Scripted conversations of bystanders and naasten over Rasa's REST channel, against the
real stack (Rasa with the trained model, the action server, a freshly seeded knowledge base).

Each conversation is a few turns; each turn checks what must be in the answer: the safety
line, the Ds in the right order, the organisations on the cards, the advice for naasten.
Every answer of every conversation is also checked for advice to share or keep images.
All conversations run once (module fixture); one test per conversation shows which failed,
and `test_pass_rate` reports the rate and lists every failure (at least 90% must pass).
"""
from __future__ import annotations

import json
import uuid
from typing import Dict, List, Tuple

import pytest

from knowledge.coaching.sharing_check import advice_to_share
from tests.helpers.bystander_scripts import CONVERSATIONS, Conversation, Turn
from tests.helpers.conversation_checks import Conversation as Checked

pytestmark = pytest.mark.e2e

MIN_PASS_RATE = 0.9


# --- running them ------------------------------------------------------------------------------------

def _check(turn: Turn, replies: List[dict]) -> List[str]:
    problems = []
    text = "\n".join(r.get("text") or "" for r in replies)
    first = replies[0].get("text") or "" if replies else ""
    slugs = [o["slug"] for r in replies if isinstance(r.get("custom"), dict)
             for o in r["custom"].get("organisations", [])]
    payloads = [b.get("payload") for r in replies for b in r.get("buttons") or []]
    for words in turn.contains:
        if words not in text:
            problems.append(f"missing {words!r}")
    for words in turn.absent:
        if words in text:
            problems.append(f"should not say {words!r}")
    for words in turn.first_text:
        if words not in first:
            problems.append(f"first reply lacks {words!r}")
    position = -1
    for words in turn.order:
        found = text.find(words, position + 1)
        if found < 0:
            problems.append(f"order: {words!r} missing or out of order ({list(turn.order)})")
            break
        position = found
    if turn.cards_first and (not slugs or slugs[0] != turn.cards_first):
        problems.append(f"first card {slugs[:1]} != {turn.cards_first!r}")
    for slug in turn.cards_include:
        if slug not in slugs:
            problems.append(f"no card for {slug!r} (cards: {slugs})")
    for payload in turn.buttons:
        if payload not in payloads:
            problems.append(f"no button {payload!r}")
    for reply in replies:
        for part in (reply.get("text") or "", json.dumps(reply.get("custom") or {}, ensure_ascii=False)):
            for sentence in advice_to_share(part):
                problems.append(f"advises sharing images: {sentence!r}")
    if not replies:
        problems.append("no reply")
    return problems


def run_conversation(stack, conversation: Conversation) -> List[str]:
    talk = Checked(stack, f"e2e-omstander-{uuid.uuid4().hex}")  # at most 120 words, no repeats
    problems = []
    for number, turn in enumerate(conversation.turns, start=1):
        try:
            replies = talk.say(turn.say)
        except Exception as error:  # a broken turn is a failed conversation, not a crash
            problems.append(f"turn {number}: {type(error).__name__}")
            break
        problems += [f"turn {number} ({turn.say[:40]!r}): {p}" for p in _check(turn, replies or [])]
    return problems + talk.problems


@pytest.fixture(scope="module")
def results(stack) -> Dict[str, List[str]]:
    return {conv.name: run_conversation(stack, conv) for conv in CONVERSATIONS}


def test_there_are_at_least_twenty_conversations_for_both_roles():
    assert len(CONVERSATIONS) >= 20
    roles = [conversation.role for conversation in CONVERSATIONS]
    assert roles.count("omstander") >= 10 and roles.count("naaste") >= 6


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[c.name for c in CONVERSATIONS])
def test_conversation(results, conversation):
    problems = results[conversation.name]
    assert not problems, "\n".join(problems)


def test_pass_rate(results):
    failed: List[Tuple[str, List[str]]] = [(name, p) for name, p in results.items() if p]
    rate = 1 - len(failed) / len(results)
    report = [f"bystander/naaste e2e: {len(results) - len(failed)}/{len(results)} conversations passed ({rate:.0%})"]
    for name, problems in failed:
        report.append(f"FAILED {name}:")
        report += [f"    {p}" for p in problems]
    print("\n".join(report))
    assert rate >= MIN_PASS_RATE, "\n".join(report)
