"""The English of every reason the ranking gives (knowledge/ranking.py writes them in Dutch).

One catalogue, like a gettext one: a fixed Dutch sentence and its English (FIXED), and for
the sentences with a name, a place or a time in them the template and its English
(TEMPLATES), filled by `say`. A reason without an English line gives "" (the card then shows no
reason rather than a Dutch one); tests/knowledge/test_reasons_en.py checks that every reason
the policy gives over a grid of situations has one.
"""
from __future__ import annotations

WHERE = {
    "in de sport": "in sport",
    "in de cultuur of de media": "in culture or the media",
    "in een kerk": "in a church",
    "op school of in je opleiding": "at school or in your studies",
    "in het studentenleven": "in student life",
    "in de zorg": "in care",
    "op je werk": "at work",
    "op straat of tijdens het uitgaan": "in the street or on a night out",
}

FIXED = {
    "Iemand dreigt met seksuele beelden. Helpwanted helpt daarbij. Geef niet toe aan de eisen en stop het contact.":
        "Someone threatens you with sexual images. Helpwanted helps with that. Do not give in to the demands "
        "and stop the contact.",
    "Het gaat om beelden op internet. Helpwanted kan helpen om ze te laten verwijderen.":
        "It is about images on the internet. Helpwanted can help get them removed.",
    "Het gebeurde online. Helpwanted helpt bij online misbruik.":
        "It happened online. Helpwanted helps with online abuse.",
    "Het gebeurde thuis of in een relatie. Veilig Thuis geeft advies en zoekt samen met jou naar hulp. "
    "Je mag anoniem bellen.":
        "It happened at home or in a relationship. Veilig Thuis gives advice and looks for help together "
        "with you. You may call anonymously.",
    "Je maakt je zorgen over je eigen gedrag. Stop it Now! helpt mensen die zich zorgen maken over hun "
    "seksuele gevoelens of gedrag.":
        "You are worried about your own behaviour. Stop it Now! helps people who worry about their sexual "
        "feelings or behaviour.",
    "Je wilt niet naar de politie. Dat hoeft ook niet. Het CSG helpt je ook zonder politie.":
        "You do not want to go to the police. You do not have to. The CSG also helps you without the police.",
    "Je wilt aangifte doen. Bij de politie kun je eerst een informatief gesprek hebben. Je hoeft dan nog "
    "niets te beslissen.":
        "You want to report to the police. You can first have an informative conversation there. You do not "
        "have to decide anything then.",
    "Je wilt anoniem melden. Bij Meld Misdaad Anoniem hoef je je naam niet te geven. Aangifte doen kan "
    "daar niet.":
        "You want to report anonymously. At Meld Misdaad Anoniem you do not give your name. You cannot make "
        "a formal police report there.",
    "Je wilt het melden. Bij de politie kun je een melding doen. Dat is nog geen aangifte.":
        "You want to report it. You can make a notification (melding) with the police. That is not yet a "
        "formal report.",
    "Je wilt medische hulp. Het CSG helpt met onderzoek en medische zorg na seksueel geweld.":
        "You want medical help. The CSG helps with examination and medical care after sexual violence.",
    "Je bent jonger dan 18. Bij De Kindertelefoon kun je gratis en vertrouwelijk praten over wat er is "
    "gebeurd.":
        "You are under 18. At De Kindertelefoon you can talk for free and in confidence about what happened.",
    "Het Centrum Seksueel Geweld helpt na een ongewenste seksuele ervaring. Ook als het langer geleden is.":
        "The Centrum Seksueel Geweld helps after an unwanted sexual experience. Also when it was longer ago.",
    "Veilig Thuis geeft advies bij geweld of misbruik. Je kunt ook bellen als het om iemand anders gaat.":
        "Veilig Thuis gives advice about violence or abuse. You can also call about someone else.",
    "Slachtofferhulp helpt je met je verhaal en met praktische en juridische vragen.":
        "Slachtofferhulp helps you with your story and with practical and legal questions.",
    "Het gaat om seksuele beelden van iemand onder de 18. Zoek ze niet op, bewaar ze niet en stuur ze niet "
    "door: dat is strafbaar. Staan ze op een openbare website? Meld de link hier, anoniem.":
        "These are sexual images of someone under 18. Do not look for them, keep them or forward them: that "
        "is a crime. Are they on a public website? Report the link here, anonymously.",
    "Je zag het gebeuren. Je kunt als getuige een melding doen bij de politie, liefst samen met de persoon. "
    "Is er nu gevaar? Bel 112.":
        "You saw it happen. As a witness you can report it to the police, preferably together with the "
        "person. Danger now? Call 112.",
    "Ken je de persoon? Vertel dan over het CSG. Het CSG helpt het liefst binnen 7 dagen, maar ook later. "
    "Bellen kan dag en nacht. De persoon beslist zelf.":
        "Do you know the person? Then tell them about the CSG. The CSG helps preferably within 7 days, but "
        "also later. You can call day and night. The person decides.",
    "Ook als je het alleen zag gebeuren, kun je daar terecht voor advies of een melding.":
        "Even if you only saw it happen, you can go there for advice or to report it.",
    "Je kunt ook praten met de vertrouwenspersoon van je werk of school.":
        "You can also talk to the confidential adviser (vertrouwenspersoon) at your work or school.",
    "Gaat het om een kind? Je kunt de zedenpolitie om advies vragen, ook anoniem. Je hoeft dan nog geen "
    "aangifte te doen.":
        "Is it about a child? You can ask the sex crimes police (zedenpolitie) for advice, also anonymously. "
        "You do not have to make a formal report.",
    "Je zag het gebeuren. Je kunt als getuige een melding doen bij de politie, liefst samen met de persoon.":
        "You saw it happen. As a witness you can report it to the police, preferably together with the person.",
    "Seksuele intimidatie op straat is sinds 1 juli 2024 strafbaar. Je kunt als getuige een melding doen "
    "bij de politie.":
        "Sexual harassment in the street has been a crime since 1 July 2024. As a witness you can report it "
        "to the police.",
    "Wat je zag, kan je bezighouden. Slachtofferhulp helpt ook getuigen.":
        "What you saw can stay with you. Slachtofferhulp helps witnesses too.",
}

# Sentences with a name, a place or a time in them: the template in Dutch -> in English.
# `say` fills both, so the English is made from the template, never read back from Dutch.
TEMPLATES = {
    "{when} Het CSG kan dan nog sporen laten onderzoeken, als jij dat wilt. Medische zorg, zoals tegen "
    "zwangerschap of hiv, werkt het best binnen 72 uur.":
        "{when} The CSG can still have traces examined, if you want. Medical care, such as preventing "
        "pregnancy or HIV, works best within 72 hours.",
    "Het gebeurde {where}. Daarvoor is er een eigen meldpunt: {name}.":
        "It happened {where}. There is a reporting point of its own for that: {name}.",
    "Het gebeurde {where}. {name} is het meldpunt voor jouw kerk.":
        "It happened {where}. {name} is the reporting point for your church.",
    "Het gebeurde {where}. Kerken hebben eigen meldpunten, vijf in totaal. Op Veilige Kerk vind je welk "
    "meldpunt bij jouw kerk hoort.":
        "It happened {where}. Churches have their own reporting points, five in all. Veilige Kerk shows "
        "which one is for your church.",
    "Je wilt iemand helpen die dichtbij je staat. {name} geeft ook advies aan familie en vrienden.":
        "You want to help someone close to you. {name} also advises family and friends.",
    "Je wilt erover praten. Bij {name} kan dat.": "You want to talk about it. You can do that at {name}.",
    "Je hebt vragen over je rechten. {name} helpt met juridische vragen.":
        "You have questions about your rights. {name} helps with legal questions.",
    "Je wilt weten of je geld kunt krijgen voor de schade. Daarvoor kun je bij {name} terecht.":
        "You want to know if you can get money for the harm. {name} is the place for that.",
    "Je wilt misschien praten met degene die het deed. {name} kan dat begeleiden.":
        "You may want to talk with the person who did it. {name} can guide that.",
    "Je maakt je zorgen om {what}. Je kunt Veilig Thuis bellen, ook als het om iemand anders gaat. Zij "
    "denken met je mee. Dat kan anoniem.":
        "You are worried about {what}. You can call Veilig Thuis, also about someone else. They think "
        "along with you. You can stay anonymous.",
    "De chat van {closed} is nu dicht. {line} is dag en nacht bereikbaar.":
        "The chat of {closed} is closed now. {line} can be reached day and night.",
}
# Values that go into a template and read differently in English (names stay as they are).
VALUES = {
    **WHERE,
    "Het is 7 dagen geleden.": "It was 7 days ago.",
    "Het is minder dan 7 dagen geleden.": "It was less than 7 days ago.",
    "een kind": "a child", "iemand thuis": "someone at home",
}


class Reason(str):
    """A reason in Dutch that carries its English along (`en`, "" when there is none)."""

    en: str = ""


def say(template: str, **values: str) -> Reason:
    """Fill a template of TEMPLATES in Dutch and in English."""
    reason = Reason(template.format(**values))
    english_template = TEMPLATES.get(template)
    if english_template:
        reason.en = english_template.format(**{k: VALUES.get(v, v) for k, v in values.items()})
    return reason


def english(reason: str) -> str:
    """The English of one reason, or "" when the catalogue has none."""
    return getattr(reason, "en", "") or FIXED.get(reason, "")
