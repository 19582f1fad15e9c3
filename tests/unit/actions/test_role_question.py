"""The role question's actions: ask once; an answer or a known role retells the message as
that role's intent, with the slots it filled."""
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.role_question import ActionRoleChosen, ActionRoleUnclear

UNCLEAR_PARSE = {"text": "zij is aangerand op een feest", "intent": {"name": "role_unclear", "confidence": 1.0},
                 "entities": [{"entity": "incident", "value": "aanranding"},
                              {"entity": "role_candidate", "value": "slachtoffer=inform"},
                              {"entity": "role_candidate", "value": "naaste=naaste_confided"}]}


def make_tracker(events, latest, slots=None):
    return Tracker("gesprek", slots or {}, latest, events, False, None, {}, "action_listen")


async def test_unknown_role_asks_the_question():
    dispatcher = CollectingDispatcher()
    events = await ActionRoleUnclear().run(dispatcher, make_tracker([], UNCLEAR_PARSE), {})
    assert events == []
    assert dispatcher.messages[0]["response"] == "utter_ask_role"


async def test_known_role_retells_the_message_as_that_role_and_keeps_its_slots():
    history = [{"event": "user", "text": UNCLEAR_PARSE["text"], "parse_data": UNCLEAR_PARSE},
               {"event": "slot", "name": "incident", "value": "aanranding"}]
    dispatcher = CollectingDispatcher()
    events = await ActionRoleUnclear().run(dispatcher, make_tracker(history, UNCLEAR_PARSE, {"role": "naaste"}), {})
    assert dispatcher.messages == []
    assert events[0]["event"] == "rewind"
    assert events[1]["event"] == "action" and events[1]["name"] == "action_listen"
    assert events[2]["event"] == "user" and events[2]["parse_data"]["intent"]["name"] == "naaste_confided"
    assert all(e["entity"] != "role_candidate" for e in events[2]["parse_data"]["entities"])
    assert {"event": "slot", "name": "incident", "value": "aanranding", "timestamp": None} in events


async def test_the_answer_retells_the_earlier_message_as_the_chosen_role():
    answer = {"text": '/role_chosen{"role_choice":"slachtoffer"}', "intent": {"name": "role_chosen", "confidence": 1.0},
              "entities": [{"entity": "role_choice", "value": "slachtoffer"}]}
    history = [{"event": "user", "text": UNCLEAR_PARSE["text"], "parse_data": UNCLEAR_PARSE},
               {"event": "bot", "text": "gaat het om jou?"},
               {"event": "user", "text": answer["text"], "parse_data": answer}]
    events = await ActionRoleChosen().run(CollectingDispatcher(), make_tracker(history, answer), {})
    assert [e["event"] for e in events[:2]] == ["rewind", "action"]
    assert events[2]["text"] == UNCLEAR_PARSE["text"]
    assert events[2]["parse_data"]["intent"]["name"] == "inform"
    assert events[3] == {"event": "slot", "name": "role", "value": "slachtoffer", "timestamp": None}


async def test_a_role_not_ranked_gets_its_default_intent():
    answer = {"text": "ik zag het", "intent": {"name": "role_chosen", "confidence": 1.0},
              "entities": [{"entity": "role_choice", "value": "omstander"}]}
    history = [{"event": "user", "text": UNCLEAR_PARSE["text"], "parse_data": UNCLEAR_PARSE},
               {"event": "user", "text": answer["text"], "parse_data": answer}]
    events = await ActionRoleChosen().run(CollectingDispatcher(), make_tracker(history, answer), {})
    assert events[2]["parse_data"]["intent"]["name"] == "bystander_witnessing"


async def test_a_choice_without_a_question_only_notes_the_role():
    answer = {"text": "om mij", "intent": {"name": "role_chosen", "confidence": 1.0},
              "entities": [{"entity": "role_choice", "value": "slachtoffer"}]}
    dispatcher = CollectingDispatcher()
    events = await ActionRoleChosen().run(
        dispatcher, make_tracker([{"event": "user", "text": "om mij", "parse_data": answer}], answer), {})
    assert dispatcher.messages[0]["response"] == "utter_role_noted"
    assert events == [{"event": "slot", "name": "role", "value": "slachtoffer", "timestamp": None}]


async def test_the_question_is_never_asked_twice():
    asked = {"event": "bot", "text": "gaat het om jou?", "metadata": {"utter_action": "utter_ask_role"}}
    history = [asked, {"event": "user", "text": UNCLEAR_PARSE["text"], "parse_data": UNCLEAR_PARSE}]
    dispatcher = CollectingDispatcher()
    events = await ActionRoleUnclear().run(dispatcher, make_tracker(history, UNCLEAR_PARSE), {})
    assert dispatcher.messages == []
    assert events[2]["parse_data"]["intent"]["name"] == "inform"  # the first candidate: DIET's best


def unclear_parse(text, *pairs):
    return {"text": text, "intent": {"name": "role_unclear", "confidence": 1.0},
            "entities": [{"entity": name, "value": value} for name, value in pairs]}


async def retold_after_the_question(parse):
    """The intent a second torn message is retold as, the role question asked before it."""
    asked = {"event": "bot", "text": "gaat het om jou?", "metadata": {"utter_action": "utter_ask_role"}}
    history = [asked, {"event": "user", "text": parse["text"], "parse_data": parse}]
    dispatcher = CollectingDispatcher()
    events = await ActionRoleUnclear().run(dispatcher, make_tracker(history, parse), {})
    assert dispatcher.messages == []
    return events[2]["parse_data"]["intent"]["name"]


async def test_asked_once_the_role_the_words_state_comes_before_diets_best_guess():
    """A victim's story told after the role question ("he raped me") got the naaste's script:
    DIET ranked the naaste first (tuned set Q). The words state the role: the writer's own."""
    parse = unclear_parse("hij heeft me verkracht", ("role_cue", "slachtoffer"),
                          ("role_candidate", "naaste=naaste_confided"), ("role_candidate", "slachtoffer=ask_for_help"))
    assert await retold_after_the_question(parse) == "ask_for_help"


async def test_asked_once_diets_guess_is_never_own_behaviour():
    """A bystander's story told after the role question got Stop it Now! because DIET ranked own
    behaviour first (set S): a guess takes the best other role; own behaviour needs the words."""
    candidates = [("role_candidate", "pleger=worried_own_behaviour"),
                  ("role_candidate", "omstander=bystander_witnessing"), ("role_candidate", "slachtoffer=ask_for_help")]
    text = "de vader van een vriendinnetje stuurt haar berichtjes"
    assert await retold_after_the_question(unclear_parse(text, *candidates)) == "bystander_witnessing"
    stated = unclear_parse(text, *candidates, ("role_cue", "pleger"))
    assert await retold_after_the_question(stated) == "worried_own_behaviour"
