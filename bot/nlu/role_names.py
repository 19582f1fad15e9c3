"""The names the role decision (bot/nlu/role.py) and its actions (actions/role_question.py)
share. Kept apart from role.py so the action server needs no Rasa NLU import for them."""

UNCLEAR_INTENT = "role_unclear"
CHOSEN_INTENT = "role_chosen"
CANDIDATE_ENTITY = "role_candidate"  # "naaste=naaste_confided": the intent for each role in doubt
CHOICE_ENTITY = "role_choice"  # the role chosen, from a button or a typed answer
