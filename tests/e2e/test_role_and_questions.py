"""Issue 16 on the real stack: the role question, and a question asked in the middle of the
triage is answered before the triage goes on (trained model, action server, seed)."""
import pytest

from tests.helpers.conversation_checks import Conversation
from tests.helpers.role_scripts import scripts_in

pytestmark = pytest.mark.e2e


def texts(replies):
    return "\n".join(r.get("text") or "" for r in replies)


def slugs(replies):
    return {o.get("slug") for r in replies if isinstance(r.get("custom"), dict)
            for o in r["custom"].get("organisations", [])}


def payloads(replies):
    return [b["payload"] for r in replies for b in r.get("buttons") or []]


# Torn between whose story it is. Until 6 December this was "vraagje over mijn vrouw. ze is jaren
# geleden aangerand en dat speelt nu weer op"; since then its grammar settles it (a relative and
# a deed done to her: a naaste), so a message without that grammar takes its place.
ABOUT_SOMEONE_CLOSE = "het gaat over mijn vrouw, aanranding jaren geleden, speelt nu weer op"


def test_torn_between_roles_asks_once_and_answers_the_chosen_role(stack):
    talk = Conversation(stack)
    first = talk.say(ABOUT_SOMEONE_CLOSE)
    assert "gaat het om jou, of om iemand anders" in texts(first).lower()
    assert '/role_chosen{"role_choice":"naaste"}' in payloads(first)
    answer = talk.say('/role_chosen{"role_choice":"naaste"}')
    # the naaste's advice for what was told before (knowledge/coaching/naasten.yaml), not
    # the victim's triage questions
    assert "in vertrouwen nam" in texts(answer)
    assert "wat is er gebeurd" not in texts(answer).lower()
    assert talk.problems == []


def test_choosing_oneself_goes_on_as_the_victim_with_what_was_told(stack):
    talk = Conversation(stack)
    talk.say(ABOUT_SOMEONE_CLOSE)
    answer = talk.say('/role_chosen{"role_choice":"slachtoffer"}')
    said = texts(answer).lower()
    # the incident was already told (aanranding, longer ago): the next triage question or the
    # referral, never the question about what happened, and no naaste script
    assert said.strip()
    assert "wat is er gebeurd" not in said
    assert "in vertrouwen" not in said
    assert talk.problems == []


def test_a_question_in_the_triage_is_answered_first_then_the_triage_goes_on(stack):
    talk = Conversation(stack)
    assert "gaat het om jou, of om iemand anders?" in texts(talk.say("ik heb hulp nodig"))
    assert "Wat is er gebeurd?" in texts(talk.say('/role_chosen{"role_choice":"slachtoffer"}'))
    replies = talk.say("kunnen naaktfoto's eigenlijk van internet gehaald worden?")
    said = texts(replies)
    # the answer comes first, before anything of the triage (the form used to swallow it)
    assert said.startswith("Ja, vaak kan dat.")
    assert "Helpwanted helpt om beelden offline te laten halen" in said
    assert talk.problems == []


def test_extortion_with_the_question_whether_to_pay_gets_the_advice_not_to(stack):
    talk = Conversation(stack)
    talk.say("ik heb hulp nodig")
    said = texts(talk.say("hij heeft naaktfoto's van me en wil geld. moet ik betalen?"))
    assert "Betaal niet" in said or "Geef niet toe" in said
    assert "Helpwanted" in said
    assert talk.problems == []


def test_not_wanting_the_police_is_respected(stack):
    talk = Conversation(stack)
    replies = talk.say("ik wil echt niet naar de politie met dit verhaal")
    said = texts(replies)
    assert "Niemand hoeft naar de politie" in said
    assert "0800-0188" in said


# Whose story it is, kept for the conversation (bot/nlu/conversation_role.py via
# bot/rasa_server/role_memory.py). Our own sentences.
WHEN_AND_WHERE = "het was vorige week zaterdag op een feestje bij vrienden"


def _victim_triage(replies):
    return "victim_triage" in scripts_in(r.get("text") or "" for r in replies)


def test_a_naaste_stays_a_naaste_when_a_message_sounds_like_the_victims_own(stack):
    # After a greeting (as a first message it tells no story, and whose story it is is asked),
    # the message on its own is the writer's own story: the victim's triage goes on
    greeted = Conversation(stack)
    greeted.say("hoi")
    alone = greeted.say(WHEN_AND_WHERE)
    assert _victim_triage(alone), "the sentence no longer reads as the writer's own; pick another"
    talk = Conversation(stack)
    first = talk.say("mijn dochter van 17 vertelde me gisteren dat een jongen haar heeft aangerand")
    assert "in vertrouwen nam" in texts(first)
    later = talk.say(WHEN_AND_WHERE)
    assert not _victim_triage(later)
    assert talk.problems == []


def test_a_question_about_an_organisation_by_name_says_who_it_is_for_and_how_to_reach_it(stack):
    talk = Conversation(stack)
    talk.say("hoi")
    said = texts(talk.say("wat doet de kindertelefoon dan eigenlijk"))
    assert said.startswith("De Kindertelefoon")
    assert "8 en 18 jaar" in said and "0800-0432" in said
    assert talk.problems == []
