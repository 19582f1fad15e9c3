"""No held-out or blind sentence is training data (issue 16).

The held-out NLU set was leaked once: 69 of its lines were word for word in data/nlu. These
tests fail on that. Exact means the same words after lower case, accents and punctuation are
taken away. Near means a rapidfuzz ratio of 90 or more.

- The NLU held-out and fresh sets may have neither an exact nor a near duplicate in the training data.
- The other sets (safety, everyday, conversations) may have no exact duplicate of three words
  or more. Replies of one or two words ("ja", "ok", "15", "hulp") are part of any conversation
  and of any training set; they are listed, not failed. Their near duplicates are listed too,
  in results/heldout_overlap.txt, for a person to judge.
"""
from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from bot.paths import PROJECT_ROOT
from tests.helpers.text_sets import measuring_sentences, normalised, training_sentences

NEAR = 90


@pytest.fixture(scope="module")
def training() -> dict:
    found: dict = {}
    for sentence in training_sentences():
        found.setdefault(normalised(sentence.text), sentence.source)
    return found


@pytest.fixture(scope="module")
def measuring() -> list:
    return measuring_sentences()


def nearest(text: str, training: dict):
    return process.extractOne(normalised(text), list(training), scorer=fuzz.ratio, score_cutoff=NEAR)


def test_every_measuring_set_is_read(measuring):
    sources = {s.source.split("/")[1] if "/blind/" not in s.source else "e2e/blind" for s in measuring}
    assert {"nlu_heldout", "safety_heldout", "safety_fresh", "everyday_heldout", "e2e/blind", "nlu_fresh",
            "nlu_fresh2", "nlu_fresh3"} <= sources
    assert len(measuring) > 2000


def test_no_nlu_heldout_or_fresh_line_is_training_data_or_near_it(training, measuring):
    found = []
    for sentence in measuring:
        if sentence.source.startswith(("tests/nlu_heldout/", "tests/nlu_fresh")):
            key = normalised(sentence.text)
            match = (key, 100) if key in training else nearest(sentence.text, training)
            if match:
                found.append(f"{sentence.source}: {sentence.text!r} ~ {match[0]!r} ({match[1]:.0f})")
    assert found == []


def test_no_blind_sentence_of_three_words_or_more_is_training_data(training, measuring):
    """Fails on a copied sentence; lists short replies and near duplicates for a person to judge."""
    copied, listed = [], []
    for sentence in measuring:
        key = normalised(sentence.text)
        if key in training:
            if len(key.split()) >= 3:
                copied.append(f"{sentence.source}: {sentence.text!r} = {training[key]}")
            else:
                listed.append(f"exact (short reply)\t{sentence.source}\t{sentence.text}")
        elif match := nearest(sentence.text, training):
            listed.append(f"near {match[1]:.0f}\t{sentence.source}\t{sentence.text}\t~ {match[0]}")
    report = PROJECT_ROOT / "results" / "heldout_overlap.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(listed) + "\n", "utf-8")
    print(f"\n{len(listed)} short or near duplicates listed in {report.relative_to(PROJECT_ROOT)}")
    assert copied == []


def test_the_check_sees_a_copied_line(training):
    """The comparison itself works: a training line with other capitals and punctuation is found."""
    some_line = max(training, key=len)
    assert normalised(some_line.upper() + " !") in training
    assert nearest(some_line + "x", training)
