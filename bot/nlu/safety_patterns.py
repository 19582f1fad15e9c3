"""Phrases that mean "danger now" (→ 112) or "thoughts of suicide" (→ 113).

Written in a small notation so that people who know the domain can read and extend them:
- words are separated by spaces and match the lower-cased word as written;
- "~word" matches on the lemma instead, so "~opsluiten" also matches "opgesloten";
- "a/b/c" means any of these words;
- a trailing "?" makes a word optional;
- "_" is at most one word of anything (e.g. "nu", "hier", "weer").
Surface forms are used on purpose for verbs of violence: "hij slaat me" is now, "hij sloeg
me" is the past and belongs to the normal triage. The lists favour recall: a false alarm
costs one extra line with 112 in it, a miss can cost far more.
"""

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
