"""The routing rules for the people around a victim (O1-O9 in knowledge/ranking.py): a
witness (omstander) and a naaste get the police as a witness, Veilig Thuis about someone
else, the sector point that hears witnesses, Meldpunt Kinderporno for images of a minor,
the zedenpolitie for advice about a child, and Slachtofferhulp for witnesses; and nothing
changes for anyone else."""
from dataclasses import replace
from datetime import datetime

import pytest

from knowledge import KnowledgeBase, Situation, paths, ranking, seed_io
from knowledge.coaching.help_situation import PeopleAroundSituation, situation_for
from knowledge.db import make_engine
from knowledge.migrate import upgrade
from knowledge.opening_hours import AMSTERDAM
from tests.helpers.kb_fixtures import fixture_organisations, org

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=AMSTERDAM)  # Wednesday afternoon
P = PeopleAroundSituation
OMSTANDER_RULES = {
    ranking.images_of_a_minor_go_to_meldpunt_kinderporno, ranking.witness_of_assault_in_public_tells_police,
    ranking.witness_of_recent_assault_points_to_csg, ranking.someone_else_at_home_veilig_thuis,
    ranking.worried_about_a_child_veilig_thuis,
    ranking.sector_point_hears_witnesses, ranking.child_confided_ask_zedenpolitie,
    ranking.witness_may_tell_police, ranking.witnesses_get_support_from_slachtofferhulp,
}


def _kb(tmp_path_factory, records):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.sqlite3'}")
    upgrade(engine)
    seed_io.import_records(engine, records)
    return KnowledgeBase(engine=engine)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """The made-up organisations of kb_fixtures plus a Meldpunt Kinderporno."""
    records = fixture_organisations() + [
        org("meldpunt-kinderporno", kinds=["melden_sector"], audiences=["omstander", "naaste", "slachtoffer"],
            situations=["online"], name="Meldpunt Kinderporno", anonymous=True),
    ]
    return _kb(tmp_path_factory, records)


@pytest.fixture(scope="module")
def seed_kb(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('seed') / 'kb.sqlite3'}")
    upgrade(engine)
    seed_io.load_seed(engine)
    return KnowledgeBase(engine=engine)


def ranked(kb, situation, limit=3):
    return kb.find_help(situation, now=NOW, limit=limit)


def slugs(kb, situation, limit=3):
    return [r.slug for r in ranked(kb, situation, limit)]


def reasons(kb, situation, slug, limit=10):
    return " ".join(next((r.reasons for r in ranked(kb, situation, limit) if r.slug == slug), ()))


# --- O2, O3, O8: the police as a witness ---------------------------------------------------------

@pytest.mark.parametrize("setting", ["straat", None])
def test_a_witness_of_assault_in_public_gets_the_police_first_as_a_witness(kb, setting):
    first = ranked(kb, P(role="omstander", setting=setting, incident="aanranding", days_since=0))[0]
    assert first.slug == "politie"
    assert first.channels[0].value == "0900-8844"  # not 112: the danger is over
    assert "als getuige" in first.reasons[0] and "112" in first.reasons[0]


def test_the_csg_gets_a_reason_for_the_witness(kb):
    text = reasons(kb, P(role="omstander", setting="straat", incident="aanranding", days_since=1), "csg")
    assert "sporen laten onderzoeken" in text and "Ken je de persoon?" in text and "beslist zelf" in text
    assert "liefst binnen 7 dagen, maar ook later" in text


def test_a_witness_of_assault_elsewhere_gets_the_sector_point_before_the_police(kb):
    found = slugs(kb, P(role="omstander", setting="sport", incident="aanranding", days_since=40), limit=5)
    assert found.index("sportmeldpunt") < found.index("politie")


def test_street_harassment_seen_by_a_witness_may_go_to_the_police(kb):
    police = next(r for r in ranked(kb, P(role="omstander", setting="straat", incident="intimidatie"))
                  if r.slug == "politie")
    assert "1 juli 2024" in police.reasons[0]


@pytest.mark.parametrize("situation", [
    P(role="omstander"),
    P(role="omstander", setting="werk", incident="intimidatie"),
    P(role="omstander", setting="online", incident="intimidatie"),
    P(role="naaste", incident="aanranding", days_since=2),
])
def test_no_police_without_a_reason_for_it(kb, situation):
    assert "politie" not in slugs(kb, situation, limit=10)


# --- O4: Veilig Thuis, also about someone else at home --------------------------------------------------------

@pytest.mark.parametrize("role", ["omstander", "naaste"])
def test_someone_else_at_home_goes_to_veilig_thuis_first(kb, role):
    first = ranked(kb, P(role=role, setting="thuis"))[0]
    assert first.slug == "veilig-thuis"
    assert "ook als het om iemand anders gaat" in first.reasons[0]
    assert "iemand thuis" in first.reasons[0]


def test_the_victim_at_home_keeps_the_victims_reason(kb):
    first = ranked(kb, P(role="slachtoffer", setting="thuis"))[0]
    assert first.slug == "veilig-thuis" and "iemand anders" not in " ".join(first.reasons)


# --- O1, O6, O7: a child ----------------------------------------------------------------------------

def test_a_naaste_of_a_child_gets_veilig_thuis_then_the_zedenpolitie_for_advice(kb):
    found = ranked(kb, P(role="naaste", about_child=True, incident="aanranding", days_since=60))
    assert [r.slug for r in found][:2] == ["veilig-thuis", "politie"]
    assert "een kind" in found[0].reasons[0]
    police = found[1]
    assert police.channels[0].value == "0900-8844"
    assert "zedenpolitie" in police.reasons[0] and "anoniem" in police.reasons[0]
    assert "geen aangifte" in police.reasons[0]


def test_a_child_in_sport_gets_the_sport_point_first_then_veilig_thuis(kb):
    found = slugs(kb, P(role="omstander", setting="sport", about_child=True), limit=5)
    assert found[:2] == ["sportmeldpunt", "veilig-thuis"]


def test_a_child_at_home_gets_veilig_thuis_with_the_child_reason(kb):
    first = ranked(kb, P(role="naaste", setting="thuis", about_child=True))[0]
    assert first.slug == "veilig-thuis" and "een kind" in first.reasons[0]


def test_a_recent_assault_of_a_child_keeps_the_csg_first(kb):
    assert slugs(kb, P(role="naaste", about_child=True, incident="verkrachting", days_since=2))[0] == "csg"


def test_images_of_a_minor_go_to_meldpunt_kinderporno_then_helpwanted(kb):
    found = ranked(kb, P(role="naaste", about_child=True, incident="online_beelden"))
    assert [r.slug for r in found][:2] == ["meldpunt-kinderporno", "helpwanted"]
    assert "bewaar ze niet" in found[0].reasons[0] and "strafbaar" in found[0].reasons[0]
    assert "zedenpolitie" not in " ".join(r for rec in found for r in rec.reasons)


@pytest.mark.parametrize("age, expected", [(15, True), (17, True), (30, False), (None, False)])
def test_a_witness_under_18_who_saw_images_of_someone_is_treated_as_about_a_minor(kb, age, expected):
    found = slugs(kb, P(role="omstander", incident="online_beelden", age=age), limit=10)
    assert ("meldpunt-kinderporno" in found) is expected
    if expected:
        assert found[0] == "meldpunt-kinderporno"


def test_meldpunt_kinderporno_only_for_images_of_minors(kb):
    for situation in (P(role="naaste", incident="online_beelden"), P(role="naaste", about_child=True),
                      P(role="omstander", about_child=True, incident="sextortion")):
        assert "meldpunt-kinderporno" not in slugs(kb, situation, limit=10)


# --- O5: the sector point hears witnesses -------------------------------------------------------------

@pytest.mark.parametrize("setting, point", [
    ("sport", "sportmeldpunt"), ("cultuur", "cultuurmeldpunt"), ("werk", "werkroute"), ("kerk", "veilige-kerk"),
])
def test_a_witness_in_a_sector_gets_its_point_first_with_a_reason_for_witnesses(kb, setting, point):
    first = ranked(kb, P(role="omstander", setting=setting))[0]
    assert first.slug == point
    assert "eigen meldpunt" in first.reasons[0]
    assert "Ook als je het alleen zag gebeuren" in first.reasons[1]


# --- O9: Slachtofferhulp helps witnesses ---------------------------------------------------------------

@pytest.mark.parametrize("situation", [
    P(role="omstander"), P(role="omstander", setting="straat", incident="aanranding", days_since=0),
    P(role="omstander", setting="sport"),
])
def test_a_witness_always_gets_slachtofferhulp_for_witnesses(kb, situation):
    assert "helpt ook getuigen" in reasons(kb, situation, "slachtofferhulp")


# --- nobody else's routing changes ---------------------------------------------------------------------

def grid():
    for role in (None, "slachtoffer", "pleger", "professional"):
        for setting in (None, "thuis", "straat", "sport", "werk", "school", "online"):
            for incident in (None, "verkrachting", "aanranding", "online_beelden", "intimidatie"):
                for days in (None, 2, 40):
                    for child in (False, True):
                        yield P(role=role, setting=setting, incident=incident, days_since=days, about_child=child,
                                age=15 if child else None)


def test_the_new_rules_change_nothing_for_victims_and_others(kb, monkeypatch):
    situations = list(grid())
    with_rules = [[(r.slug, r.reasons, r.channels[:1]) for r in ranked(kb, s, 5)] for s in situations]
    monkeypatch.setattr(ranking, "POLICY", tuple(r for r in ranking.POLICY if r not in OMSTANDER_RULES))
    without = [[(r.slug, r.reasons, r.channels[:1]) for r in ranked(kb, s, 5)] for s in situations]
    assert with_rules == without
    assert len(situations) > 500


def test_every_new_rule_is_in_the_policy():
    assert OMSTANDER_RULES <= set(ranking.POLICY)


# --- the situation of an omstander or naaste ------------------------------------------------------------

def test_situation_for_maps_the_coach_settings_and_the_child_flag():
    s = situation_for("omstander", setting="ov", incident="aanranding", about_child="ja", wishes="melden")
    assert (s.role, s.setting, s.incident, s.about_child, s.wishes) == (
        "omstander", "straat", "aanranding", True, frozenset({"melden"}))
    assert situation_for("naaste", setting="uitgaan").setting == "straat"
    assert situation_for("naaste", setting="onbekend").setting is None
    assert situation_for("naaste", about_child=None).about_child is False


def test_normalising_keeps_the_child_flag():
    s = P(role="naaste", setting="nergens", about_child=True)
    assert s.about_child is True and s.setting is None
    assert isinstance(replace(s, role="omstander"), Situation)


# --- on the real seed ------------------------------------------------------------------------------------

@pytest.mark.parametrize("situation, first", [
    (P(role="omstander", setting="sport"), "centrum-veilige-sport"),
    (P(role="omstander", setting="cultuur"), "mores"),
    (P(role="omstander", setting="werk"), "werk-arbeidsinspectie"),
    (P(role="omstander", setting="school"), "vertrouwensinspecteurs"),
    (P(role="omstander", setting="thuis"), "veilig-thuis"),
    (P(role="omstander", setting="straat", incident="aanranding", days_since=1), "politie"),
    (P(role="omstander", setting="online", incident="online_beelden", about_child=True), "meldpunt-kinderporno"),
    (P(role="naaste", about_child=True), "veilig-thuis"),
    (P(role="naaste", incident="verkrachting", days_since=3), "csg"),
    (P(role="naaste", incident="online_beelden"), "helpwanted"),
    (P(role="naaste"), "slachtofferhulp"),
])
def test_the_seed_has_the_organisations_the_rules_name(seed_kb, situation, first):
    found = ranked(seed_kb, situation)
    assert found[0].slug == first
    assert found[0].channels, "a verified way to reach them"


def test_on_the_seed_a_witness_at_school_hears_about_the_vertrouwenspersoon(seed_kb):
    found = ranked(seed_kb, P(role="omstander", setting="school"))
    assert "vertrouwenspersoon" in " ".join(found[0].reasons)
    assert "slachtofferhulp" in [r.slug for r in found]


def test_meldpunt_kinderporno_is_in_the_seed():
    assert ranking.MELDPUNT_KINDERPORNO in {r.slug for r in seed_io.read_records(paths.SEED_DIR)}
