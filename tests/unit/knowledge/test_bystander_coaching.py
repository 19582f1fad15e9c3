"""The bystander coach (knowledge.bystander_coaching), practice (knowledge.coaching.practice),
advice for naasten (knowledge.coaching.naasten) and the content they read
(knowledge/coaching/*.yaml): the right Ds for the situation, in order, with concrete words,
every caveat, English too, and never advice to share or keep images."""
import inspect
import re
import shutil
from pathlib import Path

import pytest

from bot.paths import PROJECT_ROOT
from knowledge import bystander_coaching as coaching
from knowledge.coaching import content as content_mod
from knowledge.coaching import naasten, practice
from knowledge.coaching.content import D_METHODS, SETTINGS, ContentError, load
from knowledge.coaching.sharing_check import advice_to_share
from tests.helpers.kb_fixtures import verified_seed_phones

ROOT = PROJECT_ROOT
COACHING_DIR = ROOT / "knowledge" / "coaching"
# 112, 113, 0800-0188, 020-261 52 75, 0900-202 55 90 ... (tests/test_user_facing_numbers.py has
# {3,9} where {2,9} is needed to see four digits after the dash, as in 0800-0188.)
PHONE = re.compile(r"(?<![\d-])(?:11[23]|0\d{1,3}-\d[\d ]{2,9}\d|0[89]00\d{4})(?![\d/-])")


def all_text(result) -> str:
    parts = [s.text for s in result.steps] + list(result.notes)
    return " ".join(parts)


# --- the five Ds ----------------------------------------------------------------------------------

def test_the_five_ds_in_order_each_with_what_example_and_caveat_in_both_languages():
    for language in ("nl", "en"):
        intro, safety, ds = coaching.overview(language)
        assert [d.d for d in ds] == list(D_METHODS)
        assert "112" in safety
        for d in ds:
            assert d.name and d.what and d.example and d.caveat
    assert coaching.explain("afleiden", "en").name == "Distract"
    assert coaching.explain("afleiden", "nl").name == "Afleiden"


def test_document_is_only_when_someone_helps_from_a_distance_and_never_shared():
    d = coaching.explain("documenteren", "nl")
    assert "alleen als iemand anders de persoon al helpt" in d.what
    assert "veilige afstand" in d.what
    assert "tijd en de plek" in d.what
    for words in ("laat die beslissen", "nooit online", "niet door", "onder de 18", "misdrijf",
                  "Meldpunt Kinderporno", "Helpwanted", "bewaar nooit naaktbeelden"):
        assert words.lower() in d.caveat.lower(), words
    en = coaching.explain("documenteren", "en")
    assert "Never post it online" in en.caveat and "crime" in en.caveat


def test_direct_is_marked_risky_and_distract_ignores_the_harasser():
    assert "riskant" in coaching.explain("direct_aanspreken", "nl").caveat
    assert "risky" in coaching.explain("direct_aanspreken", "en").caveat
    assert "Praat niet met de dader" in coaching.explain("afleiden", "nl").caveat
    assert "112" in coaching.explain("delegeren", "nl").caveat


# --- coaching for the situation -----------------------------------------------------------------

def test_a_drunk_person_led_away_at_a_party_is_not_a_remark_at_the_coffee_machine():
    # the NLU's entities for "op een feest zag ik een jongen een dronken meisje mee naar buiten nemen"
    # and "bij de koffieautomaat maakt een collega steeds seksuele grappen over haar"
    party = coaching.coach(scene="uitgaan", harm_kind="fysiek")
    coffee = coaching.coach(scene="werk", harm_kind="verbaal")
    assert (party.setting, party.kind) == ("uitgaan", "fysiek")
    assert (coffee.setting, coffee.kind) == ("werk", "verbaal")
    assert party.ds[0] == "delegeren" and "portier" in party.steps[0].text
    assert coffee.ds[0] == "afleiden" and "portier" not in all_text(coffee)
    assert party.ds != coffee.ds


@pytest.mark.parametrize("setting, incident, words", [
    ("ov", "aanranding", ["conducteur", "bestuurder"]),
    ("ov", None, ["conducteur"]),
    ("uitgaan", "drogering", ["portier", "beveiliging", "bar"]),
    ("uitgaan", "intimidatie", ["bar", "beveiliging"]),
    ("school", None, ["leraar", "mentor"]),
    ("school", "online_beelden", ["mentor", "niet door", "platform"]),
    ("werk", "aanranding", ["leidinggevende"]),
    ("sport", None, ["bestuur", "Centrum Veilige Sport"]),
    ("cultuur", None, ["Mores"]),
    ("thuis", None, ["112", "Veilig Thuis", "0800-2000"]),
    ("online", None, ["platform", "Stuur het niet door"]),
    ("straat", "aanranding", ["112"]),
])
def test_each_setting_gets_concrete_words(setting, incident, words):
    text = all_text(coaching.coach(setting=setting, incident=incident))
    for word in words:
        assert word in text, (setting, word)


def test_work_mentions_the_vertrouwenspersoon_afterwards():
    result = coaching.coach(setting="werk", incident="intimidatie", days_since=3)
    assert result.moment == coaching.AFTERWARDS
    assert "vertrouwenspersoon" in all_text(result)


@pytest.mark.parametrize("setting", [None, *SETTINGS])
@pytest.mark.parametrize("incident", [None, "verkrachting", "intimidatie", "online_beelden", "onbekend"])
def test_every_situation_gets_two_or_three_different_ds_and_the_safety_line(setting, incident):
    result = coaching.coach(setting=setting, incident=incident)
    assert 2 <= len(result.steps) <= 3
    assert len(set(result.ds)) == len(result.ds)
    assert set(result.ds) <= set(D_METHODS)
    assert "112" in result.safety


def test_four_of_five_ds_are_indirect_so_direct_is_never_the_first_choice():
    for setting in [None, *SETTINGS]:
        for incident in (None, "aanranding", "intimidatie", "online_beelden"):
            assert coaching.coach(setting=setting, incident=incident).ds[0] != "direct_aanspreken"


def test_physical_violence_puts_getting_help_first_in_public_places():
    for setting in ("ov", "uitgaan", "straat", None):
        assert coaching.coach(setting=setting, incident="aanranding").ds[0] == "delegeren", setting


def test_when_it_is_over_the_coach_gives_what_you_can_still_do_and_the_ds_for_a_next_time():
    # "gisteren zag ik in de trein dat een man een vrouw betastte"
    result = coaching.coach(setting="ov", harm_kind="fysiek", days_since=1)
    assert result.setting == "ov" and result.kind == "fysiek"
    assert result.moment == coaching.AFTERWARDS
    assert result.ds[0] == "achteraf_steunen"
    assert result.next_time == ("Delegeren (hulp inschakelen)", "Afleiden", "Achteraf steunen")
    assert any("bevriezen" in note for note in result.notes)  # no blame for not acting
    assert "melding" in all_text(result)


@pytest.mark.parametrize("days_since, bucket, moment_said, moment", [
    (0, None, None, coaching.NOW),
    (0, None, "achteraf", coaching.NOW),  # a date the NLU read wins over a word
    (2, None, None, coaching.AFTERWARDS),
    (None, "langer_geleden", None, coaching.AFTERWARDS),
    (None, "acuut", None, coaching.NOW),
    (None, None, "achteraf", coaching.AFTERWARDS),  # "het was al voorbij", "laatst"
    (None, None, "iets anders", coaching.NOW),
])
def test_moment(days_since, bucket, moment_said, moment):
    assert coaching.resolve_moment(days_since, bucket, moment_said) == moment


def test_the_scene_wins_then_the_setting_entity_then_what_was_known():
    # Since 6 December (late) the scene first: it says where the bystander is ("een collega in de
    # tram": the tram's coaching), the setting entity which reporting point fits; "onze
    # stagiaire" at the office made the setting school, and a witness at work got school's Ds.
    assert coaching.resolve_setting("werk", "ov", "school") == "ov"
    assert coaching.resolve_setting("school", "werk", None) == "werk"
    assert coaching.resolve_setting("werk", None, "school") == "werk"
    assert coaching.resolve_setting(None, "ov", "school") == "ov"
    assert coaching.resolve_setting(None, None, "school") == "school"
    assert coaching.resolve_setting("onbekend", None, "onbekend") is None
    assert coaching.resolve_setting("nergens", "ook niet") is None


def test_the_kind_comes_from_the_incident_then_an_online_setting_then_the_nlu():
    assert coaching.resolve_kind("aanranding", "werk", "verbaal") == "fysiek"
    assert coaching.resolve_kind(None, "online", "fysiek") == "online"
    assert coaching.resolve_kind(None, "werk", "verbaal") == "verbaal"
    assert coaching.resolve_kind(None, "werk", "anders") is None


def test_the_coach_reads_no_text():
    """One place reads what people type (bot/nlu/): the coach takes entity values only."""
    assert "text" not in inspect.signature(coaching.coach).parameters
    source = inspect.getsource(coaching)
    assert "cues" not in source and "guess_d" not in source
    for path in COACHING_DIR.glob("*.yaml"):
        assert not re.search(r"^\s+cues:", path.read_text("utf-8"), re.M), path.name


def test_images_online_always_come_with_the_warning_about_images():
    result = coaching.coach(setting="school", incident="online_beelden")
    assert result.kind == "online"
    assert any("Meldpunt Kinderporno" in n and "nooit door" in n for n in result.notes)
    assert all("Meldpunt Kinderporno" not in n for n in coaching.coach(setting="werk").notes)


def test_naming_a_d_brings_its_caveat():
    result = coaching.coach(setting="ov", d_method="direct_aanspreken")  # "mag ik hem gewoon aanspreken?"
    assert result.asked is not None and result.asked.d == "direct_aanspreken"
    assert "riskant" in result.asked.caveat


def test_english_coaching_is_english():
    result = coaching.coach(setting="uitgaan", incident="drogering", language="en")
    assert result.steps[0].name == "Delegate"
    assert "bouncer" in result.steps[0].text
    assert "Call 112" in result.safety
    assert result.where == "on a night out"


def test_ov_and_uitgaan_are_the_street_for_the_knowledge_base():
    assert coaching.kb_setting("ov") == "straat"
    assert coaching.kb_setting("uitgaan") == "straat"
    assert coaching.kb_setting("sport") == "sport"
    assert coaching.kb_setting("nergens") is None


# --- practice -------------------------------------------------------------------------------------

def test_at_least_eight_scenarios_across_settings():
    scenarios = practice.scenarios()
    assert len(scenarios) >= 8
    assert len({s.setting for s in scenarios}) >= 7


def test_practising_goes_through_every_scenario_before_one_comes_back():
    seen, current = [], None
    for _ in range(len(practice.scenarios())):
        current = practice.next_scenario(current).id
        seen.append(current)
    assert sorted(seen) == sorted(s.id for s in practice.scenarios())
    assert practice.next_scenario(current).id == seen[0]


def test_asking_for_a_setting_gives_a_scenario_in_that_setting():
    assert practice.next_scenario(None, "uitgaan").setting == "uitgaan"
    first_ov = practice.next_scenario(None, "ov")
    assert practice.next_scenario(first_ov.id, "ov").id != first_ov.id  # the other ov scenario


def test_feedback_says_whether_the_d_fits_and_why():
    good = practice.feedback("club", "delegeren", "nl")
    assert good.fits and good.rating == "goed" and "portier" in good.why
    risky = practice.feedback("club", "documenteren", "nl")
    assert not risky.fits and risky.rating == "let_op"
    assert risky.best == ("Delegeren (hulp inschakelen)", "Afleiden")
    assert practice.feedback("club", "delegeren", "en").verdict == "That fits well here."
    assert practice.feedback("bestaat-niet", "delegeren") is None
    assert practice.feedback("club", "iets") is None


def test_documenting_a_nude_photo_of_a_classmate_is_never_fine():
    fb = practice.feedback("klassenapp", "documenteren", "nl")
    assert fb.rating == "let_op" and "misdrijf" in fb.why


@pytest.mark.parametrize("scenario", [s.id for s in load().scenarios])
def test_every_scenario_has_feedback_for_all_five_ds_in_both_languages(scenario):
    for d in D_METHODS:
        for language in ("nl", "en"):
            fb = practice.feedback(scenario, d, language)
            assert fb.why and fb.verdict and fb.best


# --- naasten --------------------------------------------------------------------------------------

def test_how_to_respond():
    r = naasten.respond("nl")
    text = " ".join(r.do)
    for words in ("Luister", "Geloof", "niet jouw schuld", "Wat heb je nodig?", "zelf beslissen"):
        assert words in text
    donts = " ".join(r.dont)
    assert "minder moeten drinken" in donts and "naar de politie" in donts
    assert len(r.dont) >= 4
    assert "What do you need?" in " ".join(naasten.respond("en").do)


def test_what_now_within_seven_days_names_the_csg_that_naasten_may_call():
    advice = naasten.what_now(incident="verkrachting", days_since=3)
    assert advice.whens[0] == "acute"
    assert "0800-0188" in advice.items[0][1] and "Jij mag ook zelf bellen" in advice.items[0][1]
    assert "acute" not in naasten.applicable(incident="verkrachting", days_since=30)


def test_a_child_told_you():
    advice = dict(naasten.what_now(about_child=True).items)
    child = advice["child"]
    for words in ("Blijf rustig", "Stel geen vragen zoals bij een verhoor", "0900-8844", "anoniem", "Veilig Thuis"):
        assert words in child
    assert "police" not in advice  # no push to report for a child; the zedenpolitie is advice


def test_at_home_online_and_suicide():
    assert "at_home" in naasten.applicable(setting="thuis")
    online = dict(naasten.what_now(incident="online_beelden").items)
    assert "Helpwanted" in online["online_images"] and "niet door" in online["online_images"]
    assert "online_images_child" not in online
    child_online = dict(naasten.what_now(incident="online_beelden", about_child=True).items)
    assert "Meldpunt Kinderporno" in child_online["online_images_child"]
    for situation in ({}, {"about_child": True}, {"setting": "thuis"}):
        assert "113" in dict(naasten.what_now(**situation).items)["always"]


def test_a_professional_hears_where_professionals_can_consult():
    advice = dict(naasten.what_now(professional=True).items)
    assert "0800-2000" in advice["professional"] and "anoniem" in advice["professional"]
    assert "keuze 3" in advice["professional"]
    assert "professional_school" not in advice and "police" not in advice  # not "je naaste"
    school = dict(naasten.what_now(professional=True, setting="school").items)
    assert "0900-111 3 111" in school["professional_school"] and "schoolbestuur" in school["professional_school"]
    assert "professional" not in naasten.applicable(setting="school")  # a parent at the school gate


def test_police_is_offered_as_a_choice_never_as_a_must():
    police = dict(naasten.what_now(incident="aanranding", days_since=20).items)["police"]
    assert "informatief gesprek" in police and "niets te beslissen" in police


def test_support_for_naasten_themselves():
    title, items = naasten.own_support("nl")
    text = " ".join(items)
    for words in ("Slachtofferhulp", "Voor de helpers", "0900-0101", "Centrum Seksueel Geweld", "huisarts"):
        assert words in text
    assert "normaal" in title


# --- the content ------------------------------------------------------------------------------------



def test_every_phone_number_in_the_coaching_content_is_a_verified_seed_fact():
    known = verified_seed_phones()
    found = {re.sub(r"\D", "", m) for _, text in load().texts() for m in PHONE.findall(text)}
    assert {"112", "113", "08000188", "08002000", "09008844"} <= found
    assert found <= known, sorted(found - known)


def test_no_coaching_text_advises_sharing_or_keeping_images():
    checked = 0
    for where, text in load().texts():
        assert advice_to_share(text) == [], where
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("text", [
    "Film het en zet het op Instagram.",
    "Maak een filmpje. Deel het met je vrienden.",
    "Stuur de foto door naar de groep.",
    "Bewaar de naaktfoto als bewijs.",
    "Share the video on social media.",
    "Forward the pictures to her friends.",
    "Save the screenshots for later.",
])
def test_the_sharing_check_catches_advice_to_share(text):
    assert advice_to_share(text)


@pytest.mark.parametrize("text", [
    "Zet het nooit online en stuur het niet door.",
    "Een naaktfoto bewaren of verspreiden is een misdrijf.",
    "Do not forward it and do not keep it.",
    "Stuur de persoon een privébericht.",
    "Keep a safe distance.",
])
def test_the_sharing_check_lets_warnings_through(text):
    assert advice_to_share(text) == []


@pytest.fixture
def content_copy(tmp_path):
    for path in COACHING_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    yield tmp_path
    content_mod.load.cache_clear()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize("file, old, new, problem", [
    ("five_d.yaml", "name: {nl: Afleiden, en: Distract}", "name: {nl: Afleiden}", "methods.afleiden.name.en"),
    ("situations.yaml", "      - d: afleiden", "      - d: wegrennen", "unknown D"),
    ("practice.yaml", "    best: [delegeren, afleiden]", "    best: [direct_aanspreken]", "best"),
    ("practice.yaml", "        rating: goed", "        rating: prima", "rating"),
    ("situations.yaml", "kb_setting: werk", "kb_setting: kantoor", "kb_setting"),
    ("naasten.yaml", "    - when: police", "    - when: politie", "naasten"),
    ("practice.yaml", 'kan: {nl: "Dat kan, maar let op."', "kan: {nl: Dat kan, maar let op.",
     "quote texts with commas"),
    ("five_d.yaml", "Zet het\n        nooit online en stuur het niet door.",
     "Zet het\n        online en stuur het door.", "never advise sharing"),
])
def test_broken_content_is_refused_with_where_it_is(content_copy, file, old, new, problem):
    _edit(content_copy / file, old, new)
    with pytest.raises(ContentError, match=re.escape(problem)):
        load(str(content_copy))


def test_the_real_content_loads(content_copy):
    assert load(str(content_copy)).methods[0].id == "afleiden"
