"""The coaching content for bystanders and naasten: YAML files beside this module, loaded into
plain frozen records and checked once (every text in Dutch and English, only known Ds,
settings and kinds, every practice scenario with feedback for all five Ds).

Wording lives in the YAML so it can be reviewed without reading code; the selection logic is
in `knowledge.bystander_coaching`, `knowledge.coaching.practice` and `knowledge.coaching.naasten`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import yaml

from .. import vocabulary as vocab
from .sharing_check import advice_to_share

CONTENT_DIR = Path(__file__).resolve().parent
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
D_METHODS = ("afleiden", "delegeren", "documenteren", "achteraf_steunen", "direct_aanspreken")
# Values of the `setting` entity: the knowledge-base settings plus ov and uitgaan, which the
# coach keeps apart (a tram has a conductor, a club has a bouncer).
SETTINGS = ("thuis", "werk", "school", "studentenleven", "sport", "kerk", "cultuur", "zorg",
            "straat", "ov", "uitgaan", "online")
GENERAL = "algemeen"  # a profile for any setting
KINDS = ("fysiek", "verbaal", "online")
ANY_KIND = "any"
RATINGS = ("goed", "kan", "let_op")
NAASTE_WHEN = ("acute", "child", "professional", "professional_school", "at_home", "online_images",
               "online_images_child", "police", "always")


class ContentError(ValueError):
    """The coaching YAML is incomplete or uses an unknown value."""


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def get(self, language: Optional[str]) -> str:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True)
class Method:
    id: str
    name: Text
    short: Text  # one line, for the overview of the five Ds
    what: Text
    example: Text
    caveat: Text


@dataclass(frozen=True)
class Step:
    d: str
    text: Text


@dataclass(frozen=True)
class Profile:
    id: str
    settings: Tuple[str, ...]
    kinds: Tuple[str, ...]
    now: Tuple[Step, ...]
    afterwards: Tuple[Step, ...]


@dataclass(frozen=True)
class SettingInfo:
    id: str
    where: Text
    kb_setting: str


@dataclass(frozen=True)
class KindInfo:
    id: str
    incidents: Tuple[str, ...]


@dataclass(frozen=True)
class Feedback:
    rating: str
    text: Text


@dataclass(frozen=True)
class Scenario:
    id: str
    setting: str
    title: Text
    text: Text
    best: Tuple[str, ...]
    feedback: Mapping[str, Feedback]


@dataclass(frozen=True)
class NaastenContent:
    title: Text
    do_title: Text
    do: Tuple[Text, ...]
    dont_title: Text
    dont: Tuple[Text, ...]
    now_title: Text
    now: Tuple[Tuple[str, Text], ...]  # (when, text), in the order they are shown
    own_title: Text
    own: Tuple[Text, ...]


@dataclass(frozen=True)
class Content:
    intro: Text
    safety: Text
    methods: Tuple[Method, ...]
    settings: Mapping[str, SettingInfo]
    kinds: Mapping[str, KindInfo]
    profiles: Tuple[Profile, ...]
    notes: Mapping[str, Text]
    scenarios: Tuple[Scenario, ...]
    ratings: Mapping[str, Text]
    naasten: NaastenContent

    def method(self, d: str) -> Method:
        for method in self.methods:
            if method.id == d:
                return method
        raise KeyError(d)

    def texts(self) -> Iterable[Tuple[str, str]]:
        """Every user-facing text as (where, text), for checks that scan all content."""
        def both(where: str, text: Text):
            yield f"{where}.nl", text.nl
            yield f"{where}.en", text.en

        yield from both("intro", self.intro)
        yield from both("safety", self.safety)
        for m in self.methods:
            for part in ("name", "what", "example", "caveat"):
                yield from both(f"methods.{m.id}.{part}", getattr(m, part))
        for s in self.settings.values():
            yield from both(f"settings.{s.id}.where", s.where)
        for p in self.profiles:
            for moment in ("now", "afterwards"):
                for i, step in enumerate(getattr(p, moment)):
                    yield from both(f"profiles.{p.id}.{moment}[{i}]", step.text)
        for key, note in self.notes.items():
            yield from both(f"notes.{key}", note)
        for sc in self.scenarios:
            yield from both(f"scenarios.{sc.id}.title", sc.title)
            yield from both(f"scenarios.{sc.id}.text", sc.text)
            for d, fb in sc.feedback.items():
                yield from both(f"scenarios.{sc.id}.feedback.{d}", fb.text)
        for key, text in self.ratings.items():
            yield from both(f"ratings.{key}", text)
        n = self.naasten
        for where, text in (("title", n.title), ("do_title", n.do_title), ("dont_title", n.dont_title),
                            ("now_title", n.now_title), ("own_title", n.own_title)):
            yield from both(f"naasten.{where}", text)
        for group, items in (("do", n.do), ("dont", n.dont), ("own", n.own)):
            for i, text in enumerate(items):
                yield from both(f"naasten.{group}[{i}]", text)
        for when, text in n.now:
            yield from both(f"naasten.now.{when}", text)


def kb_setting(setting: Any) -> Optional[str]:
    """The knowledge-base setting (ov and uitgaan are street settings there)."""
    info = load().settings.get(setting) if isinstance(setting, str) else None
    if info is not None:
        return info.kb_setting
    return setting if isinstance(setting, str) and setting in vocab.SETTINGS else None


# --- loading -----------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def load(directory: Optional[str] = None) -> Content:
    """The coaching content of `directory` (default: this package), validated. Cached."""
    folder = Path(directory) if directory else CONTENT_DIR
    five_d = _read(folder / "five_d.yaml")
    situations = _read(folder / "situations.yaml")
    practice = _read(folder / "practice.yaml")
    naasten = _read(folder / "naasten.yaml")
    content = Content(
        intro=_text(five_d, "intro"),
        safety=_text(five_d, "safety"),
        methods=tuple(_method(raw) for raw in _list(five_d, "methods")),
        settings={key: _setting(key, raw) for key, raw in _dict(situations, "settings").items()},
        kinds={key: _kind(key, raw) for key, raw in _dict(situations, "kinds").items()},
        profiles=tuple(_profile(raw) for raw in _list(situations, "profiles")),
        notes={key: _as_text(raw, f"notes.{key}") for key, raw in _dict(situations, "notes").items()},
        scenarios=tuple(_scenario(raw) for raw in _list(practice, "scenarios")),
        ratings={key: _as_text(raw, f"ratings.{key}") for key, raw in _dict(practice, "ratings").items()},
        naasten=_naasten(naasten),
    )
    _check(content)
    return content


def _read(path: Path) -> Dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path.name}: {error}") from error
    if not isinstance(data, dict):
        raise ContentError(f"{path.name}: expected a mapping")
    return data


def _dict(raw: Mapping, key: str) -> Dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise ContentError(f"{key}: expected a non-empty mapping")
    return value


def _list(raw: Mapping, key: str) -> List[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ContentError(f"{key}: expected a non-empty list")
    return value


def _as_text(raw: Any, where: str, extra: Sequence[str] = ()) -> Text:
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: expected nl and en")
    unknown = set(raw) - set(LANGUAGES) - set(extra)
    if unknown:  # e.g. an unquoted comma in {nl: a, b} makes "b" a key
        raise ContentError(f"{where}: unexpected keys {sorted(map(str, unknown))} (quote texts with commas)")
    values = {}
    for language in LANGUAGES:
        value = raw.get(language)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}.{language}: missing text")
        values[language] = " ".join(value.split())
    return Text(**values)


def _text(raw: Mapping, key: str, where: str = "") -> Text:
    return _as_text(raw.get(key), f"{where}{key}")


def _strings(raw: Any, where: str) -> Tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        raise ContentError(f"{where}: expected a list of words")
    return tuple(v.strip().lower() for v in raw)


def _method(raw: Mapping) -> Method:
    d = raw.get("id")
    where = f"methods.{d}."
    return Method(
        id=d, name=_text(raw, "name", where), short=_text(raw, "short", where), what=_text(raw, "what", where),
        example=_text(raw, "example", where), caveat=_text(raw, "caveat", where),
    )


def _setting(key: str, raw: Mapping) -> SettingInfo:
    return SettingInfo(key, _text(raw, "where", f"settings.{key}."), raw.get("kb_setting"))


def _kind(key: str, raw: Mapping) -> KindInfo:
    return KindInfo(key, _strings(raw.get("incidents"), f"kinds.{key}.incidents"))


def _steps(raw: Any, where: str) -> Tuple[Step, ...]:
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{where}: expected steps")
    return tuple(Step(step.get("d"), _as_text(step, f"{where}[{i}]", ("d",))) for i, step in enumerate(raw))


def _profile(raw: Mapping) -> Profile:
    pid = raw.get("id")
    return Profile(
        id=pid,
        settings=_strings(raw.get("settings"), f"profiles.{pid}.settings"),
        kinds=_strings(raw.get("kinds"), f"profiles.{pid}.kinds"),
        now=_steps(raw.get("now"), f"profiles.{pid}.now"),
        afterwards=_steps(raw.get("afterwards"), f"profiles.{pid}.afterwards"),
    )


def _scenario(raw: Mapping) -> Scenario:
    sid = raw.get("id")
    where = f"scenarios.{sid}."
    feedback_raw = raw.get("feedback")
    if not isinstance(feedback_raw, dict):
        raise ContentError(where + "feedback: expected a mapping")
    feedback = {d: Feedback(fb.get("rating"), _as_text(fb, f"{where}feedback.{d}", ("rating",)))
                for d, fb in feedback_raw.items()}
    return Scenario(sid, raw.get("setting"), _text(raw, "title", where), _text(raw, "text", where),
                    _strings(raw.get("best"), where + "best"), feedback)


def _naasten(raw: Mapping) -> NaastenContent:
    respond, now, own = _dict(raw, "respond"), _dict(raw, "now"), _dict(raw, "own_support")
    return NaastenContent(
        title=_text(respond, "title", "respond."),
        do_title=_text(respond, "do_title", "respond."),
        do=tuple(_as_text(item, f"respond.do[{i}]") for i, item in enumerate(_list(respond, "do"))),
        dont_title=_text(respond, "dont_title", "respond."),
        dont=tuple(_as_text(item, f"respond.dont[{i}]") for i, item in enumerate(_list(respond, "dont"))),
        now_title=_text(now, "title", "now."),
        now=tuple((item.get("when"), _as_text(item, f"now.items[{i}]", ("when",)))
                  for i, item in enumerate(_list(now, "items"))),
        own_title=_text(own, "title", "own_support."),
        own=tuple(_as_text(item, f"own_support.items[{i}]") for i, item in enumerate(_list(own, "items"))),
    )


def _check(content: Content) -> None:
    """Cross-checks that the loaders cannot do alone."""
    ids = [m.id for m in content.methods]
    if tuple(ids) != D_METHODS:
        raise ContentError(f"methods: expected {D_METHODS}, got {tuple(ids)}")
    if set(content.settings) != set(SETTINGS):
        raise ContentError(f"settings: expected {sorted(SETTINGS)}, got {sorted(content.settings)}")
    for info in content.settings.values():
        if info.kb_setting not in vocab.SETTINGS:
            raise ContentError(f"settings.{info.id}.kb_setting: unknown {info.kb_setting!r}")
    if set(content.kinds) != set(KINDS):
        raise ContentError(f"kinds: expected {sorted(KINDS)}")
    for kind in content.kinds.values():
        unknown = set(kind.incidents) - set(vocab.INCIDENTS)
        if unknown:
            raise ContentError(f"kinds.{kind.id}.incidents: unknown {sorted(unknown)}")
    for profile in content.profiles:
        where = f"profiles.{profile.id}"
        if set(profile.settings) - set(SETTINGS) - {GENERAL}:
            raise ContentError(f"{where}.settings: unknown {sorted(set(profile.settings) - set(SETTINGS))}")
        if set(profile.kinds) - set(KINDS) - {ANY_KIND}:
            raise ContentError(f"{where}.kinds: unknown value")
        if not 2 <= len(profile.now) <= 3:
            raise ContentError(f"{where}.now: give 2 or 3 Ds")
        for step in profile.now + profile.afterwards:
            if step.d not in D_METHODS:
                raise ContentError(f"{where}: unknown D {step.d!r}")
        if len({s.d for s in profile.now}) != len(profile.now):
            raise ContentError(f"{where}.now: a D appears twice")
    if not any(GENERAL in p.settings and ANY_KIND in p.kinds for p in content.profiles):
        raise ContentError("profiles: a general profile (settings [algemeen], kinds [any]) is needed")
    for scenario in content.scenarios:
        where = f"scenarios.{scenario.id}"
        if scenario.setting not in SETTINGS:
            raise ContentError(f"{where}.setting: unknown {scenario.setting!r}")
        if set(scenario.feedback) != set(D_METHODS):
            raise ContentError(f"{where}.feedback: give feedback for each of {D_METHODS}")
        for d, fb in scenario.feedback.items():
            if fb.rating not in RATINGS:
                raise ContentError(f"{where}.feedback.{d}.rating: one of {RATINGS}")
        if not scenario.best or any(scenario.feedback[d].rating != "goed" for d in scenario.best):
            raise ContentError(f"{where}.best: the best Ds must be rated goed")
    if len({s.id for s in content.scenarios}) != len(content.scenarios):
        raise ContentError("scenarios: ids must be unique")
    if set(content.ratings) != set(RATINGS):
        raise ContentError(f"ratings: expected {RATINGS}")
    whens = [when for when, _ in content.naasten.now]
    if sorted(whens) != sorted(NAASTE_WHEN):
        raise ContentError(f"naasten now.items: expected one item for each of {NAASTE_WHEN}")
    for where, text in content.texts():
        if advice_to_share(text):
            raise ContentError(f"{where}: must never advise sharing or keeping images: {advice_to_share(text)[0]!r}")
