"""Rasa NLU component: the age of the person writing → entity `age` (a whole number 4–120).

Found: "ik ben 14", "ik ben 14 jaar", "ik ben net 16", "ik ben een meisje van 15", "van 16",
"15 jaar oud", "16jr", "I'm 15", "leeftijd: 15", "15 jaar" as a whole (short) answer, and a
number from 8 to 99 alone ("15").
"ik ben bijna 15" is 14.

Not the writer's current age, so left out:
- someone else's: "mijn dochter van 12", "een jongen van 17", "hij is 40 jaar oud";
- the past: "toen ik 12 was", "ik was 12 jaar oud";
- numbers that are something else: "ik ben 3 dagen geleden ...", "ik ben 2 keer ...",
  "van 14 uur", "van 9 tot 5", "ik ben 5 jaar getrouwd", phone numbers, and 112/113 (the
  emergency and suicide-prevention numbers, never an age here).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot.nlu.dutch_numbers import parse_number
from bot.nlu.entity_rules import RuleMatcher, make_entity, span_chars
from bot.nlu.extractor_component import RuleEntityExtractor

MIN_AGE, MAX_AGE = 4, 120
MIN_BARE_AGE, MAX_BARE_AGE = 8, 99
_NOT_AGES = frozenset({112, 113})
_SHORT_ANSWER_TOKENS = 4

_MODIFIERS = "net/pas/al/nu/bijna/ook/zelf/inmiddels/maar/nog/zo'n/ongeveer/nét"
_YEAR_WORDS = "jaar/jr/j/years/yrs/year/jaartjes"
_GLUED_YEARS = "jr/jaar/j/yo/yrs/y/jarig/jarige/-jarig/-jarige/-year-old"

# Label order is priority order: the first label with a valid number wins.
AGE_RULES = {
    "self": [
        "ik/k/ikke ben #n",
        f"ik/k/ikke ben {_MODIFIERS} #n",
        f"ik/k/ikke ben #n+{_GLUED_YEARS}",
        "ik/k/ikke ben een/n #n+-jarige/-jarig/jarige",
        "ik/k/ikke ben een/n #n jarige/jarig",
        "ben #n jaar/jr",
        "i'm/im #n",
        "i am #n",
        f"i'm/im/i am {_MODIFIERS}/only/just/almost #n",
        "mijn/m'n/mn/my leeftijd/age is #n",
        "leeftijd/age/aged/lft :? #n",
        "ik ( #n",
    ],
    "van": ["van/of #n", f"van #n+{_GLUED_YEARS}"],
    "years_old": [
        f"#n {_YEAR_WORDS} oud/old",
        f"#n+{_GLUED_YEARS}",
        "#n jr/yo/yrs/jaartjes",
        "#n year old",
    ],
    "short": [f"#n {_YEAR_WORDS}"],
    # A number alone ("15") is nearly always the writer's age; below 8 it is more often days.
    "bare": ["#n"],
}
_PRIORITY = list(AGE_RULES)

# Right after the number: it counts something else.
_NOT_AFTER_NUMBER = frozenset(
    "dag dagen daagjes week weken weekjes maand maanden jaren uur uren u keer x kilo kg cm "
    "euro procent % minuten min tot à of - : geleden terug kinderen kids kind mensen "
    "days weeks months hours times minutes ago".split()
) | frozenset(
    "januari februari maart april mei juni juli augustus september oktober november "
    "december jan feb mrt apr jun jul aug sep sept okt nov dec".split()
)
# After "<n> jaar": a duration, not an age.
_NOT_AFTER_YEARS = frozenset(
    "geleden terug lang getrouwd samen bezig daarvoor eerder later verder ouder jonger bij "
    "in op met werkzaam lid actief gevangenis cel ago older younger".split()
)
# Shortly before: the number is the writer's own ("ik ben een meisje van 15").
_SELF_BEFORE = frozenset("ben i'm im am".split())
# Shortly before: the number belongs to someone else or to the past.
_OTHER_BEFORE = frozenset(
    "mijn m'n mn zijn z'n zn haar onze ons je jouw hun een die dat deze het de hij zij ze "
    "is was werd toen waren his her my our a the he she they was were when".split()
)


@dataclass(frozen=True)
class Age:
    years: int
    start: int  # token index
    end: int


def _number_in(tokens) -> Optional[int]:
    """The last number in the span ("ik ben een 15-jarige": 15, not "een")."""
    for token in reversed(list(tokens)):
        word = token.lower_
        if word[:1].isdigit():
            digits = ""
            for c in word:
                if not c.isdigit():
                    break
                digits += c
            return int(digits) if len(digits) <= 3 else None
        value = parse_number(word)
        if value is not None:
            return value
    return None


def _words_after(doc, end: int, n: int = 2) -> List[str]:
    return [t.lower_ for t in doc[end:end + n]]


def _counts_something_else(doc, start: int, end: int) -> bool:
    inside = [t.lower_ for t in doc[start:end]]
    after = _words_after(doc, end)
    if after and after[0] in _NOT_AFTER_NUMBER:
        return True
    year_word_at = None
    if inside[-1] in _YEAR_WORDS.split("/"):
        year_word_at = 0
    elif after and after[0] in _YEAR_WORDS.split("/"):
        year_word_at = 1
    if year_word_at is not None:
        following = after[year_word_at] if len(after) > year_word_at else ""
        return following in _NOT_AFTER_YEARS
    return False


def _belongs_to_writer(doc, start: int) -> bool:
    before = [t.lower_ for t in doc[max(start - 4, 0):start]]
    if any(w in _SELF_BEFORE for w in before):
        return True
    return not any(w in _OTHER_BEFORE for w in before[-3:])


class AgeMatcher:
    """The spaCy side, usable without Rasa: the writer's age in a Doc, if they say it."""

    def __init__(self) -> None:
        self._rules = RuleMatcher(AGE_RULES)

    def extract(self, doc) -> Optional[Age]:
        found = sorted(self._rules.find(doc), key=lambda f: (_PRIORITY.index(f.label), f.start))
        for f in found:
            if f.label == "short" and len(doc) > _SHORT_ANSWER_TOKENS:
                continue
            if f.label == "bare" and (len([t for t in doc if not t.is_punct]) != 1
                                      or not doc[f.start].lower_.isdigit()
                                      or not MIN_BARE_AGE <= int(doc[f.start].lower_) <= MAX_BARE_AGE):
                continue
            if _counts_something_else(doc, f.start, f.end):
                continue
            if f.label != "self" and not _belongs_to_writer(doc, f.start):
                continue
            years = _number_in(doc[f.start:f.end])
            if years is None:
                continue
            if "bijna" in (t.lower_ for t in doc[f.start:f.end]) or "almost" in (
                t.lower_ for t in doc[f.start:f.end]
            ):
                years -= 1
            if MIN_AGE <= years <= MAX_AGE and years not in _NOT_AGES:
                return Age(years, f.start, f.end)
        return None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class AgeExtractor(RuleEntityExtractor):
    finds = "age"

    def __init__(self) -> None:
        self._age = AgeMatcher()

    def entities_in(self, doc, text_length: int, extractor: str) -> List[Dict[str, Any]]:
        found = self._age.extract(doc)
        if found is None:
            return []
        start, end = span_chars(doc, found.start, found.end, text_length)
        return [make_entity("age", found.years, start, end, extractor)]
