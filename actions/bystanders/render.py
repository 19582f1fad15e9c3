"""Turn coaching results (knowledge.bystander_coaching, knowledge.coaching.*) into chat text.
Only layout and the few words around the content; the content itself is in knowledge/coaching/."""
from __future__ import annotations

from typing import Dict

from knowledge.bystander_coaching import AFTERWARDS, Coaching, Explanation
from knowledge.coaching.practice import PracticeFeedback, ShownScenario

WORDS: Dict[str, Dict[str, str]] = {
    "nl": {
        "now": "Wat je kunt doen{where}:",
        "afterwards": "Wat je nu nog kunt doen{where}:",
        "next_time": "Gebeurt het nog eens? Dan passen deze D's: {ds}.",
        "asked": "Je noemde {name}. Let op: {caveat}",
        "more": "Wil je weten waar je als getuige terecht kunt? Of wil je oefenen?",
        "where_question": "Waar gebeurt of gebeurde het? Dan kan ik het beter uitleggen.",
        "overview_end": "Wil je meer weten over één D? Vraag bijvoorbeeld: \"Wat is afleiden?\"",
        "how": "Zo doe je het:",
        "example": "Bijvoorbeeld:",
        "caveat": "Let op:",
        "scenario": "Oefening {number} van {total}: {title}",
        "choose": "Kies een D, of schrijf in je eigen woorden wat je zou doen.",
        "real_life": "In het echt geldt altijd: is iemand in gevaar? Bel 112.",
        "best": "Wat hier het beste past: {ds}.",
        "which_d": "Welke D bedoel je? Kies er een, of schrijf het anders op.",
        "no_scenario": "Wil je oefenen met een situatie? Kies dan \"Oefenen\".",
        "in": " {where}",
    },
    "en": {
        "now": "What you can do{where}:",
        "afterwards": "What you can still do{where}:",
        "next_time": "If it happens again, these Ds fit: {ds}.",
        "asked": "You mentioned {name}. Take care: {caveat}",
        "more": "Do you want to know where you can go as a witness? Or do you want to practise?",
        "where_question": "Where does or did it happen? Then I can explain it better.",
        "overview_end": "Want to know more about one D? Ask for example: \"What is distract?\"",
        "how": "How to do it:",
        "example": "For example:",
        "caveat": "Take care:",
        "scenario": "Exercise {number} of {total}: {title}",
        "choose": "Choose a D, or write in your own words what you would do.",
        "real_life": "In real life: is someone in danger? Call 112.",
        "best": "What fits best here: {ds}.",
        "which_d": "Which D do you mean? Choose one, or put it another way.",
        "no_scenario": "Would you like to practise with a situation? Choose \"Practise\".",
        "in": " {where}",
    },
}


def words(language: str) -> Dict[str, str]:
    return WORDS["en" if language == "en" else "nl"]


def coaching_text(result: Coaching, language: str) -> str:
    w = words(language)
    where = w["in"].format(where=result.where) if result.where else ""
    heading = (w["afterwards"] if result.moment == AFTERWARDS else w["now"]).format(where=where)
    lines = [heading]
    for number, step in enumerate(result.steps, start=1):
        lines.append(f"{number}. {step.name}: {step.text}")
    if result.next_time:
        lines.append(w["next_time"].format(ds=", ".join(result.next_time)))
    lines.extend(result.notes)
    if result.asked is not None:
        lines.append(w["asked"].format(name=result.asked.name, caveat=result.asked.caveat))
    return "\n".join(lines)


def explanation_text(explanation: Explanation, safety: str, language: str) -> str:
    w = words(language)
    return "\n".join([
        f"{explanation.name}: {explanation.what}",
        f"{w['example']} {explanation.example}",
        f"{w['caveat']} {explanation.caveat}",
        safety,
    ])


def overview_text(intro: str, safety: str, explanations, language: str) -> str:
    w = words(language)
    lines = [intro]
    for number, e in enumerate(explanations, start=1):
        lines.append(f"{number}. {e.name}: {e.what} {w['caveat']} {e.caveat}")
    lines.append(safety)
    lines.append(w["overview_end"])
    return "\n".join(lines)


def scenario_text(shown: ShownScenario, language: str) -> str:
    w = words(language)
    return "\n".join([
        w["scenario"].format(number=shown.number, total=shown.total, title=shown.title),
        shown.text,
        w["choose"],
        w["real_life"],
    ])


def feedback_text(fb: PracticeFeedback, language: str) -> str:
    w = words(language)
    return "\n".join([
        f"{fb.name}: {fb.verdict}",
        fb.why,
        w["best"].format(ds=", ".join(fb.best)),
    ])
