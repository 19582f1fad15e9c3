"""Training time of the Rasa model: from scratch, and again with Rasa's cache.

Both runs train the project's real config, domain and data with the same command as
`bot.training`, into temporary folders, so the project's models/ and .rasa/ are not
touched. The inputs are copied first, so an edit made meanwhile cannot make the second
run miss the cache:

1. from scratch: an empty cache (RASA_CACHE_DIRECTORY in a temporary folder);
2. with cache: the same inputs and the cache of run 1, into a new output folder (an
   existing model would make Rasa skip training altogether). This is what an unchanged
   retrain costs; `bot.training` avoids even that by reusing the model by its hash.

Prints the seconds and writes bench/results/train.json. The machine's load average is
recorded too: on 2 shared cores it moves these numbers a lot.

    .venv/bin/python bench/train.py
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import paths  # noqa: E402
from bot.nlu.build_spacy import ensure_pipeline  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def snapshot(folder: Path) -> Path:
    """A copy of config, domain and data, as they are now."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.CONFIG, folder / "config.yml")
    shutil.copytree(paths.DOMAIN_DIR, folder / "domain")
    shutil.copytree(paths.DATA_DIR, folder / "data")
    return folder


def train(inputs: Path, out: Path, cache: Path) -> dict:
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(inputs / "config.yml"),
        "--domain", str(inputs / "domain"),
        "--data", str(inputs / "data"),
        "--out", str(out),
        "--fixed-model-name", "bench",
    ]
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", SQLALCHEMY_SILENCE_UBER_WARNING="1",
               RASA_CACHE_DIRECTORY=str(cache))
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    # From the project root: the spaCy pipeline path in config.yml is relative to it.
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        print(done.stdout[-3000:], file=sys.stderr)
        raise SystemExit(f"rasa train failed with code {done.returncode}")
    model = out / "bench.tar.gz"
    return {
        "seconds": round(seconds, 1),
        # What the cache saved: components Rasa trained vs. took from its cache.
        "components_trained": re.findall(r"Starting to train component '(\w+)'", done.stdout),
        "components_from_cache": re.findall(r"Restored component '(\w+)' from cache", done.stdout),
        "model_mb": round(model.stat().st_size / 1e6, 1) if model.exists() else None,
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    ensure_pipeline()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        cache = base / "cache"
        inputs = snapshot(base / "inputs")
        print("Training from scratch (empty cache)...", flush=True)
        scratch = train(inputs, base / "out-scratch", cache)
        print(f"  {scratch['seconds']} s", flush=True)
        print("Training again with the cache...", flush=True)
        cached = train(inputs, base / "out-cached", cache)
        print(f"  {cached['seconds']} s", flush=True)
    result = {
        "benchmark": "train",
        "from_scratch": scratch,
        "with_cache": cached,
        "cache_saves_percent": round(100.0 * (1 - cached["seconds"] / scratch["seconds"]), 1),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "train.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"train: from scratch {scratch['seconds']} s, with cache {cached['seconds']} s "
          f"({result['cache_saves_percent']} % less); model {scratch['model_mb']} MB")
    print(f"  with cache: trained {', '.join(cached['components_trained']) or 'nothing'}; "
          f"from the cache {', '.join(cached['components_from_cache']) or 'nothing'}")
    print(f"  load average (1 min) at the start: {scratch['load_average_before']} / {cached['load_average_before']} "
          f"on {result['cpus']} cores")
    print(f"  written to {RESULTS / 'train.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
