"""A statement nobody could place: whose story is it (once), else heard for the role; the
answer to the role question takes the statement again as that role's first message."""
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.heard import ActionHeard
from actions.role_question import ActionRoleChosen

STATEMENT = {"text": "ik werk bij een huisartsenpraktijk en maak me zorgen over een van de artsen",
             "intent": {"name": "unsure_statement", "confidence": 0.4}, "entities": []}
ASKED = {"event": "bot", "text": "gaat het om jou?", "metadata": {"utter_action": "utter_ask_role"}}


def make_tracker(events, slots=None, latest=STATEMENT):
    return Tracker("gesprek", slots or {}, latest, events, False, None, {}, "action_listen")


async def said(tracker):
    dispatcher = CollectingDispatcher()
    await ActionHeard().run(dispatcher, tracker, {})
    return [m["response"] for m in dispatcher.messages]


async def test_while_the_role_is_unknown_the_role_question_comes_first():
    assert await said(make_tracker([])) == ["utter_ask_role"]


async def test_with_a_known_role_or_after_the_question_the_person_is_heard():
    assert await said(make_tracker([], {"role": "omstander"})) == ["utter_heard"]
    assert await said(make_tracker([ASKED])) == ["utter_heard"]


async def test_the_answer_takes_the_statement_again_for_the_chosen_role():
    answer = {"text": "ik zag het", "intent": {"name": "role_chosen", "confidence": 1.0},
              "entities": [{"entity": "role_choice", "value": "omstander"}]}
    history = [{"event": "user", "text": STATEMENT["text"], "parse_data": STATEMENT}, ASKED,
               {"event": "user", "text": answer["text"], "parse_data": answer}]
    events = await ActionRoleChosen().run(CollectingDispatcher(), make_tracker(history, latest=answer), {})
    assert events[2]["text"] == STATEMENT["text"]
    assert events[2]["parse_data"]["intent"]["name"] == "bystander_witnessing"


async def test_after_its_three_wordings_a_statement_gets_the_not_understood_answer():
    heard = [{"event": "bot", "text": f"ik hoor je {n}", "metadata": {"utter_action": "utter_heard"}} for n in range(3)]
    assert await said(make_tracker(heard[:2], {"role": "naaste"})) == ["utter_heard"]
    assert await said(make_tracker(heard, {"role": "naaste"})) == ["utter_default"]
