"""The crisis answers as written in the domain: the number first, short (at most 60 words
together with what action_after_crisis may add), in Dutch and English; the fallback and the
out-of-scope answers carry 113 next to 112."""

import pytest
import yaml

from actions.after_crisis import OFFER
from bot.paths import PROJECT_ROOT
from bot.reply_length import MAX_WORDS_CRISIS, word_count

DOMAIN = PROJECT_ROOT / "bot" / "domain" / "responses.yml"
RESPONSES = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["responses"]
# The first answer and the one a second time in the same conversation (no_repeat_nlg).
# Every wording in the domain, so a wording added later is checked too.
CRISIS = {name: "112" if name.startswith("utter_danger_now") else "113" for name in RESPONSES
          if name.startswith(("utter_danger_now", "utter_suicidal_thoughts"))}




def variations(name):
    return [(v.get("condition", [{}])[0].get("value", "nl"), v["text"]) for v in RESPONSES[name]]


@pytest.mark.parametrize("name, number", CRISIS.items())
def test_crisis_answers_put_the_number_first_and_stay_short(name, number):
    for language, text in variations(name):
        first_line = text.splitlines()[0]
        assert number in first_line, (name, language)
        offer = OFFER[language][0] if name.startswith("utter_suicidal_thoughts") else ""
        assert word_count(text + " " + offer) <= MAX_WORDS_CRISIS, (name, language, word_count(text + " " + offer))


def test_every_crisis_answer_has_wordings_for_a_long_crisis():
    # A danger turn and three more alarmed turns after it (set W, a taxi) got the second wording
    # again: at least five wordings for danger and four for suicide before any comes back.
    assert sum(name.startswith("utter_danger_now") for name in CRISIS) >= 5
    assert sum(name.startswith("utter_suicidal_thoughts") for name in CRISIS) >= 4


@pytest.mark.parametrize("name", [name for name in CRISIS if name.startswith("utter_danger_now")])
def test_the_danger_answer_carries_the_suicide_line_too(name):
    for _, text in variations(name):
        assert "113" in text and "0800-0113" in text


@pytest.mark.parametrize("name", ["utter_default", "utter_default_again", "utter_default_again2",
                                  "utter_default_again3", "utter_default_again4",
                                  "utter_out_of_scope", "utter_out_of_scope_again", "utter_out_of_scope_again2"])
def test_not_understood_always_carries_112_and_113(name):
    for _, text in variations(name):
        assert "112" in text and "113" in text and "0800-0113" in text


@pytest.mark.parametrize("name, yes", [("utter_ask_danger", "/danger_now"), ("utter_ask_suicide", "/suicidal_thoughts"),
                                       ("utter_ask_danger_again", "/danger_now"),
                                       ("utter_ask_suicide_again", "/suicidal_thoughts")])
def test_the_safety_questions_offer_yes_and_no(name, yes):
    for variation in RESPONSES[name]:
        payloads = [b["payload"] for b in variation["buttons"]]
        assert payloads == [yes, "/safe_now"]
        assert ("112" if "danger" in name else "113") in variation["text"]
