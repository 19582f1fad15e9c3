"""Train the Rasa model only when its inputs changed.

The model is named after a hash of everything that shapes it: config, domain, training
data, the Rasa version, and the training format of our one trainable component. The code of
custom components is not in the archive (Rasa imports it at load time), so changing it needs
no retraining. If that model exists it is reused;
otherwise `rasa train` runs, with its own cache in .rasa/ for the unchanged parts.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from bot import paths

MODEL_PREFIX = "wegwijzer-"
# Story augmentation glues random stories together for TED. Our flows are rules and forms,
# so it only multiplies TED's training time; part of the fingerprint like the inputs.
TRAIN_OPTIONS = ("--augmentation", "0")


def training_inputs() -> list[Path]:
    files = [paths.CONFIG]
    files += sorted(paths.DOMAIN_DIR.glob("*.yml"))
    files += sorted(f for d in paths.RASA_DATA_DIRS for f in d.rglob("*.yml"))
    return files


def fingerprint() -> str:
    import rasa

    from bot.nlu.unreadable import TRAINING_FORMAT

    digest = hashlib.sha256(f"{rasa.__version__}/{TRAINING_FORMAT}/{TRAIN_OPTIONS}".encode())
    for path in training_inputs():
        digest.update(str(path.relative_to(paths.PROJECT_ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return paths.MODELS_DIR / f"{MODEL_PREFIX}{fingerprint()}.tar.gz"


def ensure_model(force: bool = False) -> Path:
    """Path of a model trained on the current inputs; trains one when needed."""
    target = model_path()
    if target.exists() and not force:
        print(f"Model is actueel, wordt hergebruikt: {target.name}", flush=True)
        return target
    from bot.nlu.build_spacy import ensure_pipeline

    ensure_pipeline()
    print("Model trainen (op 2 kernen duurt dit een paar minuten)...", flush=True)
    started = time.monotonic()
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(paths.CONFIG.relative_to(paths.PROJECT_ROOT)),
        "--domain", str(paths.DOMAIN_DIR.relative_to(paths.PROJECT_ROOT)),
        "--data", *(str(d.relative_to(paths.PROJECT_ROOT)) for d in paths.RASA_DATA_DIRS),
        "--out", str(paths.MODELS_DIR),
        "--fixed-model-name", target.name[: -len(".tar.gz")],
        *TRAIN_OPTIONS,
    ]
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", SQLALCHEMY_SILENCE_UBER_WARNING="1")
    # Run from the project root: the spaCy pipeline path in config.yml is relative to it.
    subprocess.run(command, cwd=paths.PROJECT_ROOT, env=env, check=True)
    print(f"Model getraind in {time.monotonic() - started:.0f} s: {target.name}", flush=True)
    _remove_older_models(keep=target)
    return target


def _remove_older_models(keep: Path) -> None:
    for old in paths.MODELS_DIR.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if old != keep:
            old.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="train even if up to date")
    parser.add_argument("--print-path", action="store_true", help="only print the model path")
    args = parser.parse_args(argv)
    if args.print_path:
        print(model_path())
        return 0
    ensure_model(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
