"""Every sentence we train on, and every sentence we measure with, read the same way.

A held-out or blind set measures something only if none of its sentences is training data.
This module lists both sides so a test can compare them (tests/unit/test_heldout_overlap.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.paths import PROJECT_ROOT

ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Sentence:
    text: str
    source: str  # file relative to the project root


def normalised(text: str) -> str:
    """Lower case, no accents, only letters and digits: what makes two lines 'the same'."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", plain))


def _relative(path: Path) -> str:
    return str(path.relative_to(PROJECT_ROOT))


def _rasa_examples(path: Path) -> list[Sentence]:
    document = yaml.safe_load(path.read_text("utf-8")) or {}
    found = []
    for block in document.get("nlu") or []:
        if "intent" not in block:
            continue
        for line in (block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                found.append(Sentence(ANNOTATION.sub(r"\1", line[2:].strip()), _relative(path)))
    return found


def training_sentences(root: Path = PROJECT_ROOT) -> list[Sentence]:
    """Intent examples under data/nlu and data/second_opinion (the linear model's own) and the
    safety classifier's lines under data/safety."""
    found = []
    for folder in ("nlu", "second_opinion"):
        for path in sorted((root / "data" / folder).glob("*.yml")):
            found += _rasa_examples(path)
    for path in sorted((root / "data" / "safety").glob("*.yml")):
        for lines in (yaml.safe_load(path.read_text("utf-8")) or {}).values():
            found += [Sentence(str(line), _relative(path)) for line in lines or []]
    return found


def measuring_sentences(root: Path = PROJECT_ROOT) -> list[Sentence]:
    """Every line of every held-out and blind set: NLU, safety, everyday and conversations."""
    tests = root / "tests"
    found = []
    for folder in ("nlu_heldout", "nlu_fresh", "nlu_fresh2", "nlu_fresh3"):
        for path in sorted((tests / folder).glob("*.yml")):
            found += _rasa_examples(path)
    for folder in ("safety_heldout", "safety_fresh", "everyday_heldout"):
        for path in sorted((tests / folder).glob("*.yaml")):
            cases = (yaml.safe_load(path.read_text("utf-8")) or {}).get("cases") or []
            found += [Sentence(case["text"], _relative(path)) for case in cases]
    for folder in ("e2e/blind",):
        for path in sorted((tests / folder).glob("*.yaml")):
            conversations = (yaml.safe_load(path.read_text("utf-8")) or {}).get("conversations") or []
            found += [Sentence(turn, _relative(path)) for c in conversations for turn in c["turns"]]
    return found
