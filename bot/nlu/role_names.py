"""The names the role decision (bot/nlu/role.py) and its actions (actions/role_question.py)
share. Kept apart from role.py so the action server needs no Rasa NLU import for them."""

UNCLEAR_INTENT = "role_unclear"
CHOSEN_INTENT = "role_chosen"
CANDIDATE_ENTITY = "role_candidate"  # "naaste=naaste_confided": the intent for each role in doubt
CHOICE_ENTITY = "role_choice"  # the role chosen, from a button or a typed answer
CUE_ENTITY = "role_cue"  # the role the words state in so many words ("ik zag dat", "mijn zus vertelde")
# Set by the crisis check (bot/nlu/safety.py) on a witness's account of danger now, which it
# leaves to the bystander answer (its first line: "is iemand nu in gevaar? Bel 112").
WITNESS_DANGER_KEY = "witness_danger"
# What makes a message a story: it names what happened (an incident) or a kind of harm.
STORY_ENTITIES = frozenset({"incident", "harm_kind"})


def tells_a_story(entities) -> bool:
    """Whether entities (a parse's or a Message's list of dicts) name what happened."""
    return any(e.get("entity") in STORY_ENTITIES for e in entities or [])

# The intents that tell whose story it is, by role (the values of the `role` slot).
ROLE_OF_INTENT = {
    "ask_for_help": "slachtoffer", "inform": "slachtoffer",
    "naaste_confided": "naaste", "naaste_own_support": "naaste", "naaste_more_tips": "naaste",
    "bystander_witnessing": "omstander", "bystander_afterwards": "omstander",
    "worried_own_behaviour": "pleger",
}
# The intent for a role that DIET did not rank at all.
FIRST_INTENT = {"slachtoffer": "ask_for_help", "naaste": "naaste_confided",
                "omstander": "bystander_witnessing", "pleger": "worried_own_behaviour"}
