"""Baseline for bench/crisis_check.py only: the phrase list of the old safety matcher
(bot/nlu/safety_patterns.py before issue 14), compiled with the same phrase notation, so
the new crisis check can be compared with it in the same run. Not used by the assistant."""
from bot.nlu.crisis.check import DANGER as DANGER_LEVEL
from bot.nlu.crisis.check import SUICIDE as SUICIDE_LEVEL
from bot.nlu.crisis.check import Verdict
from bot.nlu.phrase_rules import compile_phrase

_WHO = "hij/zij/ze/die/hem/m'n/mn/mijn/ex/man/vriend/vader/stiefvader/broer/oom/partner"

DANGER_NOW = [
    # someone is at the door, inside, coming
    f"{_WHO} _ staat/staan _ voor/bij/aan de/mijn/m'n/mn/onze deur",
    "hij/zij/ze/die staat/staan _ hier",
    "hij/zij/ze/die komt/komen _ eraan",
    "hij/zij/ze/die komt/komen _ terug",
    "hij/zij/ze/die is/zijn _ binnen",
    "hij/zij/ze/die is/zijn hier",
    "hij/zij/ze/die probeert/proberen _ binnen te komen",
    "hij/zij/ze/die breekt/trapt/bonkt/bonst _ op? de/mijn deur",
    # locked in, cannot get away
    "ik ben/zit/word _ ~opsluiten",
    "ik ben/zit _ opgesloten",
    "hij/zij/ze/die heeft/hebben me/mij _ opgesloten",
    "ik kan hier niet weg",
    "ik kan niet weg",
    "ik kan niet ontsnappen",
    "ik kom er niet uit",
    # weapons
    "hij/zij/ze/die heeft/hebben _ een mes/pistool/wapen/vuurwapen/geweer",
    "~bedreigen _ met een mes/pistool/wapen/vuurwapen/geweer",
    # violence going on
    "hij/zij/ze/die slaat/schopt/wurgt/duwt/bedreigt me/mij",
    "hij/zij/ze/die is/zijn me/mij aan het slaan/wurgen/schoppen",
    "hij/zij/ze/die gaat/wil me/mij _ vermoorden/doden/verkrachten/pakken",
    "ik word _ verkracht/aangevallen/gevolgd/achtervolgd",
    # "bedreigd" alone is also sextortion ("bedreigd met mijn naaktfoto's"): Helpwanted, not
    # 112; a threat with a weapon or "nu" stays danger.
    "ik word nu bedreigd",
    "hij/zij/ze/die verkracht/volgt/achtervolgt me/mij",
    "iemand volgt/achtervolgt me/mij",
    # said outright
    "ik ben _ in gevaar",
    "ik ben _ niet veilig",
    "ik voel me nu niet veilig",
    "help/hulp nu",
    "nu help/hulp",
    "help help",
    "sos",
    "bel _ de politie",
    # English
    "he/she/they/someone is/are _ at the/my door",
    "he/she/they/someone is/are _ outside my/the door/house",
    "i am _ locked in/up",
    "i'm/im _ locked in/up",
    "he/she/they locked me in/up",
    "he/she/they has/have _ a knife/gun/weapon",
    "he/she/they is/are _ hitting/hurting/choking/following me",
    "he/she/they is/are going to kill/rape/hurt me",
    "i am _ in danger",
    "i'm/im _ in danger",
    "i am not safe",
    "i'm/im not safe",
    "help me now",
    "help now",
]

SUICIDE = [
    "zelfmoord",
    "suïcide/suicide/zelfdoding/suicidaal/suïcidaal",
    "ik wil _ dood",
    "ik wil _ niet meer leven",
    "ik wil er _ een eind/einde aan maken",
    # inverted word order after an adverb: "soms wil ik er een einde aan maken"
    "wil ik er _ een eind/einde aan maken",
    "wil ik _ dood",
    "wil ik _ niet meer leven",
    "wil ik er _ niet meer zijn",
    "ik wil mezelf/mijzelf _ iets aandoen",
    "ik wil mezelf/mijzelf _ van het leven beroven",
    "ik wil mezelf/mijzelf _ doden/ombrengen",
    "ik zie het _ niet meer zitten",
    "ik wil _ niet meer wakker worden",
    "ik wil er _ niet meer zijn",
    "mijn leven beëindigen",
    # English
    "kill myself",
    "end my life",
    "want to die",
    "don't/dont want to live",
]


class OldMatcher:
    def __init__(self, nlp) -> None:
        from spacy.lookups import load_lookups
        from spacy.matcher import Matcher

        table = load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")
        lemma = lambda word: table.get(word.lower(), word.lower())  # noqa: E731
        self._nlp = nlp
        self._matcher = Matcher(nlp.vocab)
        self._matcher.add(DANGER_LEVEL, [compile_phrase(p, lemma) for p in DANGER_NOW])
        self._matcher.add(SUICIDE_LEVEL, [compile_phrase(p, lemma) for p in SUICIDE])

    def verdict(self, text: str) -> Verdict:
        doc = self._nlp(text.lower())
        labels = {doc.vocab.strings[match_id] for match_id, _, _ in self._matcher(doc)}
        level = DANGER_LEVEL if DANGER_LEVEL in labels else SUICIDE_LEVEL if SUICIDE_LEVEL in labels else None
        return Verdict(level, 0.0, 0.0, "")
