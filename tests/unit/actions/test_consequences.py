"""'Ga ik hiervoor de gevangenis in?': the answer fits whose story it is."""
import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.consequences import ActionAnswerConsequences
from tests.helpers.trackers import entity, tracker


def answer(t):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerConsequences().run(dispatcher, t, {}))
    return [m["response"] for m in dispatcher.messages]


def test_someone_worried_about_their_own_behaviour_gets_the_answer_for_them():
    assert answer(tracker({"role": "pleger"}, intent="ask_consequences")) == ["utter_answer_consequences_own"]


def test_a_role_cue_in_the_message_counts_too():
    t = tracker({}, intent="ask_consequences", entities=[entity("role_cue", "pleger")])
    assert answer(t) == ["utter_answer_consequences_own"]


def test_a_victim_or_an_unknown_role_hears_first_that_telling_is_never_wrong():
    assert answer(tracker({"role": "slachtoffer"}, intent="ask_consequences")) == ["utter_answer_consequences"]
    assert answer(tracker({}, intent="ask_consequences")) == ["utter_answer_consequences"]
