"""What staff should check: unverified facts and facts not checked for a while, with the
version each organisation has now (so a confirmation can be refused when someone else changed
it in between). Used by the /beheer review page and the JSON API alike."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Dict

from knowledge import editing, facts, seed_io
from knowledge.db import session_scope


def review_items(engine, older_than_days: int, today: date) -> Dict[str, Any]:
    records = seed_io.export_records(engine)
    versions = _versions(engine)
    return {
        "unverified": [(ref, versions.get(ref.slug)) for ref in facts.unverified(records)],
        "stale": [(ref, versions.get(ref.slug))
                  for ref in facts.stale(records, timedelta(days=older_than_days), today)],
    }


def _versions(engine) -> Dict[str, int]:
    with session_scope(engine, commit=False) as session:
        return {s.slug: s.version for s in editing.search(session, limit=100_000)}
