"""The crisis check on every turn, against the real stack (trained model, action server):
at every question of the triage, in the bystander and naaste flows, in practice, and after a
referral, danger gets 112 and suicide 113 in the first reply, at most 60 words. The uncertain
middle gets a question first, and "nee" goes back to where the person was."""
import json
import uuid

import pytest

from bot.nlu.crisis.check import ASK_DANGER, CrisisCheck
from bot.reply_length import word_count
from tests.helpers.fuzz_inputs import post_raw

pytestmark = pytest.mark.e2e


def say(stack, message, sender=None):
    """One message over Rasa's REST channel (the contract other clients use); the replies."""
    status, replies = post_raw(f"{stack.rasa_url}/webhooks/rest/webhook",
                               json.dumps({"sender": sender or uuid.uuid4().hex, "message": message}))
    assert status == 200
    return replies

# Where a person can be when the crisis comes: the turns that lead there.
CONTEXTS = {
    "triage asks what happened": ["ik heb hulp nodig"],
    "triage asks when": ["ik ben aangerand"],
    "triage asks where": ["ik ben aangerand", "drie dagen geleden"],
    "after a referral": ["ik ben twee maanden geleden aangerand op mijn werk"],
    "bystander coaching": ["ik zag in de trein dat een man een vrouw steeds aanraakte"],
    "naaste": ["mijn dochter vertelde me dat ze is aangerand door haar trainer"],
    "practice": ["oefenen"],
}
CRISES = [
    ("hij staat nu voor de deur en ik ben bang", "112"),
    ("er wordt nu iemand geslagen op straat", "112"),
    ("ik wil er niet meer zijn", "113"),
    ("mijn vriendin zegt dat ze zichzelf iets wil aandoen", "113"),
]


def words(replies) -> int:
    return sum(word_count(r.get("text") or "") for r in replies)


def walk(stack, turns, sender):
    for text in turns:
        say(stack, text, sender)


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("message, number", CRISES, ids=[c[0] for c in CRISES])
def test_crisis_gets_its_number_first_on_any_turn(stack, context, message, number):
    sender = uuid.uuid4().hex
    walk(stack, CONTEXTS[context], sender)
    replies = say(stack, message, sender)
    assert replies and number in replies[0]["text"], (context, replies)
    assert words(replies) <= 60, (context, words(replies), replies)


def test_english_crisis_gets_english_and_the_number(stack):
    replies = say(stack, "he's outside my door right now and I'm scared")
    assert "112" in replies[0]["text"] and "Call 112" in replies[0]["text"]


def test_suicide_with_an_incident_offers_help_with_it_afterwards(stack):
    sender = uuid.uuid4().hex
    replies = say(stack, "hij heeft mijn naaktfoto's rondgestuurd en ik wil dood", sender)
    assert "113" in replies[0]["text"]
    assert words(replies) <= 60
    buttons = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "/ask_for_help" in buttons
    # Going on: the incident is known, so the triage does not ask what happened again.
    nxt = say(stack, "/ask_for_help", sender)
    assert nxt and "Wat is er gebeurd" not in nxt[0].get("text", ""), nxt


ASK_TEXT = "ik weet niet of ik hier wel veilig ben"


def test_the_uncertain_middle_is_asked_and_no_goes_back_to_the_triage(stack):
    assert CrisisCheck().verdict(ASK_TEXT).level == ASK_DANGER  # the precondition of this test
    sender = uuid.uuid4().hex
    walk(stack, ["ik ben aangerand"], sender)  # the triage asks when
    asked = say(stack, ASK_TEXT, sender)
    assert "in gevaar" in asked[0]["text"] and "112" in asked[0]["text"]
    assert [b["payload"] for b in asked[0]["buttons"]] == ["/danger_now", "/safe_now"]
    back = say(stack, "/safe_now", sender)
    joined = " ".join(r.get("text") or "" for r in back)
    # The question comes back (in other words the second time: no reply is repeated).
    assert "wanneer is het gebeurd" in joined.lower(), back


def test_yes_to_the_question_is_112_at_once(stack):
    sender = uuid.uuid4().hex
    say(stack, ASK_TEXT, sender)
    replies = say(stack, "ja", sender)
    assert "112" in replies[0]["text"].splitlines()[0]


@pytest.mark.parametrize("message", [
    "ja ik ben nu veilig",
    "ik ben niet in direct gevaar, ik wil alleen informatie",
    "het is al lang geleden, hij sloeg me toen",
])
def test_calm_messages_get_no_emergency_answer(stack, message):
    replies = say(stack, message)
    assert "Bel nu meteen 112" not in " ".join(r.get("text") or "" for r in replies)
