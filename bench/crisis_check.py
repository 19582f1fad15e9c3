"""The crisis check: what it catches and what it costs per message.

1. Quality on both safety sets, side by side with the old design (the spaCy Matcher phrase
   list it replaced, kept here only as a baseline, in bench/baseline_safety_patterns.py):
   - set A (tests/safety_heldout) and set B (tests/safety_fresh/set_b.yaml): blind when
     written, tuned on since: regression numbers;
   - set C (tests/safety_fresh/set_c.yaml): written blind after the tuning, never tuned on,
     but looked at for two versions of the data;
   - set D (tests/safety_fresh/set_d.yaml): written blind after the first tuning, measured
     once (0.942 / 0.884 / 5.4 %), tuned on since: regression;
   - set H (tests/safety_fresh/set_h.yaml): written blind after all tuning: the number to
     report;
   - set E (tests/everyday_heldout): everyday messages; alarms and questions on them.
2. Cost: the extra time per message of the check (rules + classifier) in p50/p95 ms, over
   every message of both sets, measured in this process, next to the spaCy pipeline alone
   (which every message already pays) as the baseline in the same run.

    .venv/bin/python bench/crisis_check.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.crisis.check import CrisisCheck  # noqa: E402
from bot.nlu.crisis.scoring import load_cases, score  # noqa: E402

SETS = {
    "A (blind when written, tuned on since: regression)": ROOT / "tests" / "safety_heldout" / "set_a.yaml",
    "B (blind when written, measured once, tuned on since: regression)": ROOT / "tests" / "safety_fresh" / "set_b.yaml",
    "C (blind, never tuned on; used to choose between two data versions)": (
        ROOT / "tests" / "safety_fresh" / "set_c.yaml"
    ),
    "D (blind, measured once at 0.942 / 0.884 / 5.4 %, tuned on since)": (
        ROOT / "tests" / "safety_fresh" / "set_d.yaml"
    ),
    "H (fresh, written after all tuning: the number to report)": ROOT / "tests" / "safety_fresh" / "set_h.yaml",
}
# Everyday messages (no danger, no suicide), blind: how often people who just talk get the
# alarm or the question.
EVERYDAY = ROOT / "tests" / "everyday_heldout" / "set_e.yaml"


def timed(function, texts, repeat=3):
    samples = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            function(text)
            samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> None:
    from baseline_safety_patterns import OldMatcher

    from bot.nlu.build_spacy import load_pipeline

    started = time.perf_counter()
    check = CrisisCheck()
    print(f"safety classifier trained in {time.perf_counter() - started:.2f} s")
    nlp = load_pipeline()
    old = OldMatcher(nlp)

    texts = []
    for name, path in SETS.items():
        cases = load_cases(path)
        texts += [c["text"] for c in cases]
        print(f"\nset {name}: {len(cases)} cases")
        print(f"  crisis check : {score(cases, check.verdict).summary()}")
        print(f"  old patterns : {score(cases, old.verdict).summary()}")

    everyday = [c["text"] for c in load_cases(EVERYDAY)]
    levels = [check.verdict(t) for t in everyday]
    alarms = sum(v.alarm for v in levels)
    asked = sum(v.level is not None and not v.alarm for v in levels)
    print(f"\nset E (everyday, blind): {len(everyday)} messages: alarm {alarms} ({alarms / len(everyday):.1%}), "
          f"question {asked} ({asked / len(everyday):.1%})")
    texts += everyday

    check_p50, check_p95 = timed(check.verdict, texts)
    spacy_p50, spacy_p95 = timed(lambda t: nlp(t.lower()), texts)
    print(f"\nper message over {len(texts)} texts x3 (ms)      p50     p95")
    print(f"  crisis check (rules + classifier) {check_p50:7.2f} {check_p95:7.2f}")
    print(f"  baseline: spaCy pipeline alone    {spacy_p50:7.2f} {spacy_p95:7.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
