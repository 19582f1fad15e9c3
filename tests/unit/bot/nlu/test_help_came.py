"""Help on its way, or the danger gone, as people write it after a danger answer (bot/nlu/help_came.py).
Written for this module in new situations, not taken from a blind set."""
import pytest

from bot.nlu.help_came import says_help_came


@pytest.mark.parametrize("text", [
    "ik heb de politie gebeld en ze zijn onderweg",
    "112 gebeld, ze komen er aan",
    "mn broer komt me ophalen, ik sta bij de pinautomaat",
    "hij is weggereden, ik zit nu bij de buurvrouw binnen",
    "de conducteur is gekomen en hij is uitgestapt denk ik",
    "we zitten nu bij de receptie, de man is weg",
    "i called the police, they're on their way",
    "he drove off. im inside the petrol station now",
    "security is here now, she is with us now",
])
def test_help_or_safety_said(text):
    assert says_help_came(text)


@pytest.mark.parametrize("text", [
    "ik zit opgesloten in de badkamer",  # hiding, nobody called: the alarm stays
    "hij staat nog steeds voor de deur",
    "ik heb gebeld maar hij slaat haar nog",
    "de politie komt eraan maar hij is terug",
    "they're coming but he is banging on the door",
    "he left the room and came back with a knife",
    "ik weet niet wat ik moet doen",
])
def test_no_help_said_or_new_harm(text):
    assert not says_help_came(text)
