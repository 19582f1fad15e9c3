"""Shared plumbing of our rule-based entity extractors (situation, time since, age).

- The phrase notation of `phrase_rules` (words, "~lemma", "a/b", "word?", "_"), plus:
  - "word*": any word that starts with "word" ("verkracht*" also finds "verkrachting",
    "verkrachtte"); alternatives mix freely ("verkracht*/verkragt*/verkrach");
  - "#n": one number, in digits, as a word or as a range ("3", "drie", "3-4");
  - "#n+jr/jaar": digits glued to one of these words ("16jr", "3dagen").
- `RuleMatcher`: labelled phrases in spaCy Matchers, run only around each phrase's rarest
  word (so hundreds of phrases stay fast on long messages); it returns labelled spans.
- Entities in Rasa's format, put on a message next to what other components found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Dict, Iterable, List, Optional

from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.dutch_numbers import NUMBER_TOKEN_REGEX
from bot.nlu.phrase_rules import compile_phrase

Lemmatizer = Callable[[str], str]


@lru_cache(maxsize=4)
def _lemma_table(lang: str):
    try:
        from spacy.lookups import load_lookups

        return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception:  # no lookup data: lemma patterns degrade to exact words
        return {}


def lemma_lookup(vocab) -> Lemmatizer:
    """Lemmatise pattern words with the same lookup table the pipeline uses (loaded once
    for all our extractors: it takes a second)."""
    table = _lemma_table(vocab.lang)
    return lambda word: table.get(word.lower(), word.lower())


def _compile_word(raw: str, lemmatize: Lemmatizer) -> Dict[str, Any]:
    optional = raw.endswith("?") and len(raw) > 1
    word = raw[:-1] if optional else raw
    # "~" applies to every alternative of a word and cannot be combined with "*": say it
    # loudly, a silent mistake here would make a phrase never match.
    if "~" in word[1:] or (word.startswith("~") and "*" in word):
        raise ValueError(f"pattern word {raw!r}: put '~' words in a phrase of their own")
    if "#n" in word and word != "#n" and not word.startswith("#n+"):
        raise ValueError(f"pattern word {raw!r}: '#n' cannot be one of several alternatives")
    if word == "#n":
        token: Dict[str, Any] = {"LOWER": {"REGEX": NUMBER_TOKEN_REGEX}}
    elif word.startswith("#n+"):
        units = "|".join(re.escape(u) for u in word[3:].split("/") if u)
        token = {"LOWER": {"REGEX": rf"^\d{{1,3}}(?:{units})$"}}
    elif "*" in word and not word.startswith("~"):
        parts = [
            re.escape(alt[:-1]) if alt.endswith("*") else re.escape(alt) + "$"
            for alt in word.split("/")
            if alt
        ]
        token = {"LOWER": {"REGEX": "^(?:" + "|".join(parts) + ")"}}
    else:
        return compile_phrase(raw, lemmatize)[0]
    if optional:
        token["OP"] = "?"
    return token


def compile_rule(phrase: str, lemmatize: Lemmatizer) -> List[Dict[str, Any]]:
    """One phrase of the notation above as a spaCy token pattern."""
    return [_compile_word(raw, lemmatize) for raw in phrase.split()]


@dataclass(frozen=True)
class Found:
    label: str
    start: int  # token index
    end: int  # token index, exclusive

    def contains(self, other: "Found") -> bool:
        return (
            self.start <= other.start
            and other.end <= self.end
            and (self.end - self.start) > (other.end - other.start)
        )


# Words that occur in almost every message. A phrase is looked for only around its rarest
# required word (its anchor), so anchors should not be one of these.
_COMMON = frozenset(
    "ik je jij u hij zij ze we wij het de een en of maar van in op aan met voor naar bij te "
    "dat die dit deze is ben bent was waren zijn heb hebt heeft had hebben me mij mijn m'n "
    "mn niet geen er wat hoe als toen om tot nu al nog ook zo dan wel ga gaat gaan ging zou "
    "kan kun wil moet werd word wordt doen deed hem haar hun ons onze iets iemand "
    "i a an the my me to is am are was and or it in on at he she you that this of".split()
)
# Limits so that no message can stall the bot (a chat message is far shorter): we look at
# most at this many tokens (about 75,000 characters), and run the Matchers on at most this
# many tokens in all (summed over the labels whose anchors occur).
MAX_TOKENS_READ = 20_000
MATCH_BUDGET = 12_000
# Only the first mentions matter; more of the same cannot change the outcome.
MAX_MATCHES_PER_LABEL = 20


def _anchor(phrase: str):
    """The required word of a phrase that occurs least often in text, as its alternatives."""
    best, best_score = None, -1.0
    for raw in phrase.split():
        if raw == "_" or (raw.endswith("?") and len(raw) > 1):
            continue
        alternatives = [w for w in raw.lstrip("~").split("/") if w]
        if raw == "#n" or raw.startswith("#n+"):
            score = 0.5
        elif any(w in _COMMON for w in alternatives):
            score = 0.0
        else:
            score = 1.0 + min(len(w.rstrip("*")) for w in alternatives) / 100
        if score > best_score:
            best, best_score = raw, score
    return best


class _Anchors:
    """Whether a token is the anchor of one of a label's phrases."""

    def __init__(self, phrases: Iterable[str], lemmatize: Lemmatizer) -> None:
        words, prefixes, lemmas, regexes = set(), set(), set(), []
        for phrase in phrases:
            anchor = _anchor(phrase)
            if anchor is None:
                raise ValueError(f"phrase {phrase!r} has no required word")
            if anchor == "#n" or anchor.startswith("#n+"):
                regexes.append(_compile_word(anchor, lemmatize)["LOWER"]["REGEX"])
            elif anchor.startswith("~"):
                lemmas.update(lemmatize(w) for w in anchor[1:].split("/") if w)
            else:
                for w in anchor.split("/"):
                    (prefixes.add(w[:-1]) if w.endswith("*") else words.add(w.lower()))
        self._words, self._lemmas = words, lemmas
        self._prefixes = tuple(sorted(prefixes))
        self._regex = re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None

    def hit(self, lower: str, lemma: str) -> bool:
        return (
            lower in self._words
            or lemma in self._lemmas
            or (bool(self._prefixes) and lower.startswith(self._prefixes))
            or (self._regex is not None and self._regex.match(lower) is not None)
        )


_KEY_CACHE_SIZE = 20_000


class RuleMatcher:
    """Labelled phrase rules, each label compiled into its own spaCy Matcher, lazily for
    each vocabulary.

    A spaCy Matcher tries every pattern at every token (about a microsecond per pattern
    per token), which is too slow with hundreds of phrases and long messages. So a label's
    Matcher runs only when one of its anchor words (see `_anchor`) is in the message, and
    only on the stretches of text around those words. The result is the same: a match
    always contains its anchor and is never longer than the longest phrase.
    """

    def __init__(self, rules: Dict[str, Iterable[str]]) -> None:
        self._rules = {label: list(phrases) for label, phrases in rules.items()}
        self._reach = max(len(p.split()) for ps in self._rules.values() for p in ps)
        self._labels: List[tuple] = []  # (label, Matcher, _Anchors)
        self._anchored: Dict[tuple, tuple] = {}  # (word, lemma) -> labels it anchors
        self._vocab = None

    def find(self, doc) -> List[Found]:
        """Matches as maximal spans per label (no span inside a longer one of its label),
        in text order."""
        if self._vocab is not doc.vocab:
            self._build(doc.vocab)
        positions: Dict[int, List[int]] = {}  # label index -> token indexes of its anchors
        for i, token in enumerate(doc[:MAX_TOKENS_READ]):
            for label_index in self._labels_anchored_by((token.lower_, token.lemma_)):
                positions.setdefault(label_index, []).append(i)
        matches = set()
        budget = MATCH_BUDGET
        for label_index in sorted(positions):
            label, matcher, _ = self._labels[label_index]
            for window in self._windows(doc, positions[label_index]):
                budget -= len(window)
                for _, start, end in matcher(window):
                    matches.add(Found(label, window.start + start, window.start + end))
                if budget <= 0:
                    break
            if budget <= 0:
                break
        kept: List[Found] = []
        reach_of: Dict[str, int] = {}  # per label: the furthest end of a kept match
        count: Dict[str, int] = {}
        for found in sorted(matches, key=lambda f: (f.start, -(f.end - f.start))):
            # sorted by start: inside a kept match of its label iff it ends before that one
            if reach_of.get(found.label, -1) >= found.end:
                continue
            if count.get(found.label, 0) >= MAX_MATCHES_PER_LABEL:
                continue
            reach_of[found.label] = found.end
            count[found.label] = count.get(found.label, 0) + 1
            kept.append(found)
        return kept

    def _labels_anchored_by(self, key: tuple) -> tuple:
        labels = self._anchored.get(key)
        if labels is None:
            labels = tuple(
                i for i, (_, _, anchors) in enumerate(self._labels) if anchors.hit(*key)
            )
            if len(self._anchored) >= _KEY_CACHE_SIZE:
                self._anchored.clear()
            self._anchored[key] = labels
        return labels

    def _windows(self, doc, positions: List[int]):
        """Spans of the doc around the given anchor positions, merged where they overlap."""
        reach, limit = self._reach, min(len(doc), MAX_TOKENS_READ + self._reach)
        start = end = None
        for i in positions:
            low, high = max(i - reach, 0), min(i + reach + 1, limit)
            if end is not None and low <= end:
                end = high
                continue
            if end is not None:
                yield doc[start:end]
            start, end = low, high
        if end is not None:
            yield doc[start:end]

    def _build(self, vocab) -> None:
        from spacy.matcher import Matcher

        lemmatize = lemma_lookup(vocab)
        labels = []
        for label, phrases in self._rules.items():
            matcher = Matcher(vocab)
            matcher.add(label, [compile_rule(p, lemmatize) for p in phrases])
            labels.append((label, matcher, _Anchors(phrases, lemmatize)))
        self._labels = labels
        self._anchored = {}
        self._vocab = vocab


def make_entity(
    entity_type: str,
    value: Any,
    start: int,
    end: int,
    extractor: str,
    confidence: float = 1.0,
) -> Dict[str, Any]:
    return {
        ENTITY_ATTRIBUTE_TYPE: entity_type,
        ENTITY_ATTRIBUTE_VALUE: value,
        ENTITY_ATTRIBUTE_START: start,
        ENTITY_ATTRIBUTE_END: end,
        EXTRACTOR: extractor,
        ENTITY_ATTRIBUTE_CONFIDENCE: confidence,
    }


def span_chars(doc, start: int, end: int, text_length: Optional[int] = None):
    """Character offsets of tokens [start, end) of `doc`, clipped to the message text (the
    doc is of the lower-cased text, which has the same length but for rare characters)."""
    begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if text_length is not None:
        begin, finish = min(begin, text_length), min(finish, text_length)
    return begin, finish


def set_entities(message: Message, entities: List[Dict[str, Any]], extractor: str) -> None:
    """Put `entities` on the message. Entities of other components stay; ours from an
    earlier run are replaced, so processing a message twice gives the same result."""
    others = [e for e in (message.get(ENTITIES) or []) if e.get(EXTRACTOR) != extractor]
    message.set(ENTITIES, others + entities, add_to_output=True)
