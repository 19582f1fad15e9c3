"""Benchmark: `KnowledgeBase.find_help` on a synthetic knowledge base of 10,000 organisations
in a temporary SQLite file. Prints p50/p95/p99 in ms and writes bench/results/kb_query.json.

    .venv/bin/python bench/kb_query.py [--organisations 10000] [--queries 5000]

Every query goes through the public facade, including its check of the change counter (one
small SELECT), so the numbers are what an action sees. The snapshot build is timed apart.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy  # noqa: E402

from knowledge import KnowledgeBase, Situation, migrate, paths, seed_io  # noqa: E402
from knowledge import vocabulary as vocab
from knowledge.db import make_engine  # noqa: E402
from knowledge.opening_hours import AMSTERDAM  # noqa: E402
from knowledge.records import (  # noqa: E402
    AgeLimit,
    ChannelRecord,
    Fact,
    HoursRecord,
    OrganisationRecord,
)

RESULTS = Path(__file__).resolve().parent / "results" / "kb_query.json"
TOWNS = ["Amsterdam", "Rotterdam", "Utrecht", "Almere", "Groningen", "Zwolle", "Eindhoven", "Maastricht"]
STATUSES = ["V", "V", "V", "V3", "VD", "U"]


def synthetic_organisations(count: int, rng: random.Random) -> list:
    verified_on = date(2026, 11, 1)
    records = []
    for index in range(count):
        fact = lambda: Fact(  # noqa: E731
            status := rng.choice(STATUSES), None if status == "U" else "https://example.org/bron", verified_on
        )
        channels = []
        for position in range(rng.randint(1, 4)):
            kind = rng.choice(["phone", "chat", "website", "email"])
            value = {"phone": f"0800-{rng.randint(1000, 9999)}", "chat": f"https://chat{index}-{position}.example.org",
                     "website": f"https://org{index}.example.org",
                     "email": f"info{position}@org{index}.example.org"}[kind]
            hours = None
            if kind in ("phone", "chat") and rng.random() < 0.8:
                if rng.random() < 0.2:
                    hours = HoursRecord(True, (), fact())
                else:
                    start = rng.choice([8, 9, 10, 11])
                    days = vocab.WEEKDAYS[: rng.choice([5, 7])]
                    hours = HoursRecord(
                        False, tuple((d, (f"{start:02d}:00-{start + 8:02d}:00",)) for d in days), fact()
                    )
            channels.append(ChannelRecord(kind, value, "Neem contact op", None, fact(), hours))
        regional = rng.random() < 0.3
        age = AgeLimit(rng.choice([None, 8, 12]), rng.choice([18, 25]), fact()) if rng.random() < 0.1 else None
        records.append(OrganisationRecord(
            slug=f"synthetisch-{index:05d}", name=f"Organisatie {index}",
            description="Een organisatie die helpt.", what_to_expect="Je krijgt een gesprek.",
            kinds_of_help=tuple(rng.sample(vocab.KINDS_OF_HELP, rng.randint(1, 4))),
            audiences=tuple(rng.sample(vocab.AUDIENCES, rng.randint(1, 3))),
            situations=tuple(rng.sample(vocab.SITUATIONS, rng.randint(1, 3))),
            age=age, coverage="regionaal" if regional else "landelijk",
            municipalities=tuple(rng.sample(TOWNS, 2)) if regional else (),
            anonymous=rng.choice([True, False, None]), free=rng.choice([True, None]),
            languages=("nl",), channels=tuple(channels),
        ))
    return records


def bulk_insert(engine, records: list) -> None:
    """Write records with Core executemany and explicit ids: the same rows the importer writes
    (see knowledge.store.apply_record), in seconds instead of minutes. Bench only: it assumes a
    fresh database and no concurrent writers."""
    from sqlalchemy import func, select

    from knowledge.db import bump_change_counter
    from knowledge.models import ContactChannel, OpeningRange, Organisation, OrganisationTerm
    from knowledge.opening_hours import parse_range

    orgs, terms, channels, ranges = [], [], [], []
    with engine.begin() as connection:
        org_id = connection.execute(select(func.coalesce(func.max(Organisation.id), 0))).scalar()
        channel_id = connection.execute(select(func.coalesce(func.max(ContactChannel.id), 0))).scalar()
        for record in records:
            org_id += 1
            age = record.age
            orgs.append(dict(
                id=org_id, slug=record.slug, name=record.name, description=record.description,
                what_to_expect=record.what_to_expect, coverage=record.coverage, anonymous=record.anonymous,
                free=record.free, version=1, age_min=age.min if age else None, age_max=age.max if age else None,
                age_status=age.fact.status if age else None, age_source=age.fact.source if age else None,
                age_verified_on=age.fact.verified_on if age else None,
            ))
            for facet in vocab.FACETS:
                for position, value in enumerate(getattr(record, facet)):
                    terms.append(dict(organisation_id=org_id, facet=facet, position=position, value=value))
            for position, channel in enumerate(record.channels):
                channel_id += 1
                hours = channel.hours
                channels.append(dict(
                    id=channel_id, organisation_id=org_id, position=position, kind=channel.kind,
                    value=channel.value, label=channel.label, note=channel.note, status=channel.fact.status,
                    source=channel.fact.source, verified_on=channel.fact.verified_on,
                    hours_always_open=hours.always_open if hours else None,
                    hours_status=hours.fact.status if hours else None,
                    hours_source=hours.fact.source if hours else None,
                    hours_verified_on=hours.fact.verified_on if hours else None,
                ))
                for day, spans in (hours.weekly if hours else ()):
                    for index, span in enumerate(spans):
                        start, end = parse_range(span)
                        ranges.append(dict(channel_id=channel_id, weekday=vocab.WEEKDAYS.index(day),
                                           position=index, start_minute=start, end_minute=end))
        for model, rows in (
            (Organisation, orgs), (OrganisationTerm, terms), (ContactChannel, channels), (OpeningRange, ranges)
        ):
            connection.execute(model.__table__.insert(), rows)
        bump_change_counter(connection)


def situations(count: int, rng: random.Random) -> list:
    out = []
    for _ in range(count):
        out.append(Situation(
            role=rng.choice([None, *vocab.ROLES]),
            incident=rng.choice([None, *vocab.INCIDENTS]),
            days_since=rng.choice([None, 0, 3, 7, 8, 100]),
            setting=rng.choice([None, *vocab.SETTINGS]),
            age=rng.choice([None, 7, 12, 16, 22, 40]),
            wishes=frozenset(rng.sample(vocab.WISHES, rng.randint(0, 3))),
            municipality=rng.choice([None, *TOWNS]),
            danger_now=rng.random() < 0.05,
            suicide_risk=rng.random() < 0.05,
        ))
    return out


def percentile(samples: list, fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        engine = make_engine(url)
        migrate.upgrade(engine)
        started = time.perf_counter()
        seed_io.import_path(engine, paths.SEED_DIR)  # the real named organisations ...
        synthetic = synthetic_organisations(args.organisations - len(seed_io.export_records(engine)), rng)
        bulk_insert(engine, synthetic)  # ... plus synthetic ones up to the total
        load_s = time.perf_counter() - started

        kb = KnowledgeBase(engine=engine)
        started = time.perf_counter()
        kb.refresh()
        snapshot_ms = (time.perf_counter() - started) * 1000
        total = len(kb.catalogue())

        queries = situations(args.queries, rng)
        base = datetime(2026, 11, 23, 0, 0, tzinfo=AMSTERDAM)
        moments = [base + timedelta(minutes=rng.randint(0, 7 * 24 * 60)) for _ in queries]
        for situation, moment in zip(queries[:200], moments[:200]):  # warm-up
            kb.find_help(situation, now=moment)

        samples = []
        for situation, moment in zip(queries, moments):
            started = time.perf_counter_ns()
            kb.find_help(situation, now=moment)
            samples.append((time.perf_counter_ns() - started) / 1e6)
        kb.close()

    result = {
        "benchmark": "kb_query",
        "organisations": total,
        "queries": len(samples),
        "p50_ms": round(percentile(samples, 0.50), 4),
        "p95_ms": round(percentile(samples, 0.95), 4),
        "p99_ms": round(percentile(samples, 0.99), 4),
        "mean_ms": round(statistics.fmean(samples), 4),
        "max_ms": round(max(samples), 4),
        "target_p95_ms": 2.0,
        "snapshot_build_ms": round(snapshot_ms, 1),
        "load_seconds": round(load_s, 1),
        "database": "sqlite (temporary file)",
        "python": platform.python_version(),
        "sqlalchemy": sqlalchemy.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "measured_at": datetime.now(AMSTERDAM).isoformat(timespec="seconds"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"find_help over {total} organisations, {len(samples)} queries (SQLite):")
    print(f"  p50 {result['p50_ms']:.3f} ms   p95 {result['p95_ms']:.3f} ms   p99 {result['p99_ms']:.3f} ms"
          f"   (target p95 <= 2 ms)")
    print(f"  snapshot build {result['snapshot_build_ms']:.0f} ms; data load {result['load_seconds']:.1f} s")
    print(f"  written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
