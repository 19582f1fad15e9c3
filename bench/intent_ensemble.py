"""The intent models side by side on the NLU sets: DIET alone, the linear model alone, and
their average (bot/nlu/intent_ensemble.py), which the assistant uses.

For each set: accuracy of the top intent, macro-F1 over the set's intents, and, at the
FallbackClassifier's threshold (config.yml), the share the model leaves "not understood" and
the accuracy of what it takes. DIET alone at its former threshold (0.45) is the baseline, in
the same run. Sets: held-out, fresh and fresh 2 were tuned on (regression); fresh 3 was written
blind and is the number to report. Then the cost: the time per message of the average (the linear
model's probabilities and the merge) next to a whole parse by the pipeline (the baseline every
message already pays), over every message of the four sets, in this run.

    .venv/bin/python bench/intent_ensemble.py        (needs a trained model: make model)
"""
from __future__ import annotations

import asyncio
import logging
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.intent_ensemble import DIET_RANKING_KEY, LINEAR_WEIGHT, combined  # noqa: E402
from bot.nlu.second_opinion import second_opinion  # noqa: E402

SETS = {"held-out (tuned)": "nlu_heldout", "fresh (tuned)": "nlu_fresh", "fresh 2 (tuned)": "nlu_fresh2",
        "fresh 3 (blind)": "nlu_fresh3"}
DIET_THRESHOLD, DIET_AMBIGUITY = 0.45, 0.1  # the FallbackClassifier on DIET alone, until 6 December
_FALLBACK = next(c for c in yaml.safe_load((ROOT / "config.yml").read_text("utf-8"))["pipeline"]
                 if c["name"] == "FallbackClassifier")
ENSEMBLE_THRESHOLD, AMBIGUITY = _FALLBACK["threshold"], _FALLBACK["ambiguity_threshold"]
# Other weights of the linear model in the average, to see whether the one in use is the best.
WEIGHTS = {f"linear weight {weight}": weight for weight in (0.6, 0.7, 0.8) if weight != LINEAR_WEIGHT}
ANNOTATION = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def examples(folder: Path) -> List[Tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text("utf-8")) or {}).get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    found.append((ANNOTATION.sub(r"\1", line.strip()[2:]), block["intent"]))
    return found


def macro_f1(pairs: List[Tuple[str, str]]) -> float:
    total = 0.0
    labels = {gold for gold, _ in pairs}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label == p)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision, recall = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        total += 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return total / len(labels)


def taken(ranking: List[Dict], threshold: float, ambiguity: float) -> str:
    """The intent the FallbackClassifier lets through, or nlu_fallback."""
    if not ranking or ranking[0]["confidence"] < threshold:
        return "nlu_fallback"
    if len(ranking) > 1 and ranking[0]["confidence"] - ranking[1]["confidence"] < ambiguity:
        return "nlu_fallback"
    return ranking[0]["name"]


def line(name: str, pairs: List[Tuple[str, str]], at_threshold: List[Tuple[str, str]]) -> str:
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    kept = [(g, p) for g, p in at_threshold if p != "nlu_fallback"]
    left = 1 - len(kept) / len(at_threshold)
    right = sum(g == p for g, p in kept) / max(len(kept), 1)
    return (f"  {name:24s} accuracy {accuracy:.3f}  macro-F1 {macro_f1(pairs):.3f}  "
            f"not understood {left:.3f}  right of those taken {right:.3f}")


async def main() -> None:
    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's structlog prints every parse, text included, at debug

    from bot.training import model_path

    agent = Agent.load(str(model_path()))
    linear_model = second_opinion()
    for title, folder in SETS.items():
        data = examples(ROOT / "tests" / folder)
        rows: Dict[str, List] = {name: [] for kind in ("diet", "linear", "average", *WEIGHTS)
                                 for name in (kind, kind + "@")}
        for text, gold in data:
            parsed = await agent.parse_message(text)
            diet = sorted(parsed.get(DIET_RANKING_KEY) or [], key=lambda r: -r["confidence"])
            linear = sorted(({"name": n, "confidence": p} for n, p in linear_model.probabilities(text).items()),
                            key=lambda r: -r["confidence"])
            both = combined({r["name"]: r["confidence"] for r in diet},
                            {r["name"]: r["confidence"] for r in linear})
            weighted = [(name, combined({r["name"]: r["confidence"] for r in diet},
                                        {r["name"]: r["confidence"] for r in linear}, weight), ENSEMBLE_THRESHOLD,
                         AMBIGUITY) for name, weight in WEIGHTS.items()]
            for name, ranking, threshold, ambiguity in (
                    ("diet", diet, DIET_THRESHOLD, DIET_AMBIGUITY), ("linear", linear, ENSEMBLE_THRESHOLD, AMBIGUITY),
                    ("average", both, ENSEMBLE_THRESHOLD, AMBIGUITY), *weighted):
                rows[name].append((gold, ranking[0]["name"] if ranking else "nlu_fallback"))
                rows[name + "@"].append((gold, taken(ranking, threshold, ambiguity)))
        print(f"{title}: {len(data)} messages")
        print(line(f"DIET alone (at {DIET_THRESHOLD})", rows["diet"], rows["diet@"]) + "   <- baseline")
        print(line(f"linear alone (at {ENSEMBLE_THRESHOLD})", rows["linear"], rows["linear@"]))
        print(line(f"average (at {ENSEMBLE_THRESHOLD})", rows["average"], rows["average@"]))
        for name in WEIGHTS:
            print(line(f"{name} (at {ENSEMBLE_THRESHOLD})", rows[name], rows[name + "@"]))
    texts = [text for folder in SETS.values() for text, _ in examples(ROOT / "tests" / folder)]
    ensemble_ms, parse_ms = [], []
    for text in texts * 3:
        started = time.perf_counter()
        combined({}, linear_model.probabilities(text))
        ensemble_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await agent.parse_message(text)
        parse_ms.append((time.perf_counter() - started) * 1000)
    print(f"per message over {len(texts)} texts x3 (ms)          p50     p95")
    for name, found in (("the average (linear model + merge)", ensemble_ms),
                        ("baseline: a whole NLU parse", parse_ms)):
        cuts = statistics.quantiles(found, n=20)
        print(f"  {name:36s} {statistics.median(found):6.2f}  {cuts[18]:6.2f}")


if __name__ == "__main__":
    asyncio.run(main())
