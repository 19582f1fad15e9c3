"""The organisation form: export mapping -> form values, posted form -> mapping, and the
validation problems (knowledge.validation, Dutch) placed next to the right input.

Input names follow the field paths of the validation messages (`channels[1].value`,
`channels[1].hours.weekly.mon`), so a problem finds its input by prefix. One empty channel
block at the end adds a channel; a ticked `remove` drops one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List, Mapping, Optional, Tuple

from knowledge import vocabulary as vocab
from knowledge.validation import Problem

WEEKDAY_NAMES = dict(zip(vocab.WEEKDAYS,
                         ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")))
KIND_NAMES = {
    "phone": "telefoon", "chat": "chat", "whatsapp": "WhatsApp", "email": "e-mail", "webform": "webformulier",
    "walkin": "langskomen", "website": "website", "app": "app",
}
STATUS_NAMES = {
    "V": "V: gecontroleerd op eigen of overheidssite", "V3": "V3: gecontroleerd op site van derden",
    "VD": "VD: gecontroleerd op gedateerde pagina", "U": "U: niet gecontroleerd",
}
FIELD_NAMES = {
    "name": "Naam", "description": "Beschrijving", "what_to_expect": "Wat je kunt verwachten",
    "kinds_of_help": "Soorten hulp", "audiences": "Voor wie", "situations": "Situaties",
    "coverage": "Bereik", "municipalities": "Gemeenten", "anonymous": "Anoniem", "free": "Gratis",
    "languages": "Talen", "age": "Leeftijd", "slug": "Slug", "channels": "Kanalen", "claims": "Bron",
}
_TRISTATE = {"ja": True, "nee": False, "": None}
_INDEX = re.compile(r"^channels\[(\d+)\]")


def _tristate_text(value: Optional[bool]) -> str:
    return {True: "ja", False: "nee"}.get(value, "")


def _split(text: str) -> List[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _blank_to_none(text: Any) -> Optional[str]:
    text = (text or "").strip() if isinstance(text, str) else text
    return text or None


def _int_or_text(text: str) -> Any:
    text = (text or "").strip()
    if not text:
        return None
    return int(text) if re.fullmatch(r"\d{1,3}", text) else text


# --- mapping -> form values ------------------------------------------------------------------------

def form_values(mapping: Dict[str, Any]) -> Dict[str, Any]:
    """Flat {input name: value} for the template, from an export mapping."""
    values: Dict[str, Any] = {
        "slug": mapping.get("slug", ""),
        "name": mapping.get("name", ""),
        "description": mapping.get("description", ""),
        "what_to_expect": mapping.get("what_to_expect", ""),
        "coverage": mapping.get("coverage", "landelijk"),
        "municipalities": ", ".join(mapping.get("municipalities") or []),
        "languages": ", ".join(mapping.get("languages") or ["nl"]),
        "anonymous": _tristate_text(mapping.get("anonymous")),
        "free": _tristate_text(mapping.get("free")),
        "kinds_of_help": list(mapping.get("kinds_of_help") or []),
        "audiences": list(mapping.get("audiences") or []),
        "situations": list(mapping.get("situations") or []),
    }
    claims = mapping.get("claims") or {}
    for claim in vocab.CLAIM_FIELDS:
        _fact_values(values, f"claims.{claim}", claims.get(claim) or {})
    age = mapping.get("age")
    for key in ("min", "max"):
        values[f"age.{key}"] = "" if not age or age.get(key) is None else str(age[key])
    _fact_values(values, "age", age or {})
    channels = list(mapping.get("channels") or [])
    values["channel_count"] = len(channels) + 1  # one empty block to add a channel
    for index, channel in enumerate(channels):
        prefix = f"channels[{index}]"
        for key in ("kind", "value", "label", "note"):
            values[f"{prefix}.{key}"] = "" if channel.get(key) is None else str(channel[key])
        _fact_values(values, prefix, channel)
        hours = channel.get("hours")
        values[f"{prefix}.hours.mode"] = "" if hours is None else ("altijd" if hours.get("always_open") else "rooster")
        weekly = (hours or {}).get("weekly") or {}
        for day in vocab.WEEKDAYS:
            values[f"{prefix}.hours.weekly.{day}"] = ", ".join(weekly.get(day) or [])
        _fact_values(values, f"{prefix}.hours", hours or {})
    return values


def _fact_values(values: Dict[str, Any], prefix: str, fact: Mapping[str, Any]) -> None:
    values[f"{prefix}.status"] = fact.get("status") or ""
    values[f"{prefix}.source"] = fact.get("source") or ""
    values[f"{prefix}.verified_on"] = str(fact.get("verified_on") or "")


# --- posted form -> mapping --------------------------------------------------------------------------

@dataclass
class ParsedForm:
    mapping: Dict[str, Any]
    values: Dict[str, Any]  # what was typed, to show again with the problems
    channel_inputs: List[int] = field(default_factory=list)  # mapping channel index -> form block


def parse_form(form: Mapping[str, Any], slug: str, *, today: date) -> ParsedForm:
    """A mapping for knowledge.validation from what was posted. Nothing is checked here
    beyond the shape: the knowledge base's own validation says what is wrong."""
    get = lambda key: str(form.get(key, ""))  # noqa: E731
    values: Dict[str, Any] = {key: get(key) for key in form if key not in ("csrf",)}
    for facet in ("kinds_of_help", "audiences", "situations"):
        values[facet] = ([str(v) for v in form.getall(facet, [])] if hasattr(form, "getall")
                         else list(form.get(facet) or []))
    mapping: Dict[str, Any] = {
        "slug": slug,
        "name": get("name").strip(),
        "description": get("description").strip(),
        "what_to_expect": get("what_to_expect").strip(),
        "kinds_of_help": values["kinds_of_help"],
        "audiences": values["audiences"],
        "situations": values["situations"],
        "coverage": get("coverage"),
        "municipalities": _split(get("municipalities")),
        "anonymous": _TRISTATE.get(get("anonymous"), get("anonymous")),
        "free": _TRISTATE.get(get("free"), get("free")),
        "languages": _split(get("languages")) or ["nl"],
    }
    # Every claim that has a value gets its check (no source given: U, so users do not see it).
    mapping["claims"] = {
        claim: _fact(form, f"claims.{claim}", today)
        for claim in vocab.CLAIM_FIELDS if mapping[claim] not in (None, "")
    }
    age_min, age_max = _int_or_text(get("age.min")), _int_or_text(get("age.max"))
    if age_min is not None or age_max is not None:  # both empty: no age limit
        mapping["age"] = {"min": age_min, "max": age_max, **_fact(form, "age", today)}

    channels, inputs = [], []
    count = _channel_count(form)
    for index in range(count):
        prefix = f"channels[{index}]"
        kind = get(f"{prefix}.kind")
        if form.get(f"{prefix}.remove") or (not kind and not get(f"{prefix}.value").strip()):
            continue
        channel: Dict[str, Any] = {
            "kind": kind,
            "value": get(f"{prefix}.value").strip(),
            "label": _blank_to_none(get(f"{prefix}.label")),
            "note": _blank_to_none(get(f"{prefix}.note")),
            **_fact(form, prefix, today),
        }
        mode = get(f"{prefix}.hours.mode")
        if mode in ("altijd", "rooster"):
            hours: Dict[str, Any] = {"always_open": mode == "altijd"}
            if mode == "rooster":
                weekly = {day: _split(get(f"{prefix}.hours.weekly.{day}")) for day in vocab.WEEKDAYS}
                hours["weekly"] = {day: spans for day, spans in weekly.items() if spans}
            hours.update(_fact(form, f"{prefix}.hours", today))
            channel["hours"] = hours
        channels.append(channel)
        inputs.append(index)
    mapping["channels"] = channels
    values["channel_count"] = count if count and _block_is_empty(form, count - 1) else count + 1
    return ParsedForm(mapping, values, inputs)


def _channel_count(form: Mapping[str, Any]) -> int:
    indexes = [int(m.group(1)) for key in form for m in [_INDEX.match(key)] if m]
    return min(max(indexes) + 1, 100) if indexes else 0


def _block_is_empty(form: Mapping[str, Any], index: int) -> bool:
    prefix = f"channels[{index}]"
    return not str(form.get(f"{prefix}.kind", "")) and not str(form.get(f"{prefix}.value", "")).strip()


def _fact(form: Mapping[str, Any], prefix: str, today: date) -> Dict[str, Any]:
    """status/source/verified_on of one fact. `confirm` ticked: checked today (U becomes V)."""
    status = str(form.get(f"{prefix}.status", "")) or "U"
    verified_on = _blank_to_none(str(form.get(f"{prefix}.verified_on", "")))
    if form.get(f"{prefix}.confirm"):
        verified_on = today.isoformat()
        if status == vocab.UNVERIFIED:
            status = "V"
    return {"status": status, "source": _blank_to_none(str(form.get(f"{prefix}.source", ""))),
            "verified_on": verified_on}


# --- problems next to their inputs ----------------------------------------------------------------------

def place_problems(problems: List[Problem], parsed: ParsedForm) -> Dict[str, List[str]]:
    """{input name prefix: [Dutch messages]}, with channel indexes of the mapping translated
    back to the form's blocks (a removed channel shifts them)."""
    placed: Dict[str, List[str]] = {}
    for problem in problems:
        path = problem.field
        match = _INDEX.match(path)
        if match and int(match.group(1)) < len(parsed.channel_inputs):
            path = f"channels[{parsed.channel_inputs[int(match.group(1))]}]" + path[match.end():]
        placed.setdefault(path, []).append(problem.message)
    return placed


def field_label(path: str) -> str:
    """'channels[1].hours.weekly.mon[0]' -> 'Kanaal 2, openingstijden, maandag'."""
    parts = []
    match = _INDEX.match(path)
    if match:
        parts.append(f"Kanaal {int(match.group(1)) + 1}")
        path = path[match.end():].lstrip(".")
    names = {"value": "waarde", "kind": "soort", "label": "knoptekst", "note": "toelichting",
             "status": "status", "source": "bron", "verified_on": "gecontroleerd op", "hours": "openingstijden",
             "always_open": "dag en nacht", "weekly": "weekrooster", "min": "vanaf", "max": "tot en met"}
    for piece in filter(None, re.split(r"[.\[\]]", path)):
        if piece.isdigit():
            continue
        parts.append(WEEKDAY_NAMES.get(piece) or names.get(piece) or FIELD_NAMES.get(piece, piece))
    return ", ".join(parts) or "Organisatie"


def errors_under(placed: Dict[str, List[str]], name: str) -> List[str]:
    return [msg for path, messages in placed.items()
            if path == name or path.startswith(name + ".") or path.startswith(name + "[")
            for msg in messages]


def channel_indexes(values: Dict[str, Any]) -> List[int]:
    return list(range(int(values.get("channel_count") or 1)))


def summary(placed: Dict[str, List[str]]) -> List[Tuple[str, str]]:
    return [(field_label(path), message) for path, messages in placed.items() for message in messages]
