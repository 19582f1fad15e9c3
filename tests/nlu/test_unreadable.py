import pytest

from bot.nlu.unreadable import Lexicon, is_unreadable, latin_letter_share


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(extra=["hoi", "thx"])


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀😀😀", "!!!???", "Привет, как дела", "مرحبا كيف حالك", "asdkjh qwe zxcvb", "x" * 20000],
)
def test_unreadable_input(lexicon, text):
    assert is_unreadable(text, lexicon.__contains__)


@pytest.mark.parametrize(
    "text",
    ["hoi", "ik ben verkracht", "waar kan ik terecht?", "thx", "i need help", "hij staat voor de deur 😢"],
)
def test_readable_input(lexicon, text):
    assert not is_unreadable(text, lexicon.__contains__)


def test_latin_share_counts_letters_only():
    assert latin_letter_share("ab12 вг") == 0.5
