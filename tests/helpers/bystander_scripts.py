"""Scripted conversations of bystanders and naasten: what is said, turn by turn, and what each
answer must (not) hold. Run by tests/e2e/test_bystander_conversations.py; replayed by
tests/e2e/test_rules_first_prediction.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence


@dataclass
class Turn:
    say: str
    contains: Sequence[str] = ()  # all must be in the text of the replies
    absent: Sequence[str] = ()  # none may be
    order: Sequence[str] = ()  # must appear in this order
    first_text: Sequence[str] = ()  # in the first reply
    cards_first: Optional[str] = None  # slug of the first organisation card
    cards_include: Sequence[str] = ()  # slugs that must be among the cards
    buttons: Sequence[str] = ()  # payloads that must be offered


@dataclass
class Conversation:
    name: str
    role: str  # omstander | naaste
    turns: List[Turn] = field(default_factory=list)


def c(name: str, *turns: Turn) -> Conversation:
    return Conversation(name, "omstander", list(turns))


def n(name: str, *turns: Turn) -> Conversation:
    return Conversation(name, "naaste", list(turns))


CONVERSATIONS = [
    # --- bystanders: the Ds that fit --------------------------------------------------------------
    c("tram: safety, then get help before distracting, with the conductor",
      Turn("ik zie in de tram hoe een man een meisje betast, wat moet ik doen",
           first_text=["112"], contains=["veilig", "conducteur"], order=["1. Delegeren", "2. Afleiden"],
           buttons=["/bystander_afterwards", "/practise"]),
      Turn("waar kan ik als getuige melden wat ik zag", first_text=["112"],
           cards_first="politie", cards_include=["slachtofferhulp"])),
    c("party: a drunk girl led away -> bouncer first",
      Turn("op dit feestje loopt een gast met een meisje dat niet meer op haar benen kan staan naar de uitgang",
           contains=["portier", "112"], order=["1. Delegeren", "2. Afleiden", "3. Achteraf steunen"])),
    c("coffee machine: a remark -> distract, check in, speak up briefly; no bouncer",
      Turn("een collega maakt bij de koffieautomaat steeds seksuele grappen over een nieuwe collega",
           order=["1. Afleiden", "2. Achteraf steunen", "3. Direct aanspreken"], absent=["portier"],
           contains=["Dat is niet grappig"])),
    c("class group app: never forward, tell the mentor, Meldpunt Kinderporno",
      Turn("in de groepsapp van mijn klas wordt een naaktfoto van een klasgenote rondgestuurd",
           contains=["mentor", "Stuur het niet door", "Meldpunt Kinderporno"], order=["1. Delegeren"])),
    c("street, yesterday: what you can still do, no blame, next time",
      Turn("gisteren zag ik op straat dat een vrouw werd betast en ik deed niks",
           contains=["bevriezen", "melding", "Gebeurt het nog eens?"], order=["1. Achteraf steunen", "2. Delegeren"])),
    c("sports club: Centrum Veilige Sport, as a witness too",
      Turn("bij de voetbalclub zit de trainer steeds aan een meisje van 12",
           contains=["Centrum Veilige Sport", "bestuur"]),
      Turn("bij wie kan ik dat als getuige melden", cards_first="centrum-veilige-sport")),
    c("theatre: Mores",
      Turn("ik werk bij een theater en zag dat de regisseur een actrice betastte",
           contains=["Mores"]),
      Turn("bij wie kan ik daar als omstander mee aankloppen", cards_first="mores")),
    c("neighbours: 112 now, Veilig Thuis also about someone else",
      Turn("ik hoor bij de buren elke nacht geschreeuw en ik denk dat hij haar dwingt tot seks",
           contains=["112", "Veilig Thuis", "0800-2000", "iemand anders"]),
      Turn("wie kan ik daarover bellen als getuige", cards_first="veilig-thuis")),
    c("English bystander on the train",
      Turn("some guy on the tram keeps grabbing a woman's bum, how can i help her",
           first_text=["Call 112"], contains=["conductor"], order=["1. Delegate", "2. Distract"])),
    c("a witness who wants to tell the police",
      Turn("ik heb gezien hoe iemand werd aangerand, mag ik dat als getuige aan de politie vertellen",
           first_text=["112"], cards_include=["politie", "slachtofferhulp"], contains=["nooit online"])),
    c("a 15-year-old witness of a nude video of a classmate",
      Turn("ik ben 15 en zag een naaktfilmpje van een klasgenoot in de groepsapp, waar meld ik dat",
           cards_first="meldpunt-kinderporno")),
    # --- the 5D method ------------------------------------------------------------------------------
    c("what is the 5D method",
      Turn("uitleg over de 5D aanpak graag",
           order=["1. Afleiden", "2. Delegeren", "3. Documenteren", "4. Achteraf steunen", "5. Direct aanspreken"],
           contains=["indirect", "riskant", "112"])),
    c("what does documenting mean: only when someone helps, never post",
      Turn("wat betekent documenteren eigenlijk",
           contains=["al helpt", "veilige afstand", "nooit online", "misdrijf"])),
    # --- practice --------------------------------------------------------------------------------------
    c("practise: buttons, feedback, next scenario, free text",
      Turn("zullen we oefenen", contains=["Oefening 1 van 10", "In de tram"],
           buttons=['/choose_d{"d_method":"delegeren"}', '/choose_d{"d_method":"afleiden"}']),
      Turn('/choose_d{"d_method":"delegeren"}', contains=["Dat past hier goed", "Wat hier het beste past"]),
      Turn("geef me er nog eentje", contains=["Oefening 2 van 10", "In de club"]),
      Turn("ik ga naar de uitsmijter bij de deur", contains=["Delegeren", "Dat past hier goed", "portier"])),
    c("practise at school: a screenshot of a nude photo is never fine",
      Turn("oefenen met school", contains=["groepsapp"]),
      Turn("ik maak een screenshot als bewijs", contains=["Let op", "misdrijf"])),
    c("practise and choose the risky D",
      Turn("ik wil een situatie oefenen", contains=["Oefening"]),
      Turn('/choose_d{"d_method":"direct_aanspreken"}', contains=["riskant", "Wat hier het beste past"])),
    c("practise in English",
      Turn("i'd like to practise a scenario", contains=["Exercise 1 of 10"]),
      Turn("i would confront him and say he has to stop", contains=["Direct", "What fits best here"])),
    # --- naasten -----------------------------------------------------------------------------------------
    n("a friend raped yesterday: how to respond, CSG within 7 days",
      Turn("mijn vriendin vertelde dat ze gisteren is verkracht, hoe kan ik haar steunen",
           contains=["Ik geloof je", "Wat heb je nodig?", "minder moeten drinken", "0800-0188", "113"],
           cards_first="csg", buttons=["/naaste_own_support"])),
    n("a child told a parent: stay calm, no interrogation, zedenpolitie anonymously, Veilig Thuis",
      Turn("ons zoontje van 7 vertelde vanavond dat de buurjongen hem in zijn onderbroek heeft aangeraakt",
           contains=["Blijf rustig", "verhoor", "0900-8844", "anoniem", "Veilig Thuis"],
           cards_include=["veilig-thuis", "politie"])),
    n("images of a daughter online: Meldpunt Kinderporno and Helpwanted",
      Turn("er staan naaktfoto's van mijn dochter van 14 op internet",
           contains=["Helpwanted", "Meldpunt Kinderporno"], cards_first="meldpunt-kinderporno",
           cards_include=["helpwanted"])),
    n("a mother needs support herself",
      Turn("ik ben de moeder en ik heb zelf ook steun nodig, ik kan het niet aan",
           contains=["Voor de helpers", "huisarts", "0800-0188"], cards_first="slachtofferhulp")),
    n("a naaste refines with a button and is not told how to respond twice",
      Turn("mijn zus vertelde me dat ze is aangerand, wat moet ik nu", contains=["Wat heb je nodig?"]),
      Turn('/naaste_confided{"about_child":"ja"}', contains=["verhoor", "0900-8844"], absent=["in vertrouwen nam"])),
    n("naaste in English",
      Turn("my sister told me she was raped last week, how can i help her",
           contains=["What do you need?", "What better not to say", "0800-0188"], cards_first="csg")),
    # --- safety interrupts ----------------------------------------------------------------------------------
    c("a bystander, then danger now",
      Turn("ik zie in de trein iemand die een meisje lastigvalt", contains=["112"]),
      Turn("hij heeft een mes", first_text=["112"])),
    n("a naaste worried about suicide gets 113",
      Turn("mijn vriendin is verkracht en nu zegt ze dat ze zelfmoord wil plegen", contains=["113", "0800-0113"])),
]
