"""The bystander and naaste actions (actions/bystanders/) against a real, seeded SQLite
knowledge base, with trackers as Rasa sends them; and the bystander domain responses."""
import itertools
import json
import re

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.bystanders import afterwards, coaching, common, naasten, practice
from bot.nlu.situation_extractor import SituationMatcher
from bot.paths import PROJECT_ROOT
from bot.reply_length import word_count
from knowledge.coaching.sharing_check import advice_to_share
from tests.helpers.kb_fixtures import verified_seed_phones
from tests.helpers.trackers import entity, tracker

ROOT = PROJECT_ROOT
DOMAIN_FILE = ROOT / "bot" / "domain" / "bystanders.yml"
PHONE = re.compile(r"(?<![\d-])(?:11[23]|0\d{1,3}-\d[\d ]{2,9}\d|0[89]00\d{4})(?![\d/-])")


@pytest.fixture(scope="module")
def read(nlp):
    """The entities the NLU (bot/nlu/situation_extractor.py) gives a typed message: the actions
    read no text themselves."""
    matcher = SituationMatcher()

    def entities_of(text):
        return [entity(e.entity, e.value) for e in matcher.extract(nlp(text.lower()))]
    return entities_of


@pytest.fixture(autouse=True)
def kb(real_kb, monkeypatch):
    monkeypatch.setattr(common, "knowledge_base", lambda: real_kb)
    return real_kb


async def run(action, t):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, t, {})
    return dispatcher.messages, events


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


def cards(messages):
    return [o["slug"] for m in messages if m.get("custom") for o in m["custom"]["organisations"]]


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def payloads(messages):
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


def earlier(action_name):
    return [{"event": "action", "name": action_name}]


# --- coaching ----------------------------------------------------------------------------------------

async def test_coaching_a_drunk_girl_led_away_at_a_party(read):
    text = "op een feest neemt een jongen een dronken meisje mee naar buiten"
    messages, events = await run(coaching.ActionBystanderCoaching(), tracker(
        intent="bystander_witnessing", text=text, entities=read(text)))
    first = messages[0]["text"]
    assert first.startswith("Wat je kunt doen tijdens het uitgaan:")
    assert "1. Delegeren" in first and "portier" in first and "2. Afleiden" in first
    assert "/bystander_afterwards" in payloads(messages) and "/practise" in payloads(messages)
    assert slot_events(events) == {"role": "omstander", "setting": "uitgaan"}


async def test_coaching_without_a_setting_asks_where_with_buttons():
    messages, _ = await run(coaching.ActionBystanderCoaching(), tracker(
        intent="bystander_witnessing", text="ik zie dat iemand wordt lastiggevallen, wat kan ik doen"))
    assert "1. Afleiden" in messages[0]["text"]
    assert '/bystander_witnessing{"setting":"ov"}' in payloads(messages)
    assert "Waar gebeurt of gebeurde het?" in messages[1]["text"]


async def test_a_setting_button_keeps_what_the_person_typed_before(read):
    words = "een man zit aan een meisje en ze kijkt bang"
    typed = {"event": "user", "text": words, "parse_data": {"entities": read(words)}}
    t = tracker(intent="bystander_witnessing", text='/bystander_witnessing{"setting":"ov"}',
                entities=[entity("setting", "ov")])
    t.events.insert(0, typed)
    messages, _ = await run(coaching.ActionBystanderCoaching(), t)
    assert "1. Delegeren" in messages[0]["text"] and "conducteur" in messages[0]["text"]  # fysiek, in the tram


async def test_the_tram_before_the_colleague_in_it():
    messages, _ = await run(coaching.ActionBystanderCoaching(), tracker(
        intent="bystander_witnessing", text="een collega van me zat in de trein aan een vrouw",
        entities=[entity("setting", "werk"), entity("setting", "ov"), entity("incident", "aanranding")]))
    assert "in de tram, bus, metro of trein" in messages[0]["text"]


async def test_coaching_in_english():
    messages, _ = await run(coaching.ActionBystanderCoaching(), tracker(
        intent="bystander_witnessing", text="a guy keeps making sexual jokes about a colleague at work",
        slots={"language": "en"}, entities=[entity("setting", "werk"), entity("incident", "intimidatie")]))
    text = texts(messages)
    assert text.startswith("What you can do at work:") and "1. Distract" in text
    assert "Practise" in [b["title"] for m in messages for b in m.get("buttons") or []]


async def test_explain_one_d_and_the_whole_method():
    one, _ = await run(coaching.ActionExplain5D(), tracker(
        intent="ask_5d", text="wat is documenteren", entities=[entity("d_method", "documenteren")]))
    assert one[0]["text"].startswith("Documenteren (vastleggen):") and "nooit online" in one[0]["text"]
    assert "112" in one[0]["text"]
    everything, events = await run(coaching.ActionExplain5D(), tracker(intent="ask_5d", text="wat is de 5d methode"))
    text = everything[0]["text"]
    assert all(name in text for name in (
        "Afleiden", "Delegeren", "Documenteren", "Achteraf steunen", "Direct aanspreken"))
    assert "Vier van de vijf zijn indirect" in text and "riskant" in text
    assert word_count(text) <= 120
    assert [b["title"] for b in everything[0]["buttons"]][:5] == [
        "Afleiden", "Delegeren", "Documenteren", "Achteraf steunen", "Direct aanspreken"]
    assert slot_events(events) == {"role": "omstander"}


async def test_the_method_button_explains_all_ds_even_after_a_message_that_named_one():
    t = tracker(intent="ask_5d", text="/ask_5d")
    t.events.insert(0, {"event": "user", "text": "ik zou de conducteur erbij halen", "parse_data": {}})
    messages, _ = await run(coaching.ActionExplain5D(), t)
    assert "5. Direct aanspreken" in messages[0]["text"]


# --- practice ----------------------------------------------------------------------------------------

async def test_practice_gives_a_scenario_with_a_button_per_d_and_keeps_it():
    messages, events = await run(practice.ActionPracticeScenario(), tracker(intent="practise", text="oefenen"))
    assert messages[0]["text"].startswith("Oefening 1 van 10: In de tram")
    assert "Bel 112" in messages[0]["text"]
    assert len(messages[0]["buttons"]) == 5
    assert '/choose_d{"d_method":"afleiden"}' in payloads(messages)
    assert slot_events(events) == {"practice_scenario": "tram", "d_method": None, "role": "omstander"}


async def test_practising_again_gives_the_next_scenario_or_one_in_the_setting_asked_for():
    _, events = await run(practice.ActionPracticeScenario(), tracker(
        intent="practise", text="nog een", slots={"practice_scenario": "tram"}))
    assert slot_events(events)["practice_scenario"] == "club"
    _, events = await run(practice.ActionPracticeScenario(), tracker(
        intent="practise", text="oefenen met werk", entities=[entity("setting", "werk")]))
    assert slot_events(events)["practice_scenario"] == "koffieautomaat"


async def test_feedback_on_a_button_and_on_free_text(read):
    button, events = await run(practice.ActionPracticeFeedback(), tracker(
        intent="choose_d", text='/choose_d{"d_method":"delegeren"}', entities=[entity("d_method", "delegeren")],
        slots={"practice_scenario": "club", "d_method": "delegeren"}))
    assert button[0]["text"].startswith("Delegeren (hulp inschakelen): Dat past hier goed.")
    assert "portier" in button[0]["text"] and "/practise" in payloads(button)
    assert slot_events(events)["d_method"] is None
    free, _ = await run(practice.ActionPracticeFeedback(), tracker(
        intent="choose_d", text="ik zou het filmen", entities=read("ik zou het filmen"),
        slots={"practice_scenario": "klassenapp"}))
    assert free[0]["text"].startswith("Documenteren (vastleggen): Let op.")
    assert "misdrijf" in free[0]["text"]
    assert "Wat hier het beste past: Delegeren (hulp inschakelen), Achteraf steunen." in free[0]["text"]


async def test_an_answer_that_names_no_d_gets_the_d_buttons_again():
    messages, _ = await run(practice.ActionPracticeFeedback(), tracker(
        intent="choose_d", text="weet ik veel", slots={"practice_scenario": "tram"}))
    assert "Welke D bedoel je?" in messages[0]["text"] and len(messages[0]["buttons"]) == 5


async def test_an_unrecognised_answer_gets_the_kind_fallback_and_the_d_buttons():
    messages, _ = await run(practice.ActionPracticeFeedback(), tracker(
        intent="nlu_fallback", text="hmm lastig", slots={"practice_scenario": "tram"}))
    assert messages[0] == {**messages[0], "response": "utter_default"}
    assert "Welke D bedoel je?" in messages[1]["text"]


async def test_an_answer_the_intent_missed_is_still_read_by_the_feedback(read):
    text = "ik ga naar de uitsmijter bij de deur"
    messages, _ = await run(practice.ActionPracticeFeedback(), tracker(
        intent="nlu_fallback", text=text, entities=read(text), slots={"practice_scenario": "club"}))
    assert messages[0]["text"].startswith("Delegeren (hulp inschakelen): Dat past hier goed.")


async def test_a_d_without_a_scenario_is_explained_and_practice_offered(read):
    messages, _ = await run(practice.ActionPracticeFeedback(), tracker(
        intent="choose_d", text="ik zou afleiden", entities=read("ik zou afleiden")))
    assert messages[0]["text"].startswith("Afleiden:")
    assert "/practise" in payloads(messages)


# --- afterwards ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("slots, first", [
    ({"setting": "ov", "incident": "aanranding", "days_since": 1}, "politie"),
    ({"setting": "sport"}, "centrum-veilige-sport"),
    ({"setting": "cultuur"}, "mores"),
    ({"setting": "thuis"}, "veilig-thuis"),
    ({"setting": "werk"}, "werk-arbeidsinspectie"),
    ({"setting": "online", "incident": "online_beelden", "about_child": "ja"}, "meldpunt-kinderporno"),
    ({}, "slachtofferhulp"),
])
async def test_afterwards_routes_a_witness_through_the_knowledge_base(slots, first):
    messages, events = await run(afterwards.ActionBystanderAfterwards(), tracker(
        intent="bystander_afterwards", text="waar kan ik dit melden", slots=slots))
    found = cards(messages)
    assert found[0] == first
    if "about_child" not in slots:  # for a child three more specific places come first
        assert "slachtofferhulp" in found
    assert "nooit online" in messages[0]["text"]
    assert slot_events(events) == {"role": "omstander"}
    card_message = next(m for m in messages if m.get("custom"))
    # One message: the text for clients without cards, and the cards with the words around
    # the numbered lines, which the page shows instead of them.
    assert card_message["text"].startswith(card_message["custom"]["lead"])
    assert word_count(card_message["text"]) <= 120


async def test_afterwards_without_the_knowledge_base_still_gives_numbers(monkeypatch):
    def broken():
        raise RuntimeError("database down")

    monkeypatch.setattr(common, "knowledge_base", broken)
    messages, _ = await run(afterwards.ActionBystanderAfterwards(), tracker(intent="bystander_afterwards"))
    text = texts(messages)
    assert "0900-0101" in text and "0800-2000" in text and not cards(messages)


# --- naasten ------------------------------------------------------------------------------------------

async def test_a_naaste_first_hears_how_to_respond_then_what_to_do_and_where():
    messages, events = await run(naasten.ActionNaasteAdvice(), tracker(
        intent="naaste_confided", text="mijn dochter is gisteren verkracht",
        entities=[entity("incident", "verkrachting")], slots={"days_since": 1.0, "time_bucket": "acuut"}))
    text = texts(messages)
    assert messages[0]["text"].startswith("Fijn dat diegene jou in vertrouwen nam.")
    assert "Wat heb je nodig?" in text and "minder moeten drinken" in text
    assert "0800-0188" in text and "113" in text
    assert cards(messages)[0] == "csg"
    assert "/naaste_own_support" in payloads(messages)
    assert '/naaste_confided{"time_bucket":"acuut"}' not in payloads(messages)  # already known
    assert slot_events(events) == {"role": "naaste"}


async def test_the_second_time_the_naaste_gets_only_what_is_new():
    t = tracker(intent="naaste_confided", text='/naaste_confided{"about_child":"ja"}',
                entities=[entity("about_child", "ja")])
    t.events[:0] = earlier("action_naaste_advice")
    messages, _ = await run(naasten.ActionNaasteAdvice(), t)
    text = texts(messages)
    assert "in vertrouwen nam" not in text
    assert "Stel geen vragen zoals bij een verhoor" in text and "0900-8844" in text
    assert cards(messages)[:2] == ["veilig-thuis", "politie"]


async def test_images_of_a_child_online():
    messages, _ = await run(naasten.ActionNaasteAdvice(), tracker(
        intent="naaste_confided", text="er staan naaktfotos van mijn dochter van 14 online",
        entities=[entity("incident", "online_beelden"), entity("about_child", "ja"), entity("setting", "online")]))
    text = texts(messages)
    assert "Meldpunt Kinderporno" in text and "Helpwanted" in text
    assert cards(messages)[:2] == ["meldpunt-kinderporno", "helpwanted"]


async def test_a_teacher_told_by_a_pupil_hears_where_professionals_consult(read):
    first = "ik ben docent op een middelbare school"
    text = "een leerling vertelde vandaag dat haar oom aan haar zit"
    t = tracker(intent="naaste_confided", text=text, entities=read(text))
    t.events.insert(0, {"event": "user", "text": first, "parse_data": {"entities": read(first)}})
    messages, _ = await run(naasten.ActionNaasteAdvice(), t)
    said = texts(messages)
    assert "Zag of hoorde je het in je werk?" in said and "0900-8844" in said
    assert "0900-111 3 111" in said  # the pupil's school: the vertrouwensinspecteurs
    assert all(word_count(m.get("text") or "") <= 120 for m in messages)


async def test_a_professional_who_saw_something_hears_where_professionals_consult(read):
    text = "als trainer zie ik dat de assistent-trainer steeds aan een meisje van 13 zit in de kleedkamer"
    messages, events = await run(naasten.ActionProfessionalAdvice(), tracker(
        intent="professional_concern", text=text, entities=read(text)))
    said = texts(messages)
    assert said.startswith("Goed dat je hier iets mee doet.")
    assert "0800-2000" in said and "0900-8844" in said  # Veilig Thuis, the zedenpolitie's consult
    assert "Stel geen vragen zoals bij een verhoor" in said  # a child
    assert "Delegeren" not in said and "Wanneer is het gebeurd" not in said
    assert all(word_count(m.get("text") or "") <= 120 for m in messages)
    assert cards(messages) and slot_events(events) == {"role": "naaste"}


async def test_support_for_the_naaste_themselves():
    messages, events = await run(naasten.ActionNaasteOwnSupport(), tracker(
        intent="naaste_own_support", text="ik heb zelf ook hulp nodig"))
    text = texts(messages)
    assert "Voor de helpers" in text and "huisarts" in text
    assert cards(messages)[0] == "slachtofferhulp"
    assert slot_events(events) == {"role": "naaste"}


async def test_more_tips_asked_again_never_repeats_the_tips():
    action, said = naasten.ActionNaasteMoreTips(), []
    for _ in range(3):
        t = tracker(intent="naaste_more_tips", text="wat zeg ik nog meer")
        t.events.extend({"event": "bot", "text": text} for text in said)
        messages, _ = await run(action, t)
        said.append(texts(messages))
    assert said[0].startswith("Nog een paar tips:")
    assert len(set(said)) == 3


async def test_naaste_in_english():
    messages, _ = await run(naasten.ActionNaasteAdvice(), tracker(
        intent="naaste_confided", text="my friend told me she was raped", slots={"language": "en"}))
    text = texts(messages)
    assert "What do you need?" in text and "What better not to say:" in text
    assert "Where you can go:" in text


# --- every answer: no advice to share images, only verified numbers -------------------------------------

ACTIONS = [coaching.ActionBystanderCoaching(), coaching.ActionExplain5D(), practice.ActionPracticeScenario(),
           practice.ActionPracticeFeedback(), afterwards.ActionBystanderAfterwards(), naasten.ActionNaasteAdvice(),
           naasten.ActionNaasteOwnSupport(), naasten.ActionNaasteMoreTips(), naasten.ActionProfessionalAdvice()]
SITUATIONS = [
    {}, {"setting": "online", "incident": "online_beelden"}, {"setting": "school", "incident": "online_beelden"},
    {"setting": "uitgaan", "incident": "drogering"}, {"setting": "thuis", "about_child": "ja"},
    {"setting": "ov", "incident": "aanranding", "days_since": 3},
]




async def test_no_action_answer_advises_sharing_images_and_every_number_is_verified():
    known, checked = verified_seed_phones(), 0
    for action, slots, language, scenario in itertools.product(
            ACTIONS, SITUATIONS, ("nl", "en"), (None, "klassenapp", "instagram")):
        slots = {**slots, "language": language, "practice_scenario": scenario}
        for d in (None, "documenteren"):
            ents = [entity("d_method", d)] if d else []
            messages, _ = await run(action, tracker(slots=slots, text="ik zou het filmen", entities=ents))
            for message in messages:
                for text in [message.get("text") or ""] + [json.dumps(message.get("custom") or {}, ensure_ascii=False)]:
                    assert advice_to_share(text) == [], (action.name(), text)
                    found = {re.sub(r"\D", "", n) for n in PHONE.findall(message.get("text") or "")}
                    assert found <= known, (action.name(), found - known)
                checked += 1
    assert checked > 500


# --- the domain -------------------------------------------------------------------------------------------

def test_bystander_responses_have_dutch_and_english_and_put_safety_first():
    domain = yaml.safe_load(DOMAIN_FILE.read_text("utf-8"))
    safety = domain["responses"]["utter_bystander_safety"]
    dutch = [v for v in safety if "condition" not in v]
    english = [v for v in safety if v.get("condition") == [{"type": "slot", "name": "language", "value": "en"}]]
    assert len(dutch) == 1 and len(english) == 1
    assert "112" in dutch[0]["text"] and "veilig" in dutch[0]["text"]
    assert "112" in english[0]["text"] and "safe" in english[0]["text"]


def test_no_domain_response_advises_sharing_images():
    checked = 0
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        for name, variations in (yaml.safe_load(path.read_text("utf-8")).get("responses") or {}).items():
            for variation in variations:
                assert advice_to_share(variation.get("text") or "") == [], (path.name, name)
                checked += 1
    assert checked > 10


def test_numbers_in_the_bystander_domain_are_verified():
    found = {re.sub(r"\D", "", n) for n in PHONE.findall(DOMAIN_FILE.read_text("utf-8"))}
    assert "112" in found and found <= verified_seed_phones()


def test_the_actions_the_domain_declares_exist():
    declared = set(yaml.safe_load(DOMAIN_FILE.read_text("utf-8"))["actions"])
    assert declared == {a.name() for a in ACTIONS}


def test_online_coaching_with_the_named_documenteren_stays_within_120_words_and_keeps_the_caveat():
    """A witness in a game server who wrote "screenshot" got the online note on images and the
    caveat of Documenteren, both about images: 130 words (blind set L). The caveat stays."""
    from actions.bystanders.render import coaching_text
    from knowledge.bystander_coaching import Coaching, CoachStep, Explanation

    step = CoachStep("delegeren", "Delegeren (hulp inschakelen)",
                     "Stuur het niet door, like het niet en reageer niet met grappen. Meld het bij het platform "
                     "of de beheerder van de groep.")
    note = ("Naaktbeelden van anderen: bewaar ze niet, stuur ze nooit door. Delen zonder toestemming is "
            "strafbaar, op elke leeftijd. Onder de 18? Zoek ze niet op, dat is strafbaar. Meld de link bij "
            "Meldpunt Kinderporno of het platform.")
    caveat = ("Wat je vastlegt, is van de persoon: laat die beslissen. Zet het nooit online en stuur het niet door. "
              "Maak of bewaar nooit naaktbeelden van een ander. Delen zonder toestemming is strafbaar, op elke "
              "leeftijd. Onder de 18? Dan is ook opzoeken of bewaren een misdrijf. Meld de link bij Meldpunt "
              "Kinderporno. Helpwanted kan helpen.")
    asked = Explanation("documenteren", "Documenteren (vastleggen)", "", "", caveat)
    result = Coaching("online", "online", "online", "nu", "", "online", (step,), (), (note,), asked)
    text = coaching_text(result, "nl")
    assert word_count(text) <= 120
    assert caveat in text and step.text in text
    assert advice_to_share(text) == []


def test_every_coaching_stays_within_120_words_and_keeps_what_is_safety():
    """Every setting, kind, moment and named D, in both languages: a witness who named
    Documenteren after a night out got 136 words (blind set R). The named D's caveat and the
    notes on images stay (unless the caveat says the same); the reassurance for afterwards gives way."""
    from actions.bystanders.render import _IMAGES, coaching_text
    from knowledge.bystander_coaching import SETTINGS, coach, content

    ds = [None, "afleiden", "delegeren", "documenteren", "achteraf_steunen", "direct_aanspreken"]
    for setting in [*SETTINGS, None]:
        for kind in [*content().kinds, None]:
            for bucket in ("acuut", "langer_geleden"):
                for d in ds:
                    for language in ("nl", "en"):
                        result = coach(setting, harm_kind=kind, time_bucket=bucket, d_method=d, language=language)
                        text = coaching_text(result, language)
                        assert word_count(text) <= 120, (setting, kind, bucket, d, language)
                        assert result.steps[0].text in text
                        if result.asked:
                            assert result.asked.caveat in text
                        # a note on images may give way to a named D's caveat that says the same
                        said_by_caveat = result.asked is not None and _IMAGES.search(result.asked.caveat)
                        left_out = [note for note in result.notes if note not in text and note != result.reassurance]
                        assert not left_out or said_by_caveat, (setting, kind, bucket, d, language)
