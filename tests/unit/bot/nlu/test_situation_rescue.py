"""A message that names an incident never ends in "I don't understand"."""
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.situation_rescue import SituationIntentRescue

FALLBACK = {"name": "nlu_fallback", "confidence": 0.7}


def message(intent, ranking, entities):
    return Message(data={TEXT: "x", INTENT: intent, INTENT_RANKING_KEY: ranking,
                         ENTITIES: [{"entity": e, "value": v} for e, v in entities]})


def process(m):
    SituationIntentRescue().process([m])
    return m.get(INTENT)["name"]


def test_unsure_message_with_an_incident_takes_the_best_situation_intent():
    ranking = [{"name": "suicidal_thoughts", "confidence": 0.45},
               {"name": "bystander_witnessing", "confidence": 0.3},
               {"name": "ask_for_help", "confidence": 0.2}]
    assert process(message(FALLBACK, ranking, [("incident", "sextortion")])) == "bystander_witnessing"


def test_without_a_situation_intent_in_the_ranking_it_asks_for_help():
    ranking = [{"name": "ask_costs", "confidence": 0.5}]
    assert process(message(FALLBACK, ranking, [("incident", "aanranding")])) == "ask_for_help"


def test_no_incident_keeps_the_fallback():
    ranking = [{"name": "ask_for_help", "confidence": 0.6}]
    assert process(message(FALLBACK, ranking, [("setting", "werk")])) == "nlu_fallback"


def test_unreadable_input_keeps_the_fallback():
    unreadable = {"name": "nlu_fallback", "confidence": 1.0}
    assert process(message(unreadable, [], [("incident", "aanranding")])) == "nlu_fallback"


def test_a_confident_intent_is_left_alone():
    sure = {"name": "ask_evidence", "confidence": 0.95}
    assert process(message(sure, [sure], [("incident", "verkrachting")])) == "ask_evidence"


def test_paying_in_a_sextortion_message_is_the_demand_not_a_question_about_costs():
    costs = {"name": "ask_costs", "confidence": 0.67}
    assert process(message(costs, [costs], [("incident", "sextortion")])) == "ask_for_help"


def test_a_question_about_costs_after_another_incident_stays_a_question():
    costs = {"name": "ask_costs", "confidence": 0.9}
    assert process(message(costs, [costs], [("incident", "verkrachting")])) == "ask_costs"


def test_a_bystanders_plan_with_a_5d_method_is_an_answer_not_small_talk():
    goodbye = {"name": "goodbye", "confidence": 0.5}
    assert process(message(goodbye, [goodbye], [("d_method", "delegeren")])) == "choose_d"
    assert process(message(goodbye, [goodbye], [])) == "goodbye"  # "ik ga nu, doei" stays goodbye


def said(text, intent, ranking, entities=()):
    m = Message(data={TEXT: text, INTENT: intent, INTENT_RANKING_KEY: ranking,
                      ENTITIES: [{"entity": e, "value": v} for e, v in entities]})
    SituationIntentRescue().process([m])
    return m.get(INTENT)["name"]


STORY = ("mijn leidinggevende legt steeds zijn hand op mijn bovenbeen tijdens het overleg en hij stuurt "
         "me appjes over hoe ik eruit zag, ik weet niet wat ik moet doen")
RANKED = [{"name": "ask_consequences", "confidence": 0.85}, {"name": "ask_for_help", "confidence": 0.07}]


# What the SituationExtractor finds in STORY.
STORY_FOUND = [("incident", "aanranding"), ("setting", "werk")]


def test_a_long_story_is_not_a_follow_up_question():
    assert said(STORY, RANKED[0], RANKED, STORY_FOUND) == "ask_for_help"


def test_a_long_question_that_names_no_incident_stays_the_question():
    question = ("I'm on a work visa through this company and my contract ends in spring. if they let me go "
                "over this I have to leave the country within three months. could that happen")
    job_risk = {"name": "ask_job_risk", "confidence": 0.33}
    ranking = [job_risk, {"name": "worried_own_behaviour", "confidence": 0.04}]
    assert said(question, job_risk, ranking, [("setting", "werk")]) == "ask_job_risk"


def test_a_short_follow_up_question_stays_what_it_is():
    assert said("ga ik hiervoor de gevangenis in?", RANKED[0], RANKED) == "ask_consequences"
    # ask_law is not one of the follow-up questions
    assert said(STORY, {"name": "ask_law", "confidence": 0.8}, RANKED, STORY_FOUND) == "ask_law"
