"""Route parameters that only match what can exist, so that "%00", "../x" or a 30-digit
version never reach a handler or a database query (PostgreSQL refuses NUL characters with
an error, and INTEGER columns overflow): the router answers 404 instead."""
import json
import re
from typing import Any, Dict, Optional

from knowledge.validation import SLUG_PATTERN

# aiohttp's {name:regex} form; the same rule as knowledge.validation.SLUG_PATTERN.
SLUG = "{slug:" + SLUG_PATTERN.pattern.strip("^$") + "}"
VERSION = "{version:[0-9]+}"

MAX_VERSION = 2**31 - 1  # versions are INTEGER columns (PostgreSQL's 32 bits)
_DIGITS = re.compile(r"[0-9]{1,10}")


def whole_number(value: Any) -> Optional[int]:
    """A version, id or number of days from JSON, a form, a query, a path or an ETag: a whole
    number that fits an INTEGER column, or None. 1.5, "1e3", true and 10**30 are none
    (int() would take the first as 1)."""
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_VERSION else None


def base_versions(text: str) -> Optional[Dict[str, int]]:
    """`{"slug": version, ...}` from an import preview (a form field or the X-Base-Versions
    header), or None when it is anything else ({"csg": 1e400}, {"csg": null}, [1])."""
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    if not isinstance(raw, dict):
        return None
    versions = {str(slug): whole_number(version) for slug, version in raw.items()}
    return None if None in versions.values() else versions
