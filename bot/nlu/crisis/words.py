"""Words as people type them, made comparable: lower case, no accents, contractions joined,
letters typed three times or more cut to two ("hierrr" -> "hierr"), and cue words found with
a small typo tolerance (rapidfuzz), so "opgesloote" still reads as "opgesloten"."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Container, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_CONTRACTIONS = {
    "i'm": "im", "can't": "cant", "won't": "wont", "don't": "dont", "didn't": "didnt",
    "isn't": "isnt", "he's": "hes", "she's": "shes", "they're": "theyre", "it's": "its",
    "m'n": "mn", "z'n": "zn", "'s": "s", "'t": "t", "i've": "ive", "i'll": "ill",
    "doesn't": "doesnt", "wouldn't": "wouldnt", "couldn't": "couldnt", "there's": "theres",
}
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|'[a-z]+|[.,;:!?()\n]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
# Words that start a new clause: "iemand trapt mijn deur in, het is mijn ex die me gisteren
# verkrachtte" tells of now in one clause and of yesterday in another.
CLAUSE_WORDS = frozenset({
    "en", "maar", "die", "omdat", "want", "terwijl", "nadat", "and", "but", "who", "because", "while", "after",
})


def tokens(text: str) -> List[str]:
    """The words of a message, normalised for matching."""
    return tokens_and_clauses(text)[0]


def tokens_and_clauses(text: str) -> Tuple[List[str], List[int]]:
    """The words of a message, and for each word the number of its clause (punctuation and
    words such as "maar" or "die" start a new one)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words: List[str] = []
    clauses: List[int] = []
    clause = 0
    for word in _TOKEN.findall(text):
        if not word[0].isalnum() and word[0] != "'":
            clause += 1
            continue
        word = _CONTRACTIONS.get(word, word.replace("'", ""))
        if word in CLAUSE_WORDS:
            clause += 1
        words.append(_REPEATS.sub(r"\1\1", word))
        clauses.append(clause)
    return words, clauses


def _allowed_edits(word: str) -> int:
    """Short words must match exactly ("nu", "mes"); longer ones may hold one typo, very
    long ones two."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 9 else 2


class Vocabulary:
    """The cue words, and which of them a typed word is (exactly, by prefix or with a typo)."""

    def __init__(
        self, words: Iterable[str], exact_only: Iterable[str] = (), real_words: Container[str] = frozenset()
    ) -> None:
        """`exact_only`: cue words whose neighbours mean something else (a past tense one
        letter from the present: "bedreigde" / "bedreigd"). `real_words`: words of the
        language; a typed word that is one is taken as written, never as a typo of a cue
        ("krijgen" is not "krijsen", "doorgaan" is not "doodgaan")."""
        self._real_words = real_words
        exact, prefixes = set(), set()
        for word in words:
            (prefixes.add(word[:-1]) if word.endswith("*") else exact.add(word))
        self._exact = frozenset(exact)
        strict = set(exact_only)
        self._fuzzy = sorted(w for w in exact if _allowed_edits(w) and w not in strict)
        self._prefixes = tuple(sorted(prefixes))

    @lru_cache(maxsize=20000)
    def matches(self, typed: str) -> FrozenSet[str]:
        found = set()
        if typed in self._exact:
            found.add(typed)
        found.update(p + "*" for p in self._prefixes if typed.startswith(p))
        if len(typed) >= 5 and typed not in self._real_words:
            limit = _allowed_edits(typed)
            for word, _score, _ in process.extract(
                typed, self._fuzzy, scorer=Levenshtein.distance, score_cutoff=limit, limit=None
            ):
                if abs(len(word) - len(typed)) <= limit and word[0] == typed[0]:
                    found.add(word)
        return frozenset(found)


class Dictionary:
    """Is this a word of the language? The word forms and lemmas of spaCy's lookup tables
    (spacy-lookups-data, Dutch and English: about 250,000 forms). Without the data it knows
    no word, and every unknown word may be a typo."""

    def __init__(self, languages: Sequence[str] = ("nl", "en")) -> None:
        self._tables = []
        for language in languages:
            try:
                from spacy.lookups import load_lookups

                self._tables.append(load_lookups(language, ["lemma_lookup"]).get_table("lemma_lookup"))
            except (ImportError, ValueError, KeyError, OSError):
                continue
        self._lemmas = frozenset(str(v) for table in self._tables for v in table.values())

    def __contains__(self, word: object) -> bool:
        return word in self._lemmas or any(word in table for table in self._tables)


Phrase = Tuple[str, ...]


def parse_phrases(lines: Sequence[str]) -> List[Phrase]:
    """'voor de/het deur' -> ('voor', 'de|het', 'deur'). Alternatives are kept as one slot."""
    return [tuple(line.split()) for line in lines]


def phrase_words(phrases: Iterable[Phrase]) -> List[str]:
    return [alt for phrase in phrases for slot in phrase for alt in slot.split("/")]


def _phrase_at(slots: Sequence[FrozenSet[str]], typed: Sequence[FrozenSet[str]], start: int, gap: int) -> bool:
    """Does the phrase start at `start`? Each next word may follow after up to `gap` others."""
    position = start
    for slot in slots[1:]:
        window = range(position + 1, min(len(typed), position + 2 + gap))
        nxt = next((i for i in window if typed[i] & slot), None)
        if nxt is None:
            return False
        position = nxt
    return True


LOOSE_GAP = 2


def _clause_ends(clauses: Optional[Sequence[int]], length: int) -> List[int]:
    """For each word, the index just after the last word of its clause ([] without clauses)."""
    if not clauses or len(clauses) != length:
        return []
    ends = [length] * length
    end = length
    for i in range(length - 1, -1, -1):
        if i + 1 < length and clauses[i + 1] != clauses[i]:
            end = i + 1
        ends[i] = end
    return ends


class CueIndex:
    """All cue phrases of all groups, indexed by the words they can start with, so a
    message is read once: only phrases whose first word occurs are tried (about 20x fewer
    than trying every phrase everywhere)."""

    def __init__(
        self,
        groups: Dict[str, List[Phrase]],
        vocabulary: Vocabulary,
        fixed: FrozenSet[str] = frozenset(),
        loose: FrozenSet[str] = frozenset(),
    ) -> None:
        """Groups in `fixed` are set expressions: their words must follow each other with
        nothing between ("even if" is not in "even notice if"); groups in `loose` allow two
        words between, the others one."""
        self._vocabulary = vocabulary
        self._starting_with: Dict[str, List[Tuple[str, Phrase, Tuple[FrozenSet[str], ...], int]]] = {}
        for name, phrases in groups.items():
            gap = 0 if name in fixed else LOOSE_GAP if name in loose else 1
            for phrase in phrases:
                slots = tuple(frozenset(slot.split("/")) for slot in phrase)
                for word in slots[0]:
                    self._starting_with.setdefault(word, []).append((name, phrase, slots, gap))

    def find(self, words: Sequence[str], clauses: Optional[Sequence[int]] = None,
             ) -> Tuple[Dict[str, List[int]], Dict[str, set]]:
        """(group -> word positions where one of its phrases starts, group -> which phrases).
        With `clauses` (the clause of each word), a phrase of a loose group stays inside its
        clause: "mijn vriendin is verkracht, ik kan me nergens op concentreren" holds no
        "verkracht me"."""
        typed = [self._vocabulary.matches(w) for w in words]
        ends = _clause_ends(clauses, len(typed))
        positions: Dict[str, set] = {}
        phrases: Dict[str, set] = {}
        for start, options in enumerate(typed):
            within = typed[:ends[start]] if ends else typed
            for word in options:
                for name, phrase, slots, gap in self._starting_with.get(word, ()):
                    # only the loose groups (two words between) stay in their clause: other
                    # cues may rightly span one ("ik zie geen uitweg, ik wil dood")
                    if _phrase_at(slots, within if gap == LOOSE_GAP else typed, start, gap):
                        positions.setdefault(name, set()).add(start)
                        phrases.setdefault(name, set()).add(phrase)
        return {name: sorted(found) for name, found in positions.items()}, phrases
