"""Every response in the domain, in every language, is at most 120 words (issue 17); the
crisis answers have their own, stricter limit in tests/test_crisis_responses.py."""

import pytest
import yaml

from bot.paths import PROJECT_ROOT
from bot.reply_length import MAX_WORDS, word_count

DOMAIN = PROJECT_ROOT / "bot" / "domain"
RESPONSES = {name: variants for path in sorted(DOMAIN.glob("*.yml"))
             for name, variants in (yaml.safe_load(path.read_text("utf-8")).get("responses") or {}).items()}


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_a_response_is_at_most_120_words(name):
    for variant in RESPONSES[name]:
        assert word_count(variant["text"]) <= MAX_WORDS, (name, word_count(variant["text"]))


@pytest.mark.parametrize("name", sorted(n for n in RESPONSES if "_again" in n))
def test_a_later_wording_differs_from_the_first_and_keeps_its_buttons(name):
    first = RESPONSES[name.split("_again")[0]]
    for later, original in zip(RESPONSES[name], first):
        assert later["text"] != original["text"]
        if original.get("buttons"):  # a question asked again offers the same answers
            assert payloads(later) == payloads(original)


def payloads(variant):
    return [b["payload"] for b in variant.get("buttons") or []]
