"""Readability report: every response in the domain and every card text, with its word count
and its Flesch-Douma score (textstat's Flesch reading ease for Dutch; higher is easier, 60 or
more is plain language). Prints the worst 20 and a summary.

    .venv/bin/python scripts/readability.py [--all]
    .venv/bin/python scripts/readability.py --replies results/e2e/blind_f.json

With --replies: the replies of a conversation run (the JSON the blind-set test writes), per
reply: median and highest word count, replies over 120 words, and the share at
Flesch-Douma 60 or more (Dutch conversations).

Card texts are the seed's descriptions and "what happens" texts and every reason the ranking
gives over a grid of situations. English texts get a word count only: textstat's English
syllables need the cmudict corpus, which it would download.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

import textstat
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PLAIN = 60  # Flesch-Douma: 60 and up reads easily for most adults
Text = Tuple[str, str, str]  # (where, language, text)


def words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def score(text: str, language: str):
    if language == "en":
        return None
    textstat.set_lang("nl")  # Flesch-Douma: 206.84 - 0.93 x words/sentence - 77 x syllables/word
    return float(textstat.flesch_reading_ease(text))


def domain_texts() -> Iterator[Text]:
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        responses = (yaml.safe_load(path.read_text("utf-8")) or {}).get("responses") or {}
        for name, variants in responses.items():
            for index, variant in enumerate(variants):
                text = variant.get("text")
                if not text:
                    continue
                english = any(c.get("name") == "language" and c.get("value") == "en"
                              for c in variant.get("condition") or [])
                yield f"{name}#{index}", "en" if english else "nl", text


def card_texts() -> Iterator[Text]:
    from knowledge import Situation, paths, seed_io
    from knowledge.ranking import recommend

    records = seed_io.read_records(paths.SEED_DIR)
    for record in records:
        yield f"seed {record.slug}.description", "nl", record.description
        yield f"seed {record.slug}.what_to_expect", "nl", record.what_to_expect
    catalogue = _catalogue(records)
    seen = set()
    for role in (None, "slachtoffer", "omstander", "naaste", "pleger"):
        for setting in (None, "thuis", "straat", "sport", "werk", "school", "kerk", "online", "zorg"):
            for incident in (None, "verkrachting", "aanranding", "online_beelden", "sextortion", "intimidatie"):
                situation = Situation(role=role, setting=setting, incident=incident, days_since=2,
                                      wishes=frozenset({"praten", "juridisch", "aangifte"}))
                for rec in recommend(situation, catalogue, limit=6):
                    for reason in rec.reasons:
                        if reason not in seen:
                            seen.add(reason)
                            yield f"reason {rec.slug}", "nl", reason


def _catalogue(records):
    """The seed in an in-memory SQLite database, read the way the bot reads it."""
    from knowledge import migrate, seed_io
    from knowledge.catalogue import build_catalogue
    from knowledge.db import make_engine

    engine = make_engine("sqlite://")
    migrate.upgrade(engine)
    seed_io.import_records(engine, records)
    with engine.connect() as connection:
        return build_catalogue(connection)


def report(texts: List[Text], show_all: bool) -> str:
    rows = [(where, language, words(text), score(text, language), text) for where, language, text in texts]
    lines = []
    dutch = [r for r in rows if r[3] is not None]
    listed = rows if show_all else sorted(dutch, key=lambda r: r[3] - r[2])[:20]
    title = "Alle teksten" if show_all else "De 20 moeilijkste of langste teksten (Flesch-Douma min woorden)"
    lines.append(title)
    lines.append(f"{'woorden':>7} {'score':>6}  taal  waar")
    for where, language, count, value, _text in listed:
        shown = "-" if value is None else f"{value:.1f}"
        lines.append(f"{count:>7} {shown:>6}  {language:<4}  {where}")
    counts = [r[2] for r in rows]
    plain = sum(1 for r in dutch if r[3] >= PLAIN)
    lines.append("")
    lines.append(f"teksten: {len(rows)}; woorden mediaan {statistics.median(counts):.0f}, "
                 f"hoogste {max(counts)}; boven 120 woorden: {sum(1 for c in counts if c > 120)}")
    lines.append(f"Flesch-Douma >= {PLAIN} (Nederlandse teksten): {plain} van {len(dutch)} "
                 f"({100 * plain / len(dutch):.0f} %)")
    return "\n".join(lines)


def replies_report(path: Path) -> str:
    import json

    run = json.loads(path.read_text("utf-8"))
    replies = [(r["language"], text) for r in run["results"] for turn in r["turns"] for text in turn["bot"]]
    counts = sorted(words(text) for _language, text in replies)
    dutch = [score(text, "nl") for language, text in replies if language == "nl"]
    plain = sum(1 for value in dutch if value >= PLAIN)
    return (f"{path.name}: {len(replies)} replies; words per reply median {statistics.median(counts):.0f}, "
            f"highest {counts[-1]}; over 120 words: {sum(1 for c in counts if c > 120)}; "
            f"Flesch-Douma >= {PLAIN}: {plain} of {len(dutch)} Dutch replies ({100 * plain / len(dutch):.0f} %)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every text, not only the worst 20")
    parser.add_argument("--replies", type=Path, help="a conversation run (JSON) to report per reply")
    args = parser.parse_args(argv)
    if args.replies:
        print(replies_report(args.replies))
        return 0
    print(report([*domain_texts(), *card_texts()], args.all))
    return 0


if __name__ == "__main__":
    sys.exit(main())
