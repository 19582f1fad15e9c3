"""Only a greeting, however it is typed (bot/nlu/greeting.py); a greeting with a story is no greeting.
Written for the module, not copied from a blind set."""
import pytest

from bot.nlu.greeting import is_greeting


@pytest.mark.parametrize("text", ["heyyy", "yoo", "goeiemiddag", "hoiii 👋", "Good afternoon!", "goedendag",
                                  "hallootjes", "hi there :)", "hey is there anyone", "hallo is er iemand?",
                                  "Salaam", "moi"])
def test_greetings(text):
    assert is_greeting(text)


@pytest.mark.parametrize("text", ["dag", "hoi, mijn coach stuurt me rare berichten", "yo wat moet ik doen",
                                  "goedemorgen ik heb een vraag over mijn dochter", "hey can you help", ""])
def test_not_only_a_greeting(text):
    assert not is_greeting(text)
