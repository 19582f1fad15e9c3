"""The crisis check (bot/nlu/crisis): the real rules and the really trained safety classifier.

The gate on the blind set A (tests/safety_heldout/) is the promise of issue 14: danger now
gets 112 and thoughts of suicide get 113, however they are written, and calm messages do
not. Set A was frozen before tuning, then tuned on, so it is a regression test now; the
number to report is on set B (tests/safety_fresh/, bench/crisis_check.py), never tuned on."""

import pytest

from bot.nlu.crisis import rules
from bot.nlu.crisis.check import ASK_DANGER, ASK_SUICIDE, DANGER, SUICIDE, CrisisCheck, decide
from bot.nlu.crisis.rules import RuleFindings
from bot.nlu.crisis.scoring import load_cases, score
from bot.nlu.crisis.words import tokens, tokens_and_clauses
from bot.paths import PROJECT_ROOT

TESTS = PROJECT_ROOT / "tests"
SET_A = TESTS / "safety_heldout" / "set_a.yaml"
# Written blind with set A, measured once untouched, then tuned on: a regression set too.
# The number to report is on set C (tests/safety_fresh/set_c.yaml, bench/crisis_check.py).
SET_B = TESTS / "safety_fresh" / "set_b.yaml"


@pytest.fixture(scope="module")
def check():
    return CrisisCheck()


@pytest.mark.parametrize("path, size", [(SET_A, 400), (SET_B, 150)], ids=["set A", "set B"])
def test_safety_set_meets_the_gate(check, path, size):
    cases = load_cases(path)
    assert len(cases) >= size
    result = score(cases, check.verdict)
    misses = "\n".join(f"{m['expect']} -> {m['got']}: {m['text']}" for m in result.misses)
    assert result.danger_recall >= 0.97, result.summary() + "\n" + misses
    assert result.suicide_recall >= 0.97, result.summary() + "\n" + misses
    assert result.false_alarm_rate <= 0.03, result.summary() + "\n" + misses


# Our own earlier examples, kept as a regression test (written by the team, so not blind).
# "vorig jaar", "vorige week", "gisteren" below are words to the crisis check, not dates: it
# reads no clock (bot/nlu/crisis has no date code), so these pass on any day.
DANGER_EXAMPLES = [
    "hij staat voor de deur", "Hij staat nu voor mijn deur!!", "ik ben opgesloten",
    "hij heeft me opgesloten in de kamer", "hij heeft nu een pistool", "HELP NU", "hij slaat me",
    "ik ben in gevaar", "ik kan niet weg", "hij probeert binnen te komen", "he is at the door",
    "i'm locked in", "help me now",
    # someone away or help on its way does not calm a danger that is here now
    "mama is nu niet thuis en hij probeert binnen te komen",
    "de politie komt eraan maar hij staat nog voor de deur met een mes",
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
    # help came or is on its way after the danger (set S)
    "de politie is geweest en ze hebben hem meegenomen", "ok i called 112, police are on their way",
    # what is at stake, the offender elsewhere now, a breath held at a thought (sets N, Q)
    "mijn stage komt in gevaar als ik hier iets over zeg", "hij is nu aan het werk dus ik kan even typen",
    "ik krijg geen lucht als ik eraan denk wat hij deed",
]


# What people answer in the triage and in practice, every day: never an alarm.
EVERYDAY_ANSWERS = [
    "zeg ik liever niet", "dat zeg ik liever niet", "weet ik niet", "meer opties", "ja", "nee", "doei", "hoi",
    "dankjewel", "op mijn werk", "gisteren", "bij de sportclub", "thuis", "op school", "op straat", "in de trein",
    "ik wil het anoniem", "wat kost dat", "kan ik anoniem blijven", "ik ga naar de uitsmijter", "afleiden",
    "ik spreek hem aan", "ik haal de conducteur erbij", "verwijder mijn gesprek", "hi", "bye", "thanks",
]


@pytest.mark.parametrize("text", EVERYDAY_ANSWERS)
def test_everyday_answers_are_no_alarm(check, text):
    assert not check.verdict(text).alarm


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


def test_a_wish_to_die_named_by_a_strong_rule_wins_over_danger_on_the_classifier_alone(check):
    # The classifier reads the high place as danger; in a calm conversation that alone is only
    # the question "Ben je nu in gevaar?", which carries no 113.
    both_on_the_classifier = {"danger": 0.68, "suicide": 0.15}
    assert decide(RuleFindings(suicide=True), both_on_the_classifier).level == SUICIDE
    assert decide(RuleFindings(weak_suicide=True), both_on_the_classifier).level == DANGER
    assert decide(RuleFindings(suicide=True, weak_danger=True), both_on_the_classifier).level == DANGER
    text = ("the rent is due, my boss yells, and on the 10th floor balcony i wonder how easy it would be "
            "to just end the whole thing")
    verdict = check.verdict(text)
    assert verdict.level == SUICIDE and not verdict.classifier_only
    assert check.verdict("hij dreigt me van het balkon te duwen, hij staat nu naast me").level == DANGER


def test_an_attack_denied_right_after_its_verb_is_no_attack_cue():
    words, clauses = tokens_and_clauses("Mijn partner slaat mij nooit, maar hij wil altijd seks, telt dat ook?")
    assert "ATTACK_NOW" not in rules.apply(words, clauses).groups
    for text in ("ik kan niet weg, hij slaat me", "he hits me and won't stop"):  # a denial before, or none
        assert "ATTACK_NOW" in rules.apply(*tokens_and_clauses(text)).groups


def test_typos_and_repeated_letters_are_read(check):
    assert tokens("Hij is HIERRRR!!") == ["hij", "is", "hierr"]
    assert check.verdict("ik ben opgesloote in de badkamer").level == DANGER


def test_the_middle_gets_a_question(check):
    assert check.verdict("ik durf vanavond niet naar huis").level in (ASK_DANGER, DANGER)
    assert check.verdict("ik kan echt niet meer, alles is zwart").level in (ASK_SUICIDE, SUICIDE)


@pytest.mark.parametrize("text", [
    # a loose cue stays in its clause: no "verkracht ... me" across the comma
    "mijn zus is verkracht, ik kan me op niks meer richten",
    # how to react when it happens is a question, not an alarm
    "hoe reageer je als een collega op een borrel wordt betast",
    "how should i react if i see someone being groped on the tram",
    # it keeps happening, nothing says now
    "elke ochtend bij de bushalte roept dezelfde jongen dingen naar me",
])
def test_calm_stories_and_questions_are_no_alarm(check, text):
    assert check.verdict(text).level not in (DANGER, SUICIDE)


def test_a_loose_cue_inside_its_clause_still_alarms(check):
    assert check.verdict("help er wordt nu iemand geslagen voor mijn huis").level == DANGER


@pytest.mark.parametrize("text", [
    # whether going somewhere or reporting is still worth it, not whether life is (6 December)
    "ik heb alles al gewassen. heeft het dan nog zin om ergens naartoe te gaan",
    "heeft het eigenlijk nog zin om het bij de sportclub te melden",
    # the offender has died: "dood" of him is no wish to die
    "de buurman die het deed is al jaren dood, toch denk ik er elke dag aan",
    "sinds mijn opa dood is durf ik er eindelijk over te praten",  # in a subordinate clause (7 December)
    # "zich dood schamen / schrikken" with a word between, or of someone else (7 December)
    "ik schrok me helemaal dood toen de deur van de kleedkamer openging",
    "mijn dochter schaamt zich dood en wil niet dat haar vader het weet",
    "nu schaamt ze zich dood voor de hele klas",
])
def test_a_question_whether_help_is_still_worth_it_or_a_dead_offender_is_no_alarm(check, text):
    assert check.verdict(text).level not in (DANGER, SUICIDE)


@pytest.mark.parametrize("text", [
    "heeft het dan nog zin om te leven",
    "wat heeft het nog voor zin, ik wil niet meer",
    "ik ben al dood vanbinnen en wil niet meer",
    # a figure of speech beside a wish to die does not undo it
    "ik schaam me zo dood dat ik er niet meer wil zijn",
    "nu hij dood is wil ik ook niet meer leven",
])
def test_whether_life_is_worth_it_still_alarms(check, text):
    assert check.verdict(text).level == SUICIDE


@pytest.mark.parametrize("text, now", [
    ("ik werk daar nu 3 maanden en mijn baas pakt me steeds vast", False),  # how long it lasted
    ("we zijn nu al een paar jaar samen", False),
    ("i've been working there for two years now", False),
    ("ik zit hier nu 2 uur opgesloten", True),  # hours: still now
    ("hij staat nu voor de deur", True),
])
def test_a_now_that_measures_how_long_something_lasted_is_no_now(text, now):
    from bot.nlu.crisis import rules
    from bot.nlu.crisis.words import tokens_and_clauses
    words, clauses = tokens_and_clauses(text)
    assert ("NOW" in rules.apply(words, clauses).groups) is now


def test_counted_times_are_no_last_time():
    from bot.nlu.crisis import rules
    from bot.nlu.crisis.words import tokens_and_clauses

    counted = rules.apply(*tokens_and_clauses("de laatste 3 keer legt hij zijn hand op mijn borst"))
    farewell = rules.apply(*tokens_and_clauses("dit is de laatste keer dat je iets van me hoort"))
    assert "SUICIDE_WEAK" not in counted.groups and "SUICIDE_WEAK" in farewell.groups
