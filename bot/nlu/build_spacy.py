"""Build the Dutch spaCy pipeline that Rasa's SpacyNLP loads.

There is no trained Dutch pipeline on PyPI, so we save a blank Dutch pipeline with the
lookup lemmatizer (tables from spacy-lookups-data). The result lives at a stable,
project-relative path because SpacyNLP fingerprints the path string, not the contents.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.paths import VAR_DIR

PIPELINE_PATH = VAR_DIR / "spacy" / "nl_wegwijzer"


def build_pipeline():
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the nl lemma lookup table from spacy-lookups-data
    return nlp


def ensure_pipeline(path: Path = PIPELINE_PATH, force: bool = False) -> bool:
    """Build the pipeline unless it is already there. Returns True when it was built."""
    if (path / "meta.json").exists() and not force:
        return False
    nlp = build_pipeline()
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return True


def load_pipeline(path: Path = PIPELINE_PATH):
    import spacy

    ensure_pipeline(path)
    return spacy.load(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even if present")
    args = parser.parse_args(argv)
    built = ensure_pipeline(force=args.force)
    print(f"spaCy-pijplijn {'gebouwd' if built else 'al aanwezig'}: {PIPELINE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
