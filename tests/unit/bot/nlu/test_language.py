import pytest

from bot.nlu.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ik weet niet waar ik heen moet", "nl"),
        ("hij heeft aan me gezeten", "nl"),
        ("I was assaulted and I don't know what to do", "en"),
        ("he is at the door", "en"),
        ("ok", None),
        ("112", None),
        ("", None),
    ],
)
def test_detects_dutch_english_or_nothing(text, expected):
    assert detect_language(text) == expected
