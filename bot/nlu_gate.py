"""Enforce the intent macro-F1 on the held-out set (tests/nlu_heldout), after `rasa test nlu`.

Rasa's own "macro avg" also averages labels that were only predicted (nlu_fallback), so one
fallback would add an F1 of 0; the gate averages over the intents the held-out set contains.
Prints every intent's F1 so a drop is easy to place, and the macro-F1 per role (who writes:
victim, bystander, naaste, own behaviour), so a role that is understood worse stands out.

    python -m bot.nlu_gate results/nlu/intent_report.json --min-macro-f1 0.90
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional

SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}

ROLE_INTENTS = {
    "victim": {"ask_for_help", "inform", "dont_know", "more_options", "more_about", "change_answer", "feeling_doubt",
               "ask_report_options", "ask_csg", "ask_evidence", "ask_costs", "ask_anonymity", "ask_compensation",
               "ask_mediation", "ask_law", "ask_image_removal", "ask_pay_extortion", "wish_no_police", "ask_for_men",
               "ask_no_confidant", "ask_keep_images", "ask_medical", "ask_too_late", "ask_job_risk",
               "ask_telling_someone", "ask_how_to_reach"},
    "bystander": {"bystander_witnessing", "bystander_afterwards", "ask_5d", "practise", "choose_d", "helper_doubt"},
    "naaste": {"naaste_confided", "naaste_own_support", "naaste_more_tips", "ask_on_behalf", "ask_duties"},
    "own behaviour": {"worried_own_behaviour", "ask_consequences"},
    "safety": {"danger_now", "suicidal_thoughts"},
    "basics": {"greet", "goodbye", "thank", "ask_capabilities", "restart_conversation", "out_of_scope",
               "affirm", "deny", "forget_conversation", "ask_english", "ask_permission", "tell_more", "ask_chat",
               "next_step"},
}


def intent_scores(report: Dict) -> Dict[str, Dict]:
    return {name: row for name, row in report.items()
            if name not in SUMMARY_KEYS and isinstance(row, dict) and row.get("support", 0) > 0}


def macro_f1(report: Dict) -> float:
    scores = intent_scores(report)
    return sum(row["f1-score"] for row in scores.values()) / len(scores)


def role_f1(report: Dict) -> Dict[str, float]:
    """Macro-F1 over each role's intents that the set contains."""
    scores = intent_scores(report)
    found = {}
    for role, intents in ROLE_INTENTS.items():
        present = [scores[name]["f1-score"] for name in sorted(intents) if name in scores]
        if present:
            found[role] = sum(present) / len(present)
    return found


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text())
    for name, row in sorted(intent_scores(report).items(), key=lambda item: item[1]["f1-score"]):
        print(f"{row['f1-score']:.3f}  {name}  (n={row['support']})")
    for role, score in role_f1(report).items():
        print(f"role {role}: macro-F1 {score:.3f}")
    score = macro_f1(report)
    print(f"intent macro-F1 over {len(intent_scores(report))} intents: {score:.3f} "
          f"(accuracy {report.get('accuracy', 0):.3f}; minimum {args.min_macro_f1:.2f})")
    return 0 if score >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
