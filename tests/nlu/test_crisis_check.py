"""The crisis check (bot/nlu/crisis): the real rules and the really trained safety classifier.

The gate on the blind set A (tests/safety_heldout/) is the promise of issue 14: danger now
gets 112 and thoughts of suicide get 113, however they are written, and calm messages do
not. Set A was frozen before tuning, then tuned on, so it is a regression test now; the
number to report is on set B (tests/safety_fresh/, bench/crisis_check.py), never tuned on."""
from pathlib import Path

import pytest

from bot.nlu.crisis.check import ASK_DANGER, ASK_SUICIDE, DANGER, SUICIDE, CrisisCheck
from bot.nlu.crisis.scoring import load_cases, score
from bot.nlu.crisis.words import tokens

TESTS = Path(__file__).resolve().parents[1]
SET_A = TESTS / "safety_heldout" / "set_a.yaml"


@pytest.fixture(scope="module")
def check():
    return CrisisCheck()


def test_blind_set_a_meets_the_gate(check):
    cases = load_cases(SET_A)
    assert len(cases) >= 400
    result = score(cases, check.verdict)
    misses = "\n".join(f"{m['expect']} -> {m['got']}: {m['text']}" for m in result.misses)
    assert result.danger_recall >= 0.97, result.summary() + "\n" + misses
    assert result.suicide_recall >= 0.97, result.summary() + "\n" + misses
    assert result.false_alarm_rate <= 0.03, result.summary() + "\n" + misses


# Our own earlier examples, kept as a regression test (written by the team, so not blind).
DANGER_EXAMPLES = [
    "hij staat voor de deur", "Hij staat nu voor mijn deur!!", "ik ben opgesloten",
    "hij heeft me opgesloten in de kamer", "hij heeft nu een pistool", "HELP NU", "hij slaat me",
    "ik ben in gevaar", "ik kan niet weg", "hij probeert binnen te komen", "he is at the door",
    "i'm locked in", "help me now",
]
SUICIDE_EXAMPLES = [
    "ik wil dood", "ik wil niet meer leven", "ik zie het niet meer zitten", "ik denk aan zelfmoord",
    "soms wil ik er gewoon een einde aan maken", "i want to kill myself",
]
CALM_EXAMPLES = [
    "ik word bedreigd met mijn naaktfoto's als ik niet betaal", "hij stond vorig jaar voor de deur",
    "hij sloeg me vroeger", "ik ben vorige week verkracht", "waar kan ik terecht", "ik heb hulp nodig",
    "ja ik ben nu veilig", "ik ben niet in direct gevaar, ik wil alleen informatie", "",
    "wanneer moet je 112 bellen?", "ik schrok me dood toen ik het bericht zag",
]


@pytest.mark.parametrize("text", DANGER_EXAMPLES)
def test_danger_now(check, text):
    assert check.verdict(text).level == DANGER


@pytest.mark.parametrize("text", SUICIDE_EXAMPLES)
def test_suicide(check, text):
    assert check.verdict(text).level == SUICIDE


@pytest.mark.parametrize("text", CALM_EXAMPLES)
def test_calm_is_no_alarm(check, text):
    assert not check.verdict(text).alarm


def test_danger_wins_over_suicide(check):
    assert check.verdict("hij heeft een mes en ik wil dood").level == DANGER


def test_suicide_said_with_an_incident_still_counts(check):
    assert check.verdict("hij heeft mijn naaktfoto's rondgestuurd en ik wil dood").level == SUICIDE


def test_typos_and_repeated_letters_are_read(check):
    assert tokens("Hij is HIERRRR!!") == ["hij", "is", "hierr"]
    assert check.verdict("ik ben opgesloote in de badkamer").level == DANGER


def test_the_middle_gets_a_question(check):
    assert check.verdict("ik durf vanavond niet naar huis").level in (ASK_DANGER, DANGER)
    assert check.verdict("ik kan echt niet meer, alles is zwart").level in (ASK_SUICIDE, SUICIDE)
