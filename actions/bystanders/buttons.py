"""The quick replies of the bystander and naaste answers (B1 Dutch and English)."""
from __future__ import annotations

from typing import Dict, List

from actions.bystanders.common import button
from knowledge.coaching.content import D_METHODS

SHORT_D_NAMES = {
    "nl": {"afleiden": "Afleiden", "delegeren": "Delegeren", "documenteren": "Documenteren",
           "achteraf_steunen": "Achteraf steunen", "direct_aanspreken": "Direct aanspreken"},
    "en": {"afleiden": "Distract", "delegeren": "Delegate", "documenteren": "Document",
           "achteraf_steunen": "Delay", "direct_aanspreken": "Direct"},
}
SETTING_CHOICES = ("ov", "straat", "uitgaan", "werk", "school", "sport", "online")
SETTING_TITLES = {
    "nl": {"ov": "Tram, bus of trein", "straat": "Op straat", "uitgaan": "Uitgaan of feest",
           "werk": "Op het werk", "school": "Op school", "sport": "Bij de sport", "online": "Online"},
    "en": {"ov": "Tram, bus or train", "straat": "In the street", "uitgaan": "Night out or party",
           "werk": "At work", "school": "At school", "sport": "In sport", "online": "Online"},
}
TITLES = {
    "nl": {"afterwards": "Waar kan ik als getuige terecht?", "practise": "Oefenen",
           "explain": "Uitleg 5D-methode", "again": "Nog een oefening",
           "own_support": "Steun voor mezelf", "more_tips": "Meer tips", "child": "Het gaat om een kind",
           "recent": "Het gebeurde deze week", "images": "Het gaat om beelden online"},
    "en": {"afterwards": "Where can I go as a witness?", "practise": "Practise",
           "explain": "The 5D method", "again": "Another exercise",
           "own_support": "Support for me", "more_tips": "More tips", "child": "It is about a child",
           "recent": "It happened this week", "images": "It is about images online"},
}


def _t(language: str) -> Dict[str, str]:
    return TITLES["en" if language == "en" else "nl"]


def d_buttons(language: str) -> List[Dict[str, str]]:
    names = SHORT_D_NAMES["en" if language == "en" else "nl"]
    return [button(names[d], "choose_d", {"d_method": d}) for d in D_METHODS]


def explain_each_d(language: str) -> List[Dict[str, str]]:
    """One button per D: its full explanation."""
    names = SHORT_D_NAMES["en" if language == "en" else "nl"]
    return [button(names[d], "ask_5d", {"d_method": d}) for d in D_METHODS]


def setting_buttons(language: str) -> List[Dict[str, str]]:
    titles = SETTING_TITLES["en" if language == "en" else "nl"]
    return [button(titles[s], "bystander_witnessing", {"setting": s}) for s in SETTING_CHOICES]


def after_coaching(language: str) -> List[Dict[str, str]]:
    t = _t(language)
    return [button(t["afterwards"], "bystander_afterwards"), button(t["practise"], "practise"),
            button(t["explain"], "ask_5d")]


def after_explaining(language: str) -> List[Dict[str, str]]:
    t = _t(language)
    return [button(t["practise"], "practise"), button(t["afterwards"], "bystander_afterwards")]


def after_feedback(language: str) -> List[Dict[str, str]]:
    t = _t(language)
    return [button(t["again"], "practise"), button(t["explain"], "ask_5d")]


def after_afterwards(language: str) -> List[Dict[str, str]]:
    t = _t(language)
    return [button(t["practise"], "practise"), button(t["explain"], "ask_5d")]


def more_tips(language: str) -> Dict[str, str]:
    return button(_t(language)["more_tips"], "naaste_more_tips")


def naaste_refine(language: str, *, child: bool, recent: bool, images: bool) -> List[Dict[str, str]]:
    """Follow-up choices for a naaste; what is known already is not offered again."""
    t = _t(language)
    choices = [button(t["own_support"], "naaste_own_support")]
    if not child:
        choices.append(button(t["child"], "naaste_confided", {"about_child": "ja"}))
    if not recent:
        choices.append(button(t["recent"], "naaste_confided", {"time_bucket": "acuut"}))
    if not images:
        choices.append(button(t["images"], "naaste_confided", {"incident": "online_beelden"}))
    return choices
