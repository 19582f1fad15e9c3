"""Domain responses said again in one conversation come in other words (issue 17), on the
real domain, through Rasa's own NLG machinery."""
import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Restarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.paths import PROJECT_ROOT
from bot.rasa_server.no_repeat_nlg import NoRepeatNLG

DOMAIN = Domain.load(str(PROJECT_ROOT / "bot" / "domain"))


def said(*names, language="nl"):
    tracker = DialogueStateTracker("t", DOMAIN.slots)
    tracker.update(SlotSet("language", language))
    for name in names:
        tracker.update(Restarted() if name == "restart" else BotUttered("...", metadata={"utter_action": name}))
    return tracker


def text(name, tracker):
    return asyncio.run(NoRepeatNLG(domain=DOMAIN).generate(name, tracker, "rest"))["text"]


@pytest.mark.parametrize("name", ["utter_default", "utter_ask_time_bucket", "utter_danger_now",
                                  "utter_suicidal_thoughts", "utter_bystander_safety"])
def test_the_second_and_third_time_are_in_other_words(name):
    first = text(name, said())
    second = text(name, said(name))
    third = text(name, said(name, name))
    assert second != first
    if len([n for n in DOMAIN.responses if n.startswith(name + "_again")]) > 1:
        assert third not in (first, second)


def test_english_stays_english_the_second_time():
    assert text("utter_danger_now", said("utter_danger_now", language="en")).startswith("Call 112")


def test_a_restart_starts_again_with_the_first_words():
    assert text("utter_default", said("utter_default", "restart")) == text("utter_default", said())


def test_responses_set_after_start_up_are_used_as_rasas_agent_does():
    nlg = NoRepeatNLG(domain=Domain.empty())  # the agent creates it before the model is loaded
    nlg.responses = DOMAIN.responses  # and sets the model's responses later (rasa/core/agent.py)
    first = asyncio.run(nlg.generate("utter_default", said(), "rest"))["text"]
    second = asyncio.run(nlg.generate("utter_default", said("utter_default"), "rest"))["text"]
    assert first != second


def test_a_response_without_other_words_is_simply_itself():
    assert text("utter_greet", said("utter_greet")) == text("utter_greet", said())


def test_an_answer_without_other_words_points_back_instead_of_repeating():
    first = text("utter_answer_costs", said())
    second = text("utter_answer_costs", said("utter_answer_costs"))
    assert second != first and "hierboven" in second


def test_pointing_back_takes_other_words_each_time_and_stays_english():
    def said_before(n, language="nl"):
        tracker = said("utter_answer_costs", language=language)
        for _ in range(n):
            tracker.update(BotUttered("...", metadata={"utter_action": "utter_answer_costs",
                                                       "utter_said_before": True}))
        return tracker

    texts = [text("utter_answer_costs", said_before(n)) for n in range(3)]
    assert len(set(texts)) == 3
    assert "above" in text("utter_answer_costs", said_before(0, language="en"))


def test_an_answer_whose_other_words_are_used_up_points_back_instead_of_starting_over():
    name = "utter_tell_more"
    wordings = 1 + len([n for n in DOMAIN.responses if n.startswith(name + "_again")])
    texts = [text(name, said(*[name] * n)) for n in range(wordings + 1)]
    assert len(set(texts)) == len(texts)  # every time other words, also after the last wording
    assert "hierboven" in texts[-1]
