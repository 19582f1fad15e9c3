"""A small scikit-learn model trained from our own example files when Rasa loads, kept in
var/cache under a fingerprint of its training texts, the code that builds it and
scikit-learn's version: a restarted Rasa (a replica that died) is back sooner, a changed
example or setting gives a new fingerprint, and an unwritable var/ only means training each
time. Used by the safety classifier (bot/nlu/crisis/classifier.py) and the second opinion on
intents (bot/nlu/second_opinion.py)."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, Tuple

logger = logging.getLogger(__name__)


def fingerprint(texts: Sequence[str], labels: Sequence[str], code: Path) -> str:
    import sklearn

    digest = hashlib.sha256(json.dumps([list(texts), list(labels)], ensure_ascii=False).encode())
    digest.update(code.read_bytes())
    digest.update(sklearn.__version__.encode())
    return digest.hexdigest()[:24]


def load_or_train(name: str, texts: Sequence[str], labels: Sequence[str], code: Path,
                  train: Callable[[Sequence[str], Sequence[str]], Any],
                  cache_dir: Optional[Path]) -> Tuple[Any, bool]:
    """(model, whether it came from the cache). `code` is the file whose change must retrain."""
    import joblib

    cached = cache_dir / f"{name}-{fingerprint(texts, labels, code)}.joblib" if cache_dir else None
    if cached is not None and cached.is_file():
        try:
            return joblib.load(cached), True
        except Exception as error:  # a broken file: train again
            logger.warning("%s cache unreadable: %s", name, type(error).__name__)
    model = train(texts, labels)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            joblib.dump(model, cached)
        except OSError as error:
            logger.info("%s not cached: %s", name, type(error).__name__)
    return model, False
