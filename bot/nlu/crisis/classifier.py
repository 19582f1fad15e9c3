"""A small classifier trained only for safety, on its own data (`data/safety/*.yml`):
danger / suicide / calm, from word and character n-grams. It is independent of the intent
classifier (DIET) and of the rules: a second opinion that knows wordings no rule foresaw.

Training takes about a second and is deterministic, so it happens when the check is first
built (in Rasa's NLU component and in the web app alike); nothing is stored on disk."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import yaml

from bot import paths
from bot.nlu.crisis.words import tokens

LABELS = ("danger", "suicide", "calm")
TRAINING_DIR = paths.PROJECT_ROOT / "data" / "safety"


def load_examples(folder: Path = TRAINING_DIR) -> Tuple[List[str], List[str]]:
    """Every `*.yml` in the folder: {label: [text, ...]}."""
    texts, labels = [], []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for label in LABELS:
            for text in data.get(label) or []:
                texts.append(str(text))
                labels.append(label)
    return texts, labels


def _normalised(text: str) -> str:
    return " ".join(tokens(text))


class SafetyClassifier:
    def __init__(self, folder: Path = TRAINING_DIR) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        texts, labels = load_examples(folder)
        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True, min_df=1),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        self._model = make_pipeline(
            features, LogisticRegression(C=16.0, class_weight="balanced", max_iter=2000)
        )
        self._model.fit([_normalised(t) for t in texts], labels)
        self._classes = list(self._model.classes_)

    def probabilities(self, text: str) -> Dict[str, float]:
        return self.probabilities_of([text])[0]

    def probabilities_of(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        rows = self._model.predict_proba([_normalised(t) for t in texts])
        return [dict(zip(self._classes, map(float, row))) for row in rows]
