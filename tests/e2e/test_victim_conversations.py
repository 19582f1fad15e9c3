"""Scripted victim conversations over Rasa's REST channel against the running stack.

Passes when at least 90% of the scripts name the right organisation within four turns. The
report (results/e2e/victims.md and .json) lists every failure with the replies, and the
median number of turns to the first referral.
"""
import json
import statistics

import pytest

from bot.paths import PROJECT_ROOT
from tests.helpers.conversation_checks import Conversation
from tests.helpers.victim_scripts import MAX_TURNS, SCRIPTS

pytestmark = pytest.mark.e2e

PASS_RATE = 0.90
REPORT_DIR = PROJECT_ROOT / "results" / "e2e"


def named(replies, expected):
    text = "\n".join(r.get("text") or "" for r in replies)
    slugs = {o.get("slug") for r in replies if isinstance(r.get("custom"), dict)
             for o in r["custom"].get("organisations", [])}
    return any(e in slugs or (e in ("112", "113") and e in text) for e in expected)


def is_referral(replies):
    return any(isinstance(r.get("custom"), dict) and "lead" in r["custom"] for r in replies)


def run(stack, script):
    talk = Conversation(stack)  # at most 120 words a reply, no reply repeated
    transcript, found_at, referral_at = [], None, None
    for turn, message in enumerate(script.turns[:MAX_TURNS], start=1):
        replies = talk.say(message)
        transcript.append({"user": message, "bot": [r.get("text") or r.get("custom", {}).get("type")
                                                    for r in replies],
                           "slugs": [o["slug"] for r in replies if isinstance(r.get("custom"), dict)
                                     for o in r["custom"].get("organisations", [])]})
        if referral_at is None and is_referral(replies):
            referral_at = turn
        if named(replies, script.expected):
            found_at = turn
            break
    return {"name": script.name, "expected": list(script.expected), "passed": found_at is not None,
            "turn": found_at, "referral_turn": referral_at, "transcript": transcript,
            "problems": talk.problems}


def test_victim_conversations_name_the_right_organisation(stack):
    results = [run(stack, s) for s in SCRIPTS]
    passed = [r for r in results if r["passed"]]
    rate = len(passed) / len(results)
    referral_turns = [r["referral_turn"] for r in results if r["referral_turn"]]
    summary = {"conversations": len(results), "passed": len(passed), "pass_rate": round(rate, 3),
               "median_turns_to_referral": statistics.median(referral_turns) if referral_turns else None,
               "failures": [r for r in results if not r["passed"]]}
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    (REPORT_DIR / "victims.json").write_text(json.dumps({**summary, "results": results}, indent=1,
                                                        ensure_ascii=False))
    lines = [f"# Victim conversations: {len(passed)}/{len(results)} passed ({rate:.0%})",
             f"Median turns to the first referral: {summary['median_turns_to_referral']}", ""]
    for failure in summary["failures"]:
        lines.append(f"## FAILED {failure['name']} (expected {', '.join(failure['expected'])})")
        for step in failure["transcript"]:
            lines.append(f"- user: {step['user']}")
            lines.append(f"  bot: {step['bot']} cards: {step['slugs']}")
    (REPORT_DIR / "victims.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:3]))
    assert len(results) >= 40
    assert rate >= PASS_RATE, "\n".join(lines)
    too_long_or_repeated = {r["name"]: r["problems"] for r in results if r["problems"]}
    assert too_long_or_repeated == {}
