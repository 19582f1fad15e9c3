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
    ["hoi", "ik ben verkracht", "waar kan ik terecht?", "thx", "i need help", "hij staat voor de deur 😢",
     "15", " 20. "],
)
def test_readable_input(lexicon, text):
    assert not is_unreadable(text, lexicon.__contains__)


@pytest.mark.parametrize(
    "text",
    ["'; DROP TABLE trackers; --", "Robert'); DROP TABLE students;--", "<script>alert('x')</script>",
     "' OR '1'='1", "SELECT * FROM users", "<img src=x onerror=alert(1)>", "1 OR 1=1", "{{7*7}}",
     "${jndi:ldap://x}", "../../etc/passwd", "ik ../../etc/passwd", "%00", "\\u0000"],
)
def test_code_without_words_around_it_is_unreadable(lexicon, text):
    assert is_unreadable(text, lexicon.__contains__)


@pytest.mark.parametrize(
    "text",
    ["<b>ik ben verkracht</b>", "'; DROP TABLE x; -- ik ben aangerand", "ik wil dit -- echt -- weten; help",
     "mag ik een update over mijn melding"],
)
def test_words_beside_code_or_ordinary_punctuation_stay_readable(lexicon, text):
    assert not is_unreadable(text, lexicon.__contains__)


def test_a_single_word_must_be_one_of_our_training_data(lexicon):
    # "abc" is an English word, but what DIET makes of it alone is noise.
    assert is_unreadable("abc", lexicon.__contains__, lexicon.familiar)
    assert not is_unreadable("hoi", lexicon.__contains__, lexicon.familiar)
    assert not is_unreadable("hoi daar", lexicon.__contains__, lexicon.familiar)


def test_latin_share_counts_letters_only():
    assert latin_letter_share("ab12 вг") == 0.5
