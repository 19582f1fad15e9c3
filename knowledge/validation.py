"""Checks for seed/import data: one organisation mapping at a time, plus the single facts
(phone numbers, URLs, e-mail addresses, opening hours, vocabularies).

Every problem names the record (slug, or file and position) and the field path, e.g.
`csg: channels[1].hours.weekly.mon[0]: ...`. Messages are Dutch: staff read them.
"""
from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, List, Optional
from urllib.parse import urlsplit

from . import vocabulary as vocab
from .opening_hours import parse_range

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A value echoed in a message is cut short: a hostile import must not get its own text back
# a million times (issue 19).
_SHOWN = reprlib.Repr()
_SHOWN.maxstring, _SHOWN.maxother, _SHOWN.maxlist, _SHOWN.maxdict, _SHOWN.maxlevel = 60, 60, 4, 4, 2


def shown(value: Any) -> str:
    return _SHOWN.repr(value)


LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")

# Dutch numbers as they appear in the reference: 112, 113, "14 020", 0800-/0900-numbers,
# 06-, 020-, 030-, 070-, 088-numbers, and "+31 (0)30 670 60 01" from abroad.
PHONE_CHARACTERS = re.compile(r"^\+?[0-9]+(?:[ -]?(?:\(0\)|[0-9]+))*$")
PHONE_DIGIT_PATTERNS = (
    re.compile(r"^11[23]$"),  # emergency 112, suicide prevention 113
    re.compile(r"^14\d{3,4}$"),  # municipal 14 + area code without 0, e.g. 14 020
    re.compile(r"^0(?:800|900|906|909)\d{4,7}$"),  # free and paid service numbers
    re.compile(r"^0[1-9]\d{8}$"),  # geographic, mobile (06) and 088 numbers
    re.compile(r"^\+31[1-9]\d{8}$"),  # international form of the above
)

ORGANISATION_KEYS = {
    "slug", "name", "description", "what_to_expect", "kinds_of_help", "audiences", "situations",
    "age", "coverage", "municipalities", "anonymous", "free", "languages", "channels", "claims",
}
REQUIRED_ORGANISATION_KEYS = (
    "slug", "name", "description", "what_to_expect", "kinds_of_help", "audiences", "situations",
    "coverage",
)
CLAIM_KEYS = {"status", "source", "verified_on"}
AGE_KEYS = {"min", "max", "status", "source", "verified_on"}
CHANNEL_KEYS = {"kind", "value", "label", "note", "status", "source", "verified_on", "hours"}
HOURS_KEYS = {"always_open", "weekly", "status", "source", "verified_on"}
WEB_CHANNEL_KINDS = frozenset({"chat", "webform", "website"})
TEXT_LIMITS = {"slug": 80, "name": 200}
TERM_LIMIT = 100


@dataclass(frozen=True)
class Problem:
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


class ValidationFailed(Exception):
    """Raised with every problem found; nothing has been written."""

    def __init__(self, problems: List[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- single facts ---------------------------------------------------------------------------

def phone_problem(value: Any) -> Optional[str]:
    if not isinstance(value, str) or not value.strip():
        return "telefoonnummer ontbreekt"
    if value != value.strip() or not PHONE_CHARACTERS.match(value):
        return f"geen geldig telefoonnummer: {shown(value)} (alleen cijfers, spaties, '-', '+31 (0)')"
    digits = re.sub(r"[ -]", "", value.replace("(0)", ""))
    if not any(pattern.match(digits) for pattern in PHONE_DIGIT_PATTERNS):
        return f"geen Nederlands telefoonnummer: {shown(value)}"
    return None


def url_problem(value: Any, *, https_only: bool = False) -> Optional[str]:
    if not isinstance(value, str) or not value.strip():
        return "URL ontbreekt"
    allowed = ("https",) if https_only else ("http", "https")
    parts = urlsplit(value)
    if parts.scheme not in allowed:
        return f"URL moet beginnen met {' of '.join(s + '://' for s in allowed)}: {shown(value)}"
    host = parts.hostname or ""
    if "." not in host or any(ch.isspace() for ch in value) or host.startswith("."):
        return f"geen geldige URL: {shown(value)}"
    return None


def email_problem(value: Any) -> Optional[str]:
    if not isinstance(value, str) or not EMAIL_PATTERN.match(value):
        return f"geen geldig e-mailadres: {shown(value)}"
    return None


def channel_value_problem(kind: str, value: Any) -> Optional[str]:
    if kind == "phone":
        return phone_problem(value)
    if kind == "email":
        return email_problem(value)
    if kind in WEB_CHANNEL_KINDS:
        return url_problem(value, https_only=True)
    if kind == "whatsapp":
        if isinstance(value, str) and value.startswith("http"):
            return url_problem(value, https_only=True)
        return phone_problem(value)
    # walkin and app: an address or app name is fine, but a link must be a real https link.
    if not isinstance(value, str) or not value.strip():
        return "waarde ontbreekt"
    if value.startswith("http"):
        return url_problem(value, https_only=True)
    return None


def date_problem(value: Any) -> Optional[str]:
    if isinstance(value, datetime):
        return "alleen een datum (JJJJ-MM-DD), geen tijd"
    if isinstance(value, date):
        return None
    if isinstance(value, str):
        try:
            date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return f"geen datum (JJJJ-MM-DD): {shown(value)}"


# --- organisation mappings ------------------------------------------------------------------

class _Checker:
    def __init__(self, record: str):
        self.record = record
        self.problems: List[Problem] = []

    def add(self, field: str, message: Optional[str]) -> None:
        if message:
            self.problems.append(Problem(self.record, field, message))

    def unknown_keys(self, where: str, mapping: dict, allowed: set) -> None:
        for key in mapping:
            if key not in allowed:
                self.add(f"{where}{key}", "onbekend veld")

    def text(self, field: str, value: Any, *, required: bool = True) -> None:
        if value is None and not required:
            return
        if not isinstance(value, str) or not value.strip():
            self.add(field, "tekst ontbreekt")
        elif len(value) > TEXT_LIMITS.get(field, 10_000):
            self.add(field, f"te lang (hoogstens {TEXT_LIMITS.get(field, 10_000)} tekens)")

    def terms(self, field: str, value: Any, allowed: Optional[Iterable[str]], pattern=None) -> None:
        if not isinstance(value, list):
            self.add(field, "moet een lijst zijn, bijvoorbeeld [a, b]")
            return
        allowed_set = set(allowed) if allowed is not None else None
        seen = set()
        for index, item in enumerate(value):
            where = f"{field}[{index}]"
            if not isinstance(item, str) or not item.strip():
                self.add(where, f"geen tekst: {shown(item)}")
            elif allowed_set is not None and item not in allowed_set:
                self.add(where, f"onbekende waarde {shown(item)}; toegestaan: {', '.join(allowed)}")
            elif pattern is not None and not pattern.match(item):
                self.add(where, f"ongeldige waarde {shown(item)}")
            elif len(item) > TERM_LIMIT:
                self.add(where, f"te lang (hoogstens {TERM_LIMIT} tekens)")
            elif item.strip() in seen:
                self.add(where, f"dubbele waarde {shown(item)}")
            seen.add(item.strip() if isinstance(item, str) else repr(item))

    def nullable_bool(self, field: str, value: Any) -> None:
        if value is not None and not isinstance(value, bool):
            self.add(field, f"moet true, false of null zijn, niet {shown(value)}")

    def fact(self, where: str, mapping: dict) -> None:
        """status/source/verified_on of one fact. Shown facts (V, V3, VD) need both."""
        status = mapping.get("status")
        if status not in vocab.STATUSES:
            self.add(f"{where}status", f"status moet een van {', '.join(vocab.STATUSES)} zijn, niet {shown(status)}")
            return
        source, verified_on = mapping.get("source"), mapping.get("verified_on")
        if status == vocab.UNVERIFIED:
            if source is not None:
                self.add(f"{where}source", url_problem(source))
            if verified_on is not None:
                self.add(f"{where}verified_on", date_problem(verified_on))
            return
        self.add(f"{where}source", url_problem(source))
        self.add(f"{where}verified_on", date_problem(verified_on))


def check_organisation(raw: Any, record: str) -> List[Problem]:
    """All problems of one organisation mapping (empty list: it may be imported)."""
    if isinstance(raw, dict) and isinstance(raw.get("slug"), str) and SLUG_PATTERN.match(raw["slug"]):
        record = raw["slug"]
    check = _Checker(record)
    if not isinstance(raw, dict):
        check.add("(record)", "moet een YAML-mapping met velden zijn")
        return check.problems

    check.unknown_keys("", raw, ORGANISATION_KEYS)
    for key in REQUIRED_ORGANISATION_KEYS:
        if key not in raw:
            check.add(key, "verplicht veld ontbreekt")
    slug = raw.get("slug")
    if "slug" in raw:
        check.text("slug", slug)
        if isinstance(slug, str) and not SLUG_PATTERN.match(slug):
            check.add("slug", "alleen kleine letters, cijfers en '-'")
    for key in ("name", "description", "what_to_expect"):
        if key in raw:
            check.text(key, raw[key])
    if "kinds_of_help" in raw:
        check.terms("kinds_of_help", raw["kinds_of_help"], vocab.KINDS_OF_HELP)
    if "audiences" in raw:
        check.terms("audiences", raw["audiences"], vocab.AUDIENCES)
    if "situations" in raw:
        check.terms("situations", raw["situations"], vocab.SITUATIONS)
    if "languages" in raw:
        check.terms("languages", raw["languages"], None, LANGUAGE_PATTERN)
    municipalities = raw.get("municipalities", [])
    check.terms("municipalities", municipalities, None)
    coverage = raw.get("coverage")
    if "coverage" in raw and coverage not in vocab.COVERAGES:
        check.add("coverage", f"moet landelijk of regionaal zijn, niet {shown(coverage)}")
    if coverage == "regionaal" and isinstance(municipalities, list) and not municipalities:
        check.add("municipalities", "regionaal aanbod heeft minstens één gemeente nodig")
    check.nullable_bool("anonymous", raw.get("anonymous"))
    check.nullable_bool("free", raw.get("free"))
    if raw.get("age") is not None:
        _check_age(check, raw["age"])
    if raw.get("claims") is not None:
        _check_claims(check, raw["claims"])
    channels = raw.get("channels", [])
    if not isinstance(channels, list):
        check.add("channels", "moet een lijst zijn")
    else:
        for index, channel in enumerate(channels):
            _check_channel(check, f"channels[{index}]", channel)
    return check.problems


def _check_age(check: _Checker, age: Any) -> None:
    if not isinstance(age, dict):
        check.add("age", "moet een mapping zijn (min, max, status, source, verified_on)")
        return
    check.unknown_keys("age.", age, AGE_KEYS)
    bounds = {}
    for key in ("min", "max"):
        value = age.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 130):
            check.add(f"age.{key}", f"moet een leeftijd (0-130) of null zijn, niet {shown(value)}")
        else:
            bounds[key] = value
    if bounds.get("min") is None and bounds.get("max") is None and len(bounds) == 2:
        check.add("age", "geen grens: laat het age-blok weg als er geen leeftijdsgrens is")
    elif None not in (bounds.get("min"), bounds.get("max")) and bounds["min"] > bounds["max"]:
        check.add("age", "min is groter dan max")
    check.fact("age.", age)


def _check_claims(check: _Checker, claims: Any) -> None:
    if not isinstance(claims, dict):
        check.add("claims", "moet een mapping zijn (description, what_to_expect, anonymous, free)")
        return
    check.unknown_keys("claims.", claims, set(vocab.CLAIM_FIELDS))
    for field in vocab.CLAIM_FIELDS:
        if field not in claims:
            continue
        if not isinstance(claims[field], dict):
            check.add(f"claims.{field}", "moet een mapping zijn (status, source, verified_on)")
            continue
        check.unknown_keys(f"claims.{field}.", claims[field], CLAIM_KEYS)
        check.fact(f"claims.{field}.", claims[field])


def _check_channel(check: _Checker, where: str, channel: Any) -> None:
    if not isinstance(channel, dict):
        check.add(where, "moet een mapping zijn")
        return
    check.unknown_keys(f"{where}.", channel, CHANNEL_KEYS)
    kind = channel.get("kind")
    if kind not in vocab.CHANNEL_KINDS:
        check.add(f"{where}.kind", f"onbekend soort kanaal {shown(kind)}; toegestaan: {', '.join(vocab.CHANNEL_KINDS)}")
    else:
        check.add(f"{where}.value", channel_value_problem(kind, _as_text(channel.get("value"))))
    check.text(f"{where}.label", channel.get("label"), required=False)
    check.text(f"{where}.note", channel.get("note"), required=False)
    check.fact(f"{where}.", channel)
    if channel.get("hours") is not None:
        _check_hours(check, f"{where}.hours", channel["hours"])


def _check_hours(check: _Checker, where: str, hours: Any) -> None:
    if not isinstance(hours, dict):
        check.add(where, "moet een mapping zijn")
        return
    check.unknown_keys(f"{where}.", hours, HOURS_KEYS)
    always_open = hours.get("always_open")
    weekly = hours.get("weekly")
    if not isinstance(always_open, bool):
        check.add(f"{where}.always_open", "moet true of false zijn")
    elif always_open and weekly:
        check.add(f"{where}.weekly", "24/7 open heeft geen weekrooster")
    elif not always_open and not weekly:
        check.add(f"{where}.weekly", "weekrooster ontbreekt; laat het hours-blok weg als de tijden onbekend zijn")
    if weekly:
        _check_weekly(check, f"{where}.weekly", weekly)
    check.fact(f"{where}.", hours)


def _check_weekly(check: _Checker, where: str, weekly: Any) -> None:
    if not isinstance(weekly, dict):
        check.add(where, "moet een mapping van dagen (mon..sun) naar tijdvakken zijn")
        return
    for day, spans in weekly.items():
        if day not in vocab.WEEKDAYS:
            check.add(f"{where}.{day}", f"onbekende dag; gebruik {', '.join(vocab.WEEKDAYS)}")
            continue
        if not isinstance(spans, list):
            check.add(f"{where}.{day}", "moet een lijst van tijdvakken zijn, bijvoorbeeld [\"09:00-17:00\"]")
            continue
        previous_end = -1
        for index, span in enumerate(spans):
            field = f"{where}.{day}[{index}]"
            try:
                start, end = parse_range(span if isinstance(span, str) else "")
            except ValueError as error:
                check.add(field, f"{error}: {shown(span)}")
                continue
            if start < previous_end:
                check.add(field, "tijdvakken moeten op volgorde staan en mogen niet overlappen")
            previous_end = end


def check_collection(slugs_by_record: List[tuple]) -> List[Problem]:
    """Problems across records: the same slug twice."""
    problems, first_seen = [], {}
    for record, slug in slugs_by_record:
        if slug in first_seen:
            problems.append(Problem(record, "slug", f"slug {shown(slug)} komt al voor in {first_seen[slug]}"))
        else:
            first_seen[slug] = record
    return problems


def _as_text(value: Any) -> Any:
    # YAML reads an unquoted 112 or 113 as a number; a phone number is text.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value
