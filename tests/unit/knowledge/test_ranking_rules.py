"""Every routing rule, on small made-up organisations: a situation that triggers it and one
that must not. Wording in the real seed can change without breaking these."""
from datetime import datetime

import pytest

from knowledge import Situation, find_help
from knowledge.opening_hours import AMSTERDAM

S = Situation


def ranked(kb, situation, now, limit=3):
    return kb.find_help(situation, now=now, limit=limit)


def slugs(kb, situation, now, limit=3):
    return [r.slug for r in ranked(kb, situation, now, limit)]


def reasons(kb, situation, now, slug, limit=3):
    return " ".join(next((r.reasons for r in ranked(kb, situation, now, limit) if r.slug == slug), ()))


# --- danger and suicide are the crisis check's job, not the ranking's -----------------------------

def test_without_danger_there_is_no_112_recommendation(fixture_kb, now):
    assert "politie" not in slugs(fixture_kb, S(incident="verkrachting", days_since=1), now, limit=10)


def test_aangifte_without_danger_leads_with_the_non_emergency_number(fixture_kb, now):
    police = ranked(fixture_kb, S(wishes={"aangifte"}), now)[0]
    assert police.slug == "politie"
    assert police.channels[0].value == "0900-8844"


def test_the_crisis_line_is_not_offered_without_a_crisis(fixture_kb, now):
    # 113 also offers anonymous talks, but "wants to talk" alone is no reason to send someone there.
    assert "113-zelfmoordpreventie" not in slugs(fixture_kb, S(wishes={"praten"}), now, limit=10)


# --- at most 7 days after physical sexual violence: CSG first -------------------------------------

@pytest.mark.parametrize("situation", [
    S(incident="verkrachting", days_since=0),
    S(incident="aanranding", days_since=3),
    S(incident="verkrachting", days_since=7),
    S(incident="verkrachting", bucket="acuut"),
    S(incident="verkrachting", days_since=2, setting="sport", wishes={"juridisch"}),
])
def test_recent_physical_violence_puts_csg_first_with_the_reason(fixture_kb, now, situation):
    first = ranked(fixture_kb, situation, now)[0]
    assert first.slug == "csg"
    assert "Het CSG kan dan nog sporen laten onderzoeken, als jij dat wilt." in first.reasons[0]
    assert "binnen 72 uur" in first.reasons[0]


def test_the_reason_is_the_policy_sentence(fixture_kb, now):
    first = ranked(fixture_kb, S(incident="verkrachting", days_since=2), now)[0]
    assert first.reasons == ("Het is minder dan 7 dagen geleden. Het CSG kan dan nog sporen laten onderzoeken, "
                             "als jij dat wilt. Medische zorg, zoals tegen zwangerschap of hiv, werkt het best "
                             "binnen 72 uur.",)


@pytest.mark.parametrize("situation", [
    S(incident="verkrachting", days_since=8),
    S(incident="verkrachting", days_since=30, bucket="acuut"),  # the day count wins
    S(incident="sextortion", days_since=1),
    S(incident="intimidatie", days_since=1),
    S(incident="verkrachting", bucket="langer_geleden"),
])
def test_no_acute_csg_rule_when_longer_ago_or_not_physical(fixture_kb, now, situation):
    assert "sporen veiligstellen" not in reasons(fixture_kb, situation, now, "csg", limit=10)


def test_longer_ago_and_sector_setting_do_not_put_csg_first(fixture_kb, now):
    assert slugs(fixture_kb, S(incident="verkrachting", days_since=40, setting="sport"), now)[0] == "sportmeldpunt"


# --- online images or sextortion: Helpwanted ------------------------------------------------------

@pytest.mark.parametrize("situation, words", [
    (S(incident="sextortion"), "Geef niet toe"),
    (S(incident="online_beelden"), "laten verwijderen"),
    (S(wishes={"beelden_verwijderen"}), "laten verwijderen"),
    (S(setting="online", incident="intimidatie"), "online"),
])
def test_online_images_and_sextortion_go_to_helpwanted(fixture_kb, now, situation, words):
    first = ranked(fixture_kb, situation, now)[0]
    assert first.slug == "helpwanted"
    assert words in first.reasons[0]


def test_no_helpwanted_for_offline_violence(fixture_kb, now):
    assert "helpwanted" not in slugs(
        fixture_kb, S(incident="verkrachting", days_since=50, setting="thuis"), now, limit=10
    )


# --- at home: Veilig Thuis --------------------------------------------------------------------------

def test_at_home_puts_veilig_thuis_first(fixture_kb, now):
    first = ranked(fixture_kb, S(setting="thuis", incident="aanranding", days_since=60), now)[0]
    assert first.slug == "veilig-thuis"
    assert "thuis" in first.reasons[0]


def test_not_at_home_gives_no_home_reason(fixture_kb, now):
    situation = S(setting="sport", incident="aanranding", days_since=60)
    assert slugs(fixture_kb, situation, now)[0] != "veilig-thuis"
    assert "gebeurde thuis" not in reasons(fixture_kb, situation, now, "veilig-thuis", limit=10)


# --- a sector's own reporting point -----------------------------------------------------------------

@pytest.mark.parametrize("setting, point", [
    ("sport", "sportmeldpunt"), ("kerk", "veilige-kerk"), ("school", "schoolmeldpunt"),
    ("zorg", "zorgmeldpunt"), ("werk", "werkroute"), ("cultuur", "cultuurmeldpunt"),
])
def test_a_setting_gets_its_own_reporting_point(fixture_kb, now, setting, point):
    first = ranked(fixture_kb, S(setting=setting), now)[0]
    assert first.slug == point
    assert "eigen meldpunt" in first.reasons[0]


def test_no_sector_point_without_a_matching_setting(fixture_kb, now):
    points = {"sportmeldpunt", "veilige-kerk", "schoolmeldpunt", "zorgmeldpunt", "werkroute", "cultuurmeldpunt",
              "straat-utrecht", "straat-landelijk"}
    assert not points & set(slugs(fixture_kb, S(setting="algemeen"), now, limit=30))
    assert not (points - {"sportmeldpunt"}) & set(slugs(fixture_kb, S(setting="sport"), now, limit=30))


@pytest.mark.parametrize("municipality", ["Utrecht", "utrecht", " UTRECHT "])
def test_street_harassment_goes_to_the_local_point_of_the_municipality(fixture_kb, now, municipality):
    assert slugs(fixture_kb, S(setting="straat", municipality=municipality), now)[0] == "straat-utrecht"


@pytest.mark.parametrize("municipality", [None, "Amsterdam"])
def test_street_harassment_elsewhere_gets_no_local_point(fixture_kb, now, municipality):
    found = slugs(fixture_kb, S(setting="straat", municipality=municipality), now, limit=30)
    assert "straat-utrecht" not in found and "straat-landelijk" not in found


# --- pleger: Stop it Now! ----------------------------------------------------------------------------

def test_someone_worried_about_their_own_behaviour_gets_stop_it_now(fixture_kb, now):
    found = ranked(fixture_kb, S(role="pleger"), now)
    assert [r.slug for r in found] == ["stop-it-now", "veilig-thuis"]  # only lines that serve plegers
    assert found[0].channels == ()  # its only channel is unverified


@pytest.mark.parametrize("role", ["slachtoffer", "naaste", "omstander", None])
def test_stop_it_now_is_for_plegers_only(fixture_kb, now, role):
    assert "stop-it-now" not in slugs(fixture_kb, S(role=role, wishes={"praten"}), now, limit=30)


# --- naasten: advice for naasten -------------------------------------------------------------------

def test_a_naaste_gets_advice_for_naasten_first(fixture_kb, now):
    first = ranked(fixture_kb, S(role="naaste"), now)[0]
    assert first.slug == "slachtofferhulp"
    assert "dichtbij je staat" in first.reasons[0]


def test_a_victim_gets_no_naasten_advice(fixture_kb, now):
    assert "dichtbij je staat" not in " ".join(
        r for rec in ranked(fixture_kb, S(role="slachtoffer"), now, 10) for r in rec.reasons
    )


# --- wishes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("wishes, expected", [
    ({"aangifte"}, "politie"),
    ({"melden"}, "politie"),
    ({"melden", "anoniem"}, "meld-misdaad-anoniem"),
    ({"medisch"}, "csg"),
    ({"juridisch"}, "juridisch-loket"),
    ({"schadevergoeding"}, "schadefonds"),
    ({"bemiddeling"}, "herstelbemiddeling"),
])
def test_a_wish_brings_the_organisation_for_it(fixture_kb, now, wishes, expected):
    assert slugs(fixture_kb, S(wishes=wishes), now)[0] == expected


def test_without_wishes_none_of_the_wish_organisations_appear(fixture_kb, now):
    found = set(slugs(fixture_kb, S(role="slachtoffer"), now, limit=30))
    assert not found & {"politie", "meld-misdaad-anoniem", "juridisch-loket", "schadefonds", "herstelbemiddeling"}


def test_anonymous_reporting_does_not_send_to_the_police(fixture_kb, now):
    assert "politie" not in slugs(fixture_kb, S(wishes={"melden", "anoniem"}), now)


@pytest.mark.parametrize("age, expected", [(14, "kindertelefoon"), (20, "sense"), (30, "csg"), (None, "csg")])
def test_wanting_to_talk_prefers_a_line_made_for_the_age(fixture_kb, now, age, expected):
    assert slugs(fixture_kb, S(wishes={"praten"}, age=age), now)[0] == expected


# --- age limits --------------------------------------------------------------------------------------

@pytest.mark.parametrize("age", [8, 12, 17])
def test_children_get_the_kindertelefoon(fixture_kb, now, age):
    assert "kindertelefoon" in slugs(fixture_kb, S(age=age), now)


@pytest.mark.parametrize("age, allowed", [(7, False), (8, True), (18, True), (19, False), (None, False)])
def test_kindertelefoon_age_limit_8_to_18(fixture_kb, now, age, allowed):
    found = slugs(fixture_kb, S(age=age, wishes={"praten"}), now, limit=30)
    assert ("kindertelefoon" in found) is allowed


@pytest.mark.parametrize("age, allowed", [(19, True), (24, True), (25, False), (40, False)])
def test_sense_is_for_under_25(fixture_kb, now, age, allowed):
    found = slugs(fixture_kb, S(age=age, wishes={"praten"}), now, limit=30)
    assert ("sense" in found) is allowed


def test_the_age_filter_also_applies_to_rules_that_name_an_organisation(fixture_kb, now):
    # The young-person rule names the Kindertelefoon, but a 7-year-old is outside its limits.
    assert "kindertelefoon" not in slugs(fixture_kb, S(age=7), now, limit=30)


# --- a closed chat gets a 24/7 line --------------------------------------------------------------------

EVENING = datetime(2026, 11, 25, 20, 0, tzinfo=AMSTERDAM)  # Wednesday, Helpwanted chat closed (14-17)
AFTERNOON = datetime(2026, 11, 25, 15, 0, tzinfo=AMSTERDAM)  # open
NO_24_7 = S(incident="sextortion", setting="sport", wishes={"juridisch"})


def test_when_the_chat_is_closed_a_24_7_line_takes_the_last_place(fixture_kb):
    found = ranked(fixture_kb, NO_24_7, EVENING)
    assert [r.slug for r in found] == ["helpwanted", "sportmeldpunt", "csg"]
    assert found[2].reasons == ("De chat van Helpwanted is nu dicht. CSG is dag en nacht bereikbaar.",)
    chat = next(c for c in found[0].channels if c.kind == "chat")
    assert chat.open_now is False
    assert chat.opens_next == datetime(2026, 11, 26, 14, 0, tzinfo=AMSTERDAM)


def test_when_the_chat_is_open_nothing_is_added(fixture_kb):
    assert slugs(fixture_kb, NO_24_7, AFTERNOON) == ["helpwanted", "sportmeldpunt", "juridisch-loket"]


def test_a_24_7_line_already_on_the_list_is_kept(fixture_kb):
    found = ranked(fixture_kb, S(incident="sextortion"), EVENING)
    assert [r.slug for r in found] == ["helpwanted", "csg", "slachtofferhulp"]
    assert not any("dicht" in reason for r in found for reason in r.reasons)


# --- limits, unknown input, determinism ------------------------------------------------------------------

EVERYTHING = S(incident="verkrachting", days_since=1, setting="thuis", wishes={"juridisch", "aangifte"})


def test_at_most_three_unless_asked_for_more(fixture_kb, now):
    assert slugs(fixture_kb, EVERYTHING, now) == ["csg", "veilig-thuis", "politie"]
    assert slugs(fixture_kb, EVERYTHING, now, limit=6) == [
        "csg", "veilig-thuis", "politie", "juridisch-loket", "slachtofferhulp"]
    assert len(slugs(fixture_kb, EVERYTHING, now, limit=1)) == 1


def test_priorities_count_from_one(fixture_kb, now):
    assert [r.priority for r in ranked(fixture_kb, EVERYTHING, now, limit=6)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("situation", [
    S(),
    S(role="marsmannetje", incident="iets", days_since="gisteren", bucket="ooit", setting="maan",
      age="oud", wishes={"vliegen"}, municipality=42),
    S(days_since=-3, age=500, wishes="praten!!", church="moskee"),
    None,
])
def test_unknown_values_get_the_national_lines(fixture_kb, now, situation):
    # Veilig Thuis is no filler: nothing says home, a relationship or a child.
    assert slugs(fixture_kb, situation, now) == ["csg", "slachtofferhulp"]


def test_the_same_question_gets_the_same_answer(fixture_kb, now):
    assert ranked(fixture_kb, EVERYTHING, now, 6) == ranked(fixture_kb, EVERYTHING, now, 6)


def test_the_module_function_takes_a_knowledge_base(fixture_kb, now):
    assert find_help(EVERYTHING, now=now, kb=fixture_kb) == fixture_kb.find_help(EVERYTHING, now=now)
