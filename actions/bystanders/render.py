"""Turn coaching results (knowledge.bystander_coaching, knowledge.coaching.*) into chat text.
Only layout and the few words around the content; the content itself is in knowledge/coaching/."""
from __future__ import annotations

import re
from typing import Dict

from bot.reply_length import MAX_WORDS, word_count
from knowledge.bystander_coaching import AFTERWARDS, Coaching, Explanation
from knowledge.coaching.practice import PracticeFeedback, ShownScenario

WORDS: Dict[str, Dict[str, str]] = {
    "nl": {
        "now": "Wat je kunt doen{where}:",
        "afterwards": "Wat je nu nog kunt doen{where}:",
        "next_time": "Gebeurt het nog eens? Dan passen deze D's: {ds}.",
        "asked": "Je noemde {name}. Let op: {caveat}",
        "more": "Wil je weten waar je als getuige terecht kunt? Of wil je oefenen?",
        "more_again": "Je kunt ook kiezen: waar je als getuige terecht kunt, of oefenen.",
        "fitting": "Wat hier nog steeds past: {ds}. Kies een D voor uitleg.",
        "where_question": "Waar gebeurt of gebeurde het? Dan kan ik het beter uitleggen.",
        "how": "Zo doe je het:",
        "example": "Bijvoorbeeld:",
        "caveat": "Let op:",
        "scenario": "Oefening {number} van {total}: {title}",
        "choose": "Kies een D, of schrijf in je eigen woorden wat je zou doen.",
        "real_life": "In het echt geldt altijd: is iemand in gevaar? Bel 112.",
        "best": "Wat hier het beste past: {ds}.",
        "which_d": "Welke D bedoel je? Kies er een, of schrijf het anders op.",
        "no_scenario": "Wil je oefenen met een situatie? Kies dan \"Oefenen\".",
        "no_scenario_again": "Oefenen kan altijd: kies \"Oefenen\" als je dat wilt.",
        "in": " {where}",
    },
    "en": {
        "now": "What you can do{where}:",
        "afterwards": "What you can still do{where}:",
        "next_time": "If it happens again, these Ds fit: {ds}.",
        "asked": "You mentioned {name}. Take care: {caveat}",
        "more": "Do you want to know where you can go as a witness? Or do you want to practise?",
        "more_again": "You can also choose: where to go as a witness, or practise.",
        "fitting": "What still fits here: {ds}. Choose a D to learn more.",
        "where_question": "Where does or did it happen? Then I can explain it better.",
        "how": "How to do it:",
        "example": "For example:",
        "caveat": "Take care:",
        "scenario": "Exercise {number} of {total}: {title}",
        "choose": "Choose a D, or write in your own words what you would do.",
        "real_life": "In real life: is someone in danger? Call 112.",
        "best": "What fits best here: {ds}.",
        "which_d": "Which D do you mean? Choose one, or put it another way.",
        "no_scenario": "Would you like to practise with a situation? Choose \"Practise\".",
        "no_scenario_again": "You can practise any time: choose \"Practise\" if you like.",
        "in": " {where}",
    },
}


def words(language: str) -> Dict[str, str]:
    return WORDS["en" if language == "en" else "nl"]


def coaching_text(result: Coaching, language: str) -> str:
    """The Ds that fit, best first; within 120 words "next time" and then the last Ds give
    way. The notes (images, safety) and the caveat of a D the person named always stay."""
    w = words(language)
    where = w["in"].format(where=result.where) if result.where else ""
    heading = (w["afterwards"] if result.moment == AFTERWARDS else w["now"]).format(where=where)
    steps, next_time, notes = list(result.steps), list(result.next_time), list(result.notes)

    def text() -> str:
        lines = [heading] + [f"{number}. {step.name}: {step.text}" for number, step in enumerate(steps, start=1)]
        if next_time:
            lines.append(w["next_time"].format(ds=", ".join(next_time)))
        lines.extend(notes)
        if result.asked is not None:
            lines.append(w["asked"].format(name=result.asked.name, caveat=result.asked.caveat))
        return "\n".join(lines)

    while word_count(text()) > MAX_WORDS and (len(steps) > 1 or next_time):
        if next_time:
            next_time.clear()
        else:
            steps.pop()
    # Still too long: a note on images gives way when the caveat of the D the person named
    # says the same about images (a blind conversation got both, 130 words).
    while word_count(text()) > MAX_WORDS and result.asked is not None and _IMAGES.search(result.asked.caveat):
        repeated = [note for note in notes if _IMAGES.search(note)]
        if not repeated:
            break
        notes.remove(repeated[-1])
    # Still too long: the reassurance for afterwards ("Deed je toen niets? Dat is begrijpelijk.")
    # gives way last; the notes on images and the named D's caveat are safety and stay.
    while word_count(text()) > MAX_WORDS and result.reassurance in notes:
        notes.remove(result.reassurance)
    return text()


_IMAGES = re.compile(r"naakt|nude|beelden|images", re.IGNORECASE)


def fitting_ds_text(result: Coaching, language: str) -> str:
    """A short pointer to the Ds that fit, when the full coaching was given already."""
    return words(language)["fitting"].format(ds=", ".join(step.name for step in result.steps))


def explanation_text(explanation: Explanation, safety: str, language: str) -> str:
    """What the D is, its caveat and safety; the example only while it stays within 120 words."""
    w = words(language)
    lines = [f"{explanation.name}: {explanation.what}", f"{w['example']} {explanation.example}",
             f"{w['caveat']} {explanation.caveat}", safety]
    if word_count("\n".join(lines)) > MAX_WORDS:
        del lines[1]
    return "\n".join(lines)


def overview_text(intro: str, safety: str, explanations, language: str) -> str:
    """The five Ds in one line each (at most 120 words); each D in full behind its button."""
    lines = [intro.strip()]
    for number, e in enumerate(explanations, start=1):
        lines.append(f"{number}. {e.name}: {e.short}")
    lines.append(safety)
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
