from bot.nlu.phrase_rules import compile_phrase


def identity(word):
    return word


def test_alternatives_optional_words_and_wildcards():
    pattern = compile_phrase("hij/zij _ staat voor? de deur", identity)
    assert pattern[0] == {"LOWER": {"IN": ["hij", "zij"]}}
    assert pattern[1] == {"OP": "?"}
    assert pattern[3] == {"LOWER": {"IN": ["voor"]}, "OP": "?"}
    assert len(pattern) == 6


def test_lemma_words_are_lemmatised_with_the_given_function():
    pattern = compile_phrase("~bedreigd", lambda w: {"bedreigd": "bedreigen"}.get(w, w))
    assert pattern == [{"LEMMA": {"IN": ["bedreigen"]}}]
