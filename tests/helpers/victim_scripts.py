"""Scripted victim conversations for tests/e2e/test_victim_conversations.py.

Each script: what a person types, turn by turn, and the organisations of which at least one
must be named within MAX_TURNS turns ("112"/"113" mean that number in the text). Written to
read like people write; the later turns answer the triage questions the bot is expected to
ask, so a script whose triage goes wrong fails.
"""
from __future__ import annotations

from typing import NamedTuple, Tuple

MAX_TURNS = 4
KERK = ("kerk-rkk", "kerk-reformatorisch", "kerk-sem", "kerk-smkr", "kerk-smpr")


class Script(NamedTuple):
    name: str
    turns: Tuple[str, ...]
    expected: Tuple[str, ...]


def script(name, turns, *expected):
    return Script(name, tuple(turns), tuple(expected))


SCRIPTS = [
    # --- physical, recent: the CSG first ---------------------------------------------------
    script("rape last night", ["ik ben gisteravond verkracht"], "csg"),
    script("drugged, does not know what happened",
           ["ik denk dat ik gedrogeerd ben vannacht, ik weet niet wat er gebeurd is"], "csg"),
    script("typos", ["ik ben verkragt gister"], "csg"),
    script("long message about a party",
           ["ik was zaterdag op een feest bij een vriend. ik had maar 2 biertjes op en toen werd "
            "alles zwart. ik werd wakker in een kamer die ik niet kende en mijn kleren lagen op de "
            "grond. ik weet niet wat er is gebeurd en ik schaam me kapot"], "csg"),
    script("aanranding at a party, age 15", ["ik ben 15 en ik ben aangerand op een feestje",
                                             "afgelopen zaterdag"], "csg", "kindertelefoon"),
    script("grabbed in the street this afternoon", ["iemand op straat greep me in mijn kruis",
                                                    "vanmiddag"], "csg"),
    script("touched on the train yesterday", ["in de trein zat een man aan me",
                                              "gisteren"], "csg"),
    script("buttons only", ["waar kan ik terecht", '/inform{"incident":"aanranding"}',
                            '/inform{"time_bucket":"acuut"}'], "csg"),
    script("asked for help, then drugged, then when", ["waar kan ik terecht",
                                                       "ik ben misschien gedrogeerd",
                                                       "vannacht"], "csg"),
    script("English: raped last night", ["i was raped last night"], "csg"),
    script("English: assault this weekend", ["someone sexually assaulted me",
                                             "2 days ago"], "csg"),
    # --- online: Helpwanted --------------------------------------------------------------------
    script("nudes shared", ["iemand heeft naaktfoto's van mij verspreid"], "helpwanted"),
    script("sextortion", ["hij chanteert me, hij wil geld anders zet hij mijn filmpje online"],
           "helpwanted"),
    script("deepfake at school", ["er gaat een deepfake naaktfoto van mij rond op school"],
           "helpwanted"),
    script("ex posted a video on snap", ["me ex heeft een filmpje van mij op snap gezet"],
           "helpwanted"),
    script("unsolicited dick pics", ["ik krijg steeds dickpics van iemand op insta",
                                     "weet ik niet", "weet ik niet"], "helpwanted"),
    script("14, class mate shares pictures",
           ["ik ben 14 en een jongen uit mijn klas stuurt foto's van mij in mijn ondergoed rond",
            "hij zet foto's van mij online"],
           "helpwanted", "kindertelefoon"),
    script("threatened with nudes unless paying",
           ["ik word bedreigd met mijn naaktfoto's als ik niet betaal"], "helpwanted"),
    script("English: nudes leaked", ["someone leaked my nudes online"], "helpwanted"),
    # --- settings: the sector's reporting point -------------------------------------------------
    script("trainer touches", ["mijn trainer zit steeds aan me", "al een paar maanden",
                               "bij de sportclub"], "centrum-veilige-sport"),
    script("boss remarks", ["mijn baas maakt steeds seksuele opmerkingen", "twee maanden geleden"],
           "werk-arbeidsinspectie"),
    script("teacher assaulted", ["ik ben aangerand door een docent", "twee jaar geleden"],
           "vertrouwensinspecteurs"),
    script("student hazing", ["bij de ontgroening van mijn studentenvereniging moest ik dingen "
                              "doen die ik niet wilde", "iemand deed iets seksueels tegen mijn wil",
                              "2 maanden geleden"], "vertrouwensinspecteurs"),
    script("priest, long ago", ["de pastoor heeft me betast toen ik misdienaar was",
                                "toen ik 12 was"], *KERK),
    script("director in theatre", ["een regisseur heeft me aangerand tijdens de repetities",
                                   "anderhalf jaar geleden"], "mores"),
    script("doctor", ["mijn huisarts raakte me aan op een manier die echt niet klopte",
                      "een paar weken geleden"], "landelijk-meldpunt-zorg"),
    script("colleague after drinks", ["een collega heeft me verkracht na de borrel, 2 weken geleden"],
           "werk-arbeidsinspectie", "csg"),
    script("English: school", ["I'm 15 and someone at school touched me", "two years ago"],
           "vertrouwensinspecteurs", "kindertelefoon"),
    # --- at home: Veilig Thuis --------------------------------------------------------------
    script("boyfriend forces", ["mijn vriend dwingt me steeds tot seks", "het gaat al maanden zo"],
           "veilig-thuis"),
    script("stepfather at night", ["mijn stiefvader komt 's nachts op mijn kamer",
                                   "dat zeg ik liever niet", "het gebeurt nog steeds"],
           "veilig-thuis"),
    script("uncle, 16", ["ik ben 16, mijn oom misbruikt me al jaren", "het gebeurt nog steeds"], "veilig-thuis",
           "kindertelefoon"),
    # --- wishes ----------------------------------------------------------------------------------
    script("wants to report", ["ik wil aangifte doen van aanranding", "3 weken geleden",
                               "op straat"], "politie"),
    script("anonymous report", ["ik wil anoniem melden wie mij heeft misbruikt", "lang geleden",
                               "zeg ik liever niet"],
           "meld-misdaad-anoniem"),
    script("wants to talk, 20", ["ik wil praten met iemand, ik ben 20 en werd twee jaar geleden aangerand",
                                 "dat zeg ik liever niet"],
           "sense", "csg", "slachtofferhulp"),
    # --- questions ------------------------------------------------------------------------------
    script("compensation", ["kan ik een schadevergoeding krijgen na een verkrachting"], "schadefonds"),
    script("melding vs aangifte", ["wat is het verschil tussen een melding en aangifte"], "politie"),
    script("costs", ["moet ik betalen voor die hulp?"], "csg"),
    script("what happens at the CSG", ["wat gebeurt er als ik het csg bel"], "csg"),
    script("showering before an exam", ["mag ik douchen voor het sporenonderzoek"], "csg"),
    script("mediation", ["ik wil met de dader praten via een bemiddelaar"],
           "perspectief-herstelbemiddeling"),
    script("street harassment law", ["is nafluiten op straat eigenlijk strafbaar"], "politie"),
    script("own feelings", ["ik heb seksuele gevoelens voor kinderen en wil daar hulp bij"],
           "stop-it-now"),
    # --- interruptions and changes -----------------------------------------------------------
    script("costs question in the triage", ["ik ben aangerand", "kost dat geld?"], "csg"),
    script("danger in the triage", ["ik ben aangerand", "hij staat nu voor de deur"], "112"),
    script("suicide in the triage", ["ik ben verkracht", "ik wil niet meer leven"], "113"),
    script("change the place", ["ik ben aangerand op mijn werk", "drie maanden geleden",
                                "het was eigenlijk bij de sportclub"], "centrum-veilige-sport"),
    script("more options", ["ik ben twee maanden geleden aangerand op mijn werk", "meer opties"],
           "slachtofferhulp", "politie"),
]
