"""Enforce the intent macro-F1 on the held-out set (tests/nlu_heldout), after `rasa test nlu`.

Rasa's own "macro avg" also averages labels that were only predicted (nlu_fallback), so one
fallback would add an F1 of 0; the gate averages over the intents the held-out set contains.
Prints every intent's F1 so a drop is easy to place.

    python -m bot.nlu_gate results/nlu/intent_report.json --min-macro-f1 0.90
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional

SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def intent_scores(report: Dict) -> Dict[str, Dict]:
    return {name: row for name, row in report.items()
            if name not in SUMMARY_KEYS and isinstance(row, dict) and row.get("support", 0) > 0}


def macro_f1(report: Dict) -> float:
    scores = intent_scores(report)
    return sum(row["f1-score"] for row in scores.values()) / len(scores)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text())
    for name, row in sorted(intent_scores(report).items(), key=lambda item: item[1]["f1-score"]):
        print(f"{row['f1-score']:.3f}  {name}  (n={row['support']})")
    score = macro_f1(report)
    print(f"intent macro-F1 over {len(intent_scores(report))} intents: {score:.3f} "
          f"(accuracy {report.get('accuracy', 0):.3f}; minimum {args.min_macro_f1:.2f})")
    return 0 if score >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
