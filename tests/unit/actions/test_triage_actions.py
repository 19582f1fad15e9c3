"""The triage actions with tracker fixtures and the real seeded knowledge base."""
from datetime import datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import change_answer, info_cards, route_help
from actions.situation_from_tracker import situation_from_slots
from actions.triage_form import ValidateTriageForm, questions_needed
from bot.reply_length import word_count
from knowledge.opening_hours import AMSTERDAM
from tests.helpers.trackers import entity, tracker

# A Monday at 15:00: the Kindertelefoon (11-21) is open, so no 24/7 line is added.
MONDAY_AFTERNOON = datetime(2026, 11, 23, 15, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def kb(real_kb, monkeypatch):
    monkeypatch.setattr(route_help, "knowledge_base", lambda: real_kb)
    monkeypatch.setattr(info_cards, "knowledge_base", lambda: real_kb)
    monkeypatch.setattr(route_help, "local_time", lambda: MONDAY_AFTERNOON)
    return real_kb


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# --- which questions ----------------------------------------------------------------------

@pytest.mark.parametrize("incident, time_bucket, expected", [
    (None, None, ["incident", "time_bucket", "setting"]),
    ("verkrachting", "acuut", ["incident", "time_bucket"]),
    ("drogering", "acuut", ["incident", "time_bucket"]),
    ("aanranding", "langer_geleden", ["incident", "time_bucket", "setting"]),
    ("verkrachting", "onbekend", ["incident", "time_bucket", "setting"]),
    ("online_beelden", None, ["incident"]),
    ("sextortion", None, ["incident"]),
    ("intimidatie", None, ["incident", "setting"]),  # the time changes nothing (until 6 December it was asked)
    ("onbekend", "onbekend", ["incident", "time_bucket", "setting"]),
])
def test_only_the_questions_that_matter_are_asked(incident, time_bucket, expected):
    assert questions_needed(incident, time_bucket) == expected


async def run_validation(slots, intent="inform", entities=None, set_this_turn=None):
    dispatcher = CollectingDispatcher()
    t = tracker(slots, intent=intent, entities=entities, active_loop="triage_form",
                set_this_turn=set_this_turn)
    events = await ValidateTriageForm().run(dispatcher, t, {"forms": {"triage_form": {
        "required_slots": ["incident", "time_bucket", "setting"]}}, "slots": {}})
    return slots_of(events)


async def test_an_answer_without_a_value_moves_on_instead_of_asking_again():
    slots = await run_validation({"incident": "aanranding", "requested_slot": "time_bucket"})
    assert slots["time_bucket"] == "onbekend"


async def test_an_unreadable_answer_gets_the_kind_answer_with_the_numbers_then_moves_on():
    dispatcher = CollectingDispatcher()
    t = tracker({"incident": "aanranding", "requested_slot": "time_bucket"}, intent="nlu_fallback",
                text="../../etc/passwd", active_loop="triage_form")
    t.latest_message["intent"]["confidence"] = 1.0  # what the unreadable-input guard sets
    events = await ValidateTriageForm().run(dispatcher, t, {"forms": {"triage_form": {
        "required_slots": ["incident", "time_bucket", "setting"]}}, "slots": {}})
    assert [m.get("response") for m in dispatcher.messages] == ["utter_default"]
    assert slots_of(events)["time_bucket"] == "onbekend"


async def test_an_answer_diet_was_unsure_of_moves_on_without_the_fallback_text():
    dispatcher = CollectingDispatcher()
    t = tracker({"incident": "aanranding", "requested_slot": "time_bucket"}, intent="nlu_fallback",
                text="tja zoiets", active_loop="triage_form")
    t.latest_message["intent"]["confidence"] = 0.4
    events = await ValidateTriageForm().run(dispatcher, t, {"forms": {"triage_form": {
        "required_slots": ["incident", "time_bucket", "setting"]}}, "slots": {}})
    assert dispatcher.messages == [] and slots_of(events)["time_bucket"] == "onbekend"


async def test_a_danger_message_is_not_taken_as_an_answer():
    slots = await run_validation({"requested_slot": "incident"}, intent="danger_now")
    assert "incident" not in slots


async def test_a_question_in_between_is_not_taken_as_an_answer():
    slots = await run_validation({"requested_slot": "setting", "incident": "aanranding",
                                  "time_bucket": "langer_geleden"}, intent="ask_costs")
    assert "setting" not in slots


async def test_after_three_times_asking_the_triage_goes_on_with_what_it_knows():
    dispatcher = CollectingDispatcher()
    t = tracker({"requested_slot": "setting", "incident": "aanranding", "time_bucket": "langer_geleden"},
                intent="inform", active_loop="triage_form")
    asked = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_setting"}}
    t.events[:0] = [asked, asked, asked]
    events = await ValidateTriageForm().run(dispatcher, t, FORM_DOMAIN)
    assert slots_of(events)["setting"] == "onbekend"


async def test_a_question_after_the_last_ask_is_answered_not_taken_as_unknown():
    # Issue 16: "kost dat geld?" after the third ask used to become setting = onbekend.
    t = tracker({"requested_slot": "setting", "incident": "aanranding", "time_bucket": "langer_geleden"},
                intent="ask_costs", active_loop="triage_form")
    asked = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_setting"}}
    t.events[:0] = [asked, asked, asked]
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert "setting" not in slots_of(events)
    assert any(e.get("event") == "action_execution_rejected" for e in events)


async def test_back_from_answering_a_question_after_the_last_ask_the_triage_moves_on():
    t = tracker({"requested_slot": "setting", "incident": "aanranding", "time_bucket": "langer_geleden"},
                intent="ask_costs", active_loop="triage_form")
    asked = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_setting"}}
    t.events[:0] = [asked, asked, asked]
    t.events += [{"event": "action", "name": "utter_answer_costs"}, {"event": "bot", "text": "..."},
                 {"event": "action", "name": "triage_form"}]
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert slots_of(events)["setting"] == "onbekend"  # no fourth ask, which would repeat a wording


async def test_a_question_that_also_fills_a_slot_keeps_the_slot_and_steps_aside_for_its_answer():
    # "moet ik betalen? hij heeft naaktfoto's": the entity fills `incident`, which alone would let
    # the form go on and swallow the question; the rejection hands the turn to the question's rule.
    t = tracker({"requested_slot": "incident"}, intent="ask_pay_extortion", active_loop="triage_form",
                set_this_turn={"incident": "sextortion"})
    # as Rasa builds it for the validation: the form's own execution, then the slots it extracted
    t.events.insert(1, {"event": "action", "name": "triage_form"})
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert slots_of(events).get("incident") == "sextortion"
    assert events[-1] == {"event": "action_execution_rejected", "name": "triage_form",
                          "policy": None, "confidence": None, "timestamp": None}


async def test_back_in_the_form_after_the_answer_it_does_not_step_aside_again():
    t = tracker({"requested_slot": "incident"}, intent="ask_pay_extortion", active_loop="triage_form")
    t.events += [{"event": "action", "name": "utter_answer_pay_extortion"}, {"event": "bot", "text": "..."},
                 {"event": "action", "name": "action_info_cards"}, {"event": "action", "name": "triage_form"}]
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert not any(e.get("event") == "action_execution_rejected" for e in events)


async def test_an_answer_that_fills_a_slot_is_not_rejected():
    t = tracker({"requested_slot": "incident"}, intent="inform", active_loop="triage_form",
                set_this_turn={"incident": "sextortion"})
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert not any(e.get("event") == "action_execution_rejected" for e in events)


def test_every_intent_with_a_rule_inside_the_form_makes_the_form_step_aside():
    import yaml

    from actions.triage_form import OWN_RULE_INTENTS
    from bot.paths import PROJECT_ROOT
    starts_or_answers = {"ask_for_help", "inform", "dont_know"}
    in_form = set()
    for path in (PROJECT_ROOT / "data" / "stories").glob("*.yml"):
        for rule in yaml.safe_load(path.read_text("utf-8")).get("rules") or []:
            if {"active_loop": "triage_form"} in (rule.get("condition") or []):
                in_form |= {step["intent"] for step in rule["steps"] if "intent" in step}
    assert in_form - starts_or_answers == OWN_RULE_INTENTS


FORM_DOMAIN = {"forms": {"triage_form": {"required_slots": ["incident", "time_bucket", "setting"]}}, "slots": {}}


@pytest.mark.parametrize("intent", ["danger_now", "suicidal_thoughts", "maybe_danger", "maybe_suicide"])
async def test_danger_or_suicide_after_the_last_ask_is_never_taken_as_an_answer(intent):
    t = tracker({"requested_slot": "incident"}, intent=intent, active_loop="triage_form")
    asked = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_incident"}}
    t.events[:0] = [asked, asked, asked]
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, {"forms": {"triage_form": {
        "required_slots": ["incident", "time_bucket", "setting"]}}, "slots": {}})
    assert "incident" not in slots_of(events)


async def test_an_answer_to_another_question_keeps_the_asked_question_open():
    slots = await run_validation({"requested_slot": "time_bucket", "incident": "aanranding",
                                  "setting": "werk"}, entities=[entity("setting", "werk")])
    assert "time_bucket" not in slots


async def test_a_story_told_in_answer_to_what_happened_is_the_answer_even_with_a_place_in_it():
    slots = await run_validation({"requested_slot": "incident", "setting": "school"}, intent="ask_for_help",
                                 entities=[entity("setting", "school")])
    assert slots["incident"] == "onbekend"
    short = await run_validation({"requested_slot": "incident", "setting": "school"},
                                 entities=[entity("setting", "school")])  # "op school" (inform): asked again
    assert "incident" not in short
    # "een docent zoent ons bij improvisatie-oefeningen" (inform, a place and an act): the answer
    act = await run_validation({"requested_slot": "incident", "setting": "school"},
                               entities=[entity("setting", "school"), entity("harm_kind", "fysiek")])
    # a physical act is at least an assault for the advice (until 6 December: "onbekend")
    assert act["incident"] == "aanranding"


async def test_the_opening_story_of_an_act_done_to_the_writer_is_not_asked_again():
    # "jongens hebben mij in de kleedkamer vastgehouden en mn broek uitgetrokken": no incident word
    held = await run_validation({}, intent="ask_for_help",
                                entities=[entity("role_cue", "slachtoffer"), entity("harm_kind", "fysiek")])
    assert held["incident"] == "aanranding"
    called = await run_validation({}, intent="ask_for_help", entities=[entity("harm_kind", "verbaal")])
    assert called["incident"] == "intimidatie"
    done = await run_validation({}, intent="ask_for_help", entities=[entity("role_cue", "slachtoffer")])
    assert done["incident"] == "onbekend"
    # an incident the NLU named, someone else's story, or nothing told: the question stays
    named = await run_validation({}, intent="ask_for_help", entities=[entity("incident", "verkrachting"),
                                                                      entity("harm_kind", "fysiek")])
    assert "incident" not in named  # the entity's own mapping fills it, not "aanranding"
    other = await run_validation({}, intent="ask_for_help", entities=[entity("role_cue", "naaste"),
                                                                      entity("harm_kind", "fysiek")])
    assert "incident" not in other
    nothing = await run_validation({}, intent="ask_for_help")
    assert "incident" not in nothing


async def test_acute_rape_needs_no_question_about_the_place():
    slots = await run_validation({"incident": "verkrachting", "time_bucket": "acuut"})
    assert slots.get("requested_slot") is None


# --- the Situation ----------------------------------------------------------------------

async def test_values_that_are_not_known_count_as_unknown():
    slots = await run_validation({"requested_slot": "setting"},
                                 set_this_turn={"incident": ["intimidatie", "x"], "setting": "maan"})
    assert slots["incident"] == "intimidatie" and slots["setting"] == "onbekend"


def test_situation_from_slots_drops_unknowns_and_maps_places():
    s = situation_from_slots({"incident": "onbekend", "setting": "ov", "time_bucket": "acuut",
                              "age": 15.0, "wishes": ["praten", "iets raars"], "role": None})
    assert s.incident is None and s.setting == "straat" and s.time_bucket == "acuut"
    assert s.age == 15 and s.wishes == frozenset({"praten"}) and s.role == "slachtoffer"


# --- the referral -----------------------------------------------------------------------

async def route(slots, intent="inform"):
    dispatcher = CollectingDispatcher()
    events = await route_help.ActionRouteHelp().run(dispatcher, tracker(slots, intent=intent), {})
    return dispatcher.messages, slots_of(events)


async def test_recent_rape_is_routed_to_the_csg_first_in_one_short_message(kb):
    messages, slots = await route({"incident": "verkrachting", "time_bucket": "acuut",
                                   "days_since": 1.0})
    [message] = messages  # text, cards and buttons together
    lines = message["text"].splitlines()
    assert "niet jouw schuld" in lines[0]  # the person first
    assert lines[2].startswith("1. Centrum Seksueel Geweld")
    assert "\n\n" not in message["text"]  # Rasa would split it into several messages
    assert "0800-0188" in message["text"] and "dag en nacht" in message["text"]
    assert "112" in message["text"]
    assert word_count(message["text"]) <= 120
    assert "Wat gebeurt er" not in message["text"]  # behind "Meer over ..."
    organisations = message["custom"]["organisations"]
    assert organisations[0]["slug"] == "csg" and len(organisations) <= 2
    assert organisations[0]["what_to_expect"] and organisations[0]["summary"]
    main = organisations[0]["channels"][organisations[0]["main"]]
    assert main["value"] == "0800-0188" and main["availability"] == "dag en nacht"
    titles = [b["title"] for b in message["buttons"]]
    assert titles[0] == "Meer over CSG"
    assert message["buttons"][0]["payload"] == '/more_about{"organisation":"csg"}'
    assert "Meer opties" in titles
    assert slots["shown_orgs"] == [o["slug"] for o in organisations]
    assert slots["role"] == "slachtoffer"


@pytest.mark.parametrize("slots", [{"age": 13.0}, {"simple_language": "ja"}])
async def test_a_child_or_someone_who_finds_reading_hard_gets_simple_words(kb, slots):
    messages, _ = await route({"incident": "aanranding", "time_bucket": "acuut", "days_since": 1.0, **slots})
    lines = messages[0]["text"].splitlines()
    assert lines[0] == "Wat naar voor je. Het is niet jouw schuld."
    assert lines[1] == "Hier kun je hulp krijgen:"
    for line in lines[2:-1]:  # who and how to reach them, no reasons
        assert ":" in line and len(line.split()) <= 12, line
    adult, _ = await route({"incident": "aanranding", "time_bucket": "acuut", "days_since": 1.0, "age": 30.0})
    assert len(adult[0]["text"].split()) > len(messages[0]["text"].split())


async def test_an_english_referral_has_english_badges_and_buttons(kb):
    messages, _ = await route({"incident": "verkrachting", "time_bucket": "acuut", "days_since": 1.0,
                               "language": "en"})
    [message] = messages
    assert "not your fault" in message["text"] and "day and night" in message["text"]
    assert message["buttons"][0]["title"].startswith("More about")
    card = message["custom"]["organisations"][0]
    assert card["channels"][card["main"]]["availability"] == "day and night"
    assert message["custom"]["labels"]["expect"] == "What happens there?"


@pytest.mark.parametrize("slots, expected", [
    ({"incident": "aanranding", "time_bucket": "langer_geleden", "setting": "sport"}, "centrum-veilige-sport"),
    ({"incident": "online_beelden"}, "helpwanted"),
    ({"incident": "sextortion"}, "helpwanted"),
    ({"incident": "aanranding", "time_bucket": "langer_geleden", "setting": "thuis"}, "veilig-thuis"),
    ({"incident": "intimidatie", "time_bucket": "onbekend", "setting": "cultuur"}, "mores"),
    ({"incident": "onbekend", "time_bucket": "onbekend", "setting": "onbekend", "age": 14.0}, "kindertelefoon"),
    ({"incident": "onbekend", "time_bucket": "onbekend", "setting": "onbekend"}, "csg"),
])
async def test_the_right_organisation_is_named(kb, slots, expected):
    messages, _ = await route(slots)
    slugs = [o["slug"] for o in messages[0]["custom"]["organisations"]]
    assert expected in slugs
    assert expected in {r.slug for r in kb.find_help(situation_from_slots(slots),
                                                     now=MONDAY_AFTERNOON)}


async def test_more_options_shows_the_next_organisations(kb):
    # A wish for legal help adds a fourth place (Veilig Thuis is no filler for work).
    situation = {"incident": "aanranding", "time_bucket": "langer_geleden", "setting": "werk",
                 "wishes": ["juridisch"]}
    first, slots = await route(situation)
    shown = slots["shown_orgs"]
    more, more_slots = await route({**situation, "shown_orgs": shown}, intent="more_options")
    new = [o["slug"] for o in more[0]["custom"]["organisations"]]
    assert new and not set(new) & set(shown)
    assert more[0]["text"].startswith("Nog meer plekken")
    assert more_slots["shown_orgs"] == shown + new


async def test_when_everything_is_shown_the_national_lines_are_repeated(kb):
    slots = {"incident": "aanranding", "time_bucket": "langer_geleden", "setting": "werk"}
    shown = []
    for _ in range(6):
        messages, events = await route({**slots, "shown_orgs": shown}, intent="more_options")
        if "shown_orgs" not in events:
            break
        shown = events["shown_orgs"]
    else:
        pytest.fail("more options never ran out")
    assert messages[-1]["response"] == "utter_help_lines"


async def test_english_input_gets_an_english_frame(kb):
    messages, _ = await route({"incident": "verkrachting", "time_bucket": "acuut", "language": "en"})
    lines = messages[0]["text"].splitlines()
    assert "not your fault" in lines[0] and lines[1].startswith("This is where you can go")
    assert lines[2] == ("1. Centrum Seksueel Geweld (CSG): It was less than 7 days ago. The CSG can still have "
                        "traces examined, if you want. Call 0800-0188 (day and night).")
    assert "Call 112" in messages[0]["text"]


async def test_a_broken_knowledge_base_still_gives_the_numbers(monkeypatch, caplog):
    def broken():
        raise RuntimeError("secret detail")

    monkeypatch.setattr(route_help, "knowledge_base", broken)
    messages, _ = await route({"incident": "verkrachting"})
    assert [m.get("response") for m in messages] == ["utter_help_lines"]
    assert "secret detail" not in caplog.text and "RuntimeError" in caplog.text


# --- changing an answer -----------------------------------------------------------------

async def change(entities=None):
    dispatcher = CollectingDispatcher()
    t = tracker({"incident": "aanranding", "time_bucket": "acuut", "setting": "werk"},
                intent="change_answer", entities=entities)
    events = await change_answer.ActionChangeAnswer().run(dispatcher, t, {})
    return dispatcher.messages, slots_of(events)


async def test_change_without_details_asks_which_answer():
    messages, slots = await change()
    assert messages[0]["response"] == "utter_ask_what_to_change"
    assert slots == {"change_mode": "vragen"}


async def test_change_a_named_answer_clears_only_that_answer():
    messages, slots = await change([entity("changed_slot", "time_bucket")])
    assert messages == []
    assert slots == {"time_bucket": None, "days_since": None, "shown_orgs": None,
                     "change_mode": "opnieuw"}


async def test_change_everything_clears_all_three():
    _, slots = await change([entity("changed_slot", "alles")])
    assert {k for k, v in slots.items() if v is None} >= {"incident", "time_bucket", "setting"}


async def test_change_with_the_new_value_in_the_message_routes_again():
    _, slots = await change([entity("time_bucket", "langer_geleden")])
    assert slots == {"shown_orgs": None, "change_mode": "opnieuw"}


# --- questions ----------------------------------------------------------------------------

@pytest.mark.parametrize("intent, slug", [
    ("ask_compensation", "schadefonds"), ("ask_mediation", "perspectief-herstelbemiddeling"),
    ("ask_report_options", "politie"), ("ask_evidence", "csg"), ("ask_anonymity", "meld-misdaad-anoniem"),
    ("ask_law", "politie"), ("ask_law", "juridisch-loket"),
])
async def test_a_question_gets_the_card_of_the_organisation_to_contact(kb, intent, slug):
    dispatcher = CollectingDispatcher()
    await info_cards.ActionInfoCards().run(dispatcher, tracker(intent=intent), {})
    [message] = dispatcher.messages
    assert slug in [o["slug"] for o in message["custom"]["organisations"]]


async def test_every_question_intent_names_organisations_that_exist(kb):
    for intent, slugs in info_cards.ORGANISATIONS_FOR_QUESTION.items():
        for slug in slugs:
            assert kb.organisation(slug) is not None, (intent, slug)


async def test_no_cards_for_other_intents(kb):
    dispatcher = CollectingDispatcher()
    assert await info_cards.ActionInfoCards().run(dispatcher, tracker(intent="greet"), {}) == []
    assert dispatcher.messages == []


# --- the person moved on (issue 16: "not after the person moved on") -----------------------

def _triage_events(*user_intents):
    """The triage started, then the person's messages with these intents."""
    events = [{"event": "active_loop", "name": "triage_form"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_incident"}}]
    for intent in user_intents:
        events.append({"event": "user", "text": "...", "parse_data": {"intent": {"name": intent}}})
    return events


async def test_back_from_answering_a_question_the_asked_question_is_not_asked_again():
    t = tracker({"requested_slot": "incident"}, intent="ask_anonymity", active_loop="triage_form")
    t.events[:0] = _triage_events()
    t.events += [{"event": "action", "name": "utter_answer_anonymity"}, {"event": "bot", "text": "..."},
                 {"event": "action", "name": "triage_form"}]
    events = await ValidateTriageForm().run(CollectingDispatcher(), t, FORM_DOMAIN)
    assert slots_of(events)["incident"] == "onbekend"


async def test_after_the_person_moved_on_the_time_is_not_asked():
    form = ValidateTriageForm()
    moved_on = tracker({"incident": "aanranding"}, intent="inform", active_loop="triage_form")
    moved_on.events[:0] = _triage_events("feeling_doubt")
    assert await form.required_slots([], CollectingDispatcher(), moved_on, {}) == ["incident", "setting"]
    # answered each question: the time still matters for the CSG's first days
    answering = tracker({"incident": "aanranding"}, intent="inform", active_loop="triage_form")
    answering.events[:0] = _triage_events("inform")
    assert await form.required_slots([], CollectingDispatcher(), answering, {}) == ["incident", "time_bucket",
                                                                                    "setting"]
    # a question asked before this triage started is no moving on from it
    before = tracker({"incident": "aanranding"}, intent="inform", active_loop="triage_form")
    before.events[:0] = [{"event": "user", "text": "...", "parse_data": {"intent": {"name": "ask_permission"}}}] \
        + _triage_events("inform")
    assert "time_bucket" in await form.required_slots([], CollectingDispatcher(), before, {})
