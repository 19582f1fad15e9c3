"""The role of a conversation is kept once known (bot/nlu/conversation_role.py)."""
from bot.nlu.conversation_role import conversation_role, keep_role


def parse(intent, text="een bericht", ranking=(), entities=()):
    return {"text": text, "intent": {"name": intent, "confidence": 0.8},
            "intent_ranking": [{"name": name, "confidence": conf} for name, conf in ranking],
            "entities": [{"entity": e, "value": v} for e, v in entities]}


VICTIM_STORY = parse("ask_for_help")
NAASTE_STORY = parse("naaste_confided")


def test_the_role_is_that_of_the_latest_message_that_settled_one():
    assert conversation_role([]) is None
    assert conversation_role([parse("greet")]) is None
    assert conversation_role([parse("greet"), VICTIM_STORY, parse("affirm")]) == "slachtoffer"
    assert conversation_role([VICTIM_STORY, NAASTE_STORY]) == "naaste"
    chosen = parse("role_chosen", entities=[("role_choice", "omstander")])
    assert conversation_role([VICTIM_STORY, chosen]) == "omstander"


def test_a_message_of_another_role_becomes_the_best_intent_ranked_for_the_conversations_role():
    later = parse("naaste_confided", ranking=[("naaste_confided", 0.6), ("inform", 0.3), ("ask_for_help", 0.1)])
    kept = keep_role(later, [VICTIM_STORY])
    assert kept["intent"] == {"name": "inform", "confidence": 1.0}
    assert kept["intent_ranking"][0] == {"name": "inform", "confidence": 1.0}
    assert {"name": "naaste_confided", "confidence": 0.6} in kept["intent_ranking"]
    assert later["intent"]["name"] == "naaste_confided"  # the parse itself is left as it was


def test_a_role_not_ranked_at_all_gets_its_first_intent():
    later = parse("ask_for_help", ranking=[("ask_for_help", 0.9), ("goodbye", 0.1)])
    assert keep_role(later, [parse("naaste_own_support")])["intent"]["name"] == "naaste_confided"
    assert keep_role(later, [parse("bystander_afterwards")])["intent"]["name"] == "bystander_witnessing"
    chosen = parse("role_chosen", entities=[("role_choice", "pleger")])
    assert keep_role(later, [chosen])["intent"]["name"] == "worried_own_behaviour"


def test_the_role_changes_only_when_the_words_state_the_new_one():
    stated = parse("bystander_witnessing", entities=[("role_cue", "omstander")])
    assert keep_role(stated, [VICTIM_STORY]) is stated
    other_cue = parse("bystander_witnessing", ranking=[("naaste_confided", 0.2)], entities=[("role_cue", "naaste")])
    assert keep_role(other_cue, [VICTIM_STORY])["intent"]["name"] == "ask_for_help"


def test_a_button_is_a_choice_and_is_never_changed():
    button = parse("naaste_confided", text="/naaste_confided")
    assert keep_role(button, [VICTIM_STORY]) is button


def test_torn_between_roles_is_answered_for_the_known_role_without_asking():
    torn = parse("role_unclear", entities=[("role_candidate", "slachtoffer=inform"),
                                           ("role_candidate", "naaste=naaste_own_support"), ("setting", "werk")])
    kept = keep_role(torn, [NAASTE_STORY])
    assert kept["intent"]["name"] == "naaste_own_support"
    assert kept["entities"] == [{"entity": "setting", "value": "werk"}]
    assert keep_role(torn, [parse("greet")]) is torn  # no role yet: the question is asked


def test_other_intents_and_a_new_conversation_are_left_alone():
    for intent in ("ask_org_info", "affirm", "crisis_danger", "nlu_fallback", "tell_more"):
        message = parse(intent)
        assert keep_role(message, [VICTIM_STORY]) is message
    first = parse("naaste_confided")
    assert keep_role(first, []) is first
    same = parse("inform")
    assert keep_role(same, [VICTIM_STORY]) is same


def test_a_naastes_witnesss_or_own_behaviour_story_told_again_is_heard_as_more_of_it():
    again = parse("naaste_confided")
    assert keep_role(again, [NAASTE_STORY])["intent"]["name"] == "tell_more"
    seen = parse("bystander_witnessing")
    assert keep_role(parse("inform"), [seen])["intent"]["name"] == "tell_more"  # kept to the witness, then more
    assert keep_role(parse("worried_own_behaviour"), [parse("worried_own_behaviour")])["intent"]["name"] == "tell_more"
    # a follow-up of the same role is its own intent, and the victim's intents answer the triage
    tips = parse("naaste_more_tips")
    assert keep_role(tips, [NAASTE_STORY, tips]) is tips
    assert keep_role(parse("inform"), [VICTIM_STORY, parse("inform")])["intent"]["name"] == "inform"


def test_a_message_diet_was_barely_sure_of_settles_no_role():
    unsure = {"text": "x", "intent": {"name": "worried_own_behaviour", "confidence": 0.06}, "entities": []}
    assert conversation_role([unsure]) is None
    later = parse("naaste_confided")
    assert keep_role(later, [unsure]) is later



def test_a_crisis_message_settles_no_role():
    """Tried on 6 December: taking the role DIET ranked under the crisis answer turned a
    witness's next "hij trekt haar nu mee naar zn auto" (danger, told as a witness, answered
    with the bystander's 112 line) into the victim's triage question (tuned set G)."""
    crisis = parse("danger_now", ranking=[("danger_now", 1.0), ("ask_for_help", 0.7), ("inform", 0.2)])
    assert conversation_role([crisis]) is None
    witness = parse("bystander_witnessing", ranking=[("bystander_witnessing", 0.8)])
    assert keep_role(witness, [crisis]) is witness


def test_a_witness_telling_of_danger_now_again_gets_the_bystander_answer_not_more_of_the_story():
    """Tuned set G, 6 December: the witness's first message settled the role, so the next one,
    "shit hij trekt haar nu mee naar buiten naar zn auto", was heard as more of the story, and
    its answer had no 112. The crisis check marks such an account (bot/nlu/safety.py)."""
    first = parse("bystander_witnessing")
    danger = dict(parse("bystander_witnessing"), witness_danger=True)
    assert keep_role(danger, [first]) is danger
    assert keep_role(parse("bystander_witnessing"), [first])["intent"]["name"] == "tell_more"


def test_a_role_stated_in_so_many_words_settles_it_however_unsure_diet_was():
    """An English victim's story DIET was barely sure of left the role open, and the next
    message got the bystander's script (set S)."""
    stated = {"text": "x", "intent": {"name": "inform", "confidence": 0.2},
              "entities": [{"entity": "role_cue", "value": "slachtoffer"}]}
    assert conversation_role([stated]) == "slachtoffer"
    later = parse("bystander_witnessing", ranking=[("bystander_witnessing", 0.4), ("tell_more", 0.3)])
    assert keep_role(later, [stated])["intent"]["name"] == "ask_for_help"
    # in a question or an opening it settles nothing: "het gaat over mezelf" may be one's own deed
    opening = {"text": "x", "intent": {"name": "ask_permission", "confidence": 0.9},
               "entities": [{"entity": "role_cue", "value": "slachtoffer"}]}
    assert conversation_role([opening]) is None
    # a story answered with the crisis line first still states whose it is
    alarmed = {"text": "x", "intent": {"name": "danger_now", "confidence": 1.0},
               "entities": [{"entity": "role_cue", "value": "slachtoffer"}]}
    assert conversation_role([alarmed]) == "slachtoffer"


def test_the_first_story_decides_whose_it_is_when_the_role_came_before_any_story():
    opening = parse("ask_for_help", entities=[("role_cue", "slachtoffer")])  # "het gaat over mezelf"
    own_story = parse("worried_own_behaviour", ranking=[("worried_own_behaviour", 0.8), ("ask_for_help", 0.1)],
                      entities=[("harm_kind", "fysiek")])
    assert keep_role(own_story, [opening]) is own_story
    assert conversation_role([opening, own_story]) == "pleger"
    # not after a story was told, nor against the answer to the role question, nor when DIET was unsure
    victim_story = parse("ask_for_help", entities=[("incident", "aanranding")])
    assert keep_role(own_story, [opening, victim_story])["intent"]["name"] == "ask_for_help"
    chosen = parse("role_chosen", entities=[("role_choice", "slachtoffer")])
    assert keep_role(own_story, [chosen])["intent"]["name"] == "ask_for_help"
    naaste_opening = parse("naaste_confided")  # "mijn zoon is 12 en ..."
    witness_story = parse("bystander_afterwards", entities=[("incident", "aanranding")])
    kept = keep_role(witness_story, [naaste_opening])
    assert kept["intent"]["name"] != "bystander_afterwards"
    assert conversation_role([naaste_opening, kept]) == "naaste"
    unsure = parse("worried_own_behaviour", entities=[("harm_kind", "fysiek")])
    unsure["intent"]["confidence"] = 0.4
    assert keep_role(unsure, [opening])["intent"]["name"] == "ask_for_help"
