"""A professional's concern (bot/nlu/professional.py): a witness's account or a victim's opening
from someone who said they work with the people involved becomes `professional_concern`."""
import pytest

from bot.nlu.professional import as_professional


def parse(intent, *entities):
    return {"intent": {"name": intent, "confidence": 0.8},
            "intent_ranking": [{"name": intent, "confidence": 0.8}],
            "entities": [{"entity": name, "value": value} for name, value in entities]}


PRO = ("professional", "ja")


@pytest.mark.parametrize("current, earlier", [
    (parse("bystander_witnessing", PRO), []),  # "als trainer zie ik dat de assistent ..."
    (parse("ask_for_help"), [parse("inform", PRO)]),  # "ik ben jongerenwerker" came first
    (parse("bystander_afterwards"), [parse("bystander_witnessing", PRO)]),  # "kan ik zelf iets melden?"
    # DIET's own behaviour for "ik ben pedagogisch medewerker op een kinderdagverblijf": no deed said
    (parse("worried_own_behaviour", PRO), []),
    # torn between roles after "ik ben hr-adviseur": no role question for a professional (set L)
    (parse("role_unclear"), [parse("inform", PRO)]),
    # a first message heard as changing an answer: there is none yet (set I: a teacher's suspicion)
    (parse("change_answer", PRO), []),
])
def test_a_professionals_account_is_a_professional_concern(current, earlier):
    changed = as_professional(current, earlier)
    assert changed["intent"]["name"] == "professional_concern"
    assert changed["intent_ranking"][0]["name"] == "professional_concern"
    assert current["intent"]["name"] != "professional_concern"  # the parse itself is not changed


@pytest.mark.parametrize("current, earlier", [
    (parse("ask_for_help", PRO, ("role_cue", "slachtoffer")), []),  # a nurse: "mijn leidinggevende zit aan me"
    (parse("naaste_confided", PRO), []),  # a pupil told them: the naaste's advice, with where professionals consult
    (parse("bystander_witnessing"), [parse("greet")]),  # no word of their work
    (parse("ask_costs"), [parse("inform", PRO)]),  # a question is answered as it is
    # a professional who tells of their own urge keeps Stop it Now!
    (parse("worried_own_behaviour", PRO, ("role_cue", "pleger")), []),
    (parse("role_unclear"), [parse("greet")]),  # torn, and no word of their work: the question
    (parse("role_unclear", PRO, ("role_cue", "slachtoffer")), []),  # their own story, in so many words
    (parse("change_answer", PRO), [parse("inform", PRO)]),  # later it changes an answer given
    (parse("change_answer"), []),  # no word of their work: left as it is
])
def test_otherwise_the_parse_stays(current, earlier):
    assert as_professional(current, earlier) is current
