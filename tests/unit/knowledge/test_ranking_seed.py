"""The policy on the real seed (knowledge/seed): the named organisations exist and come first
where the policy says so, and no unverified fact ever reaches a user."""
from datetime import datetime, timedelta

import pytest

from knowledge import Situation, paths, seed_io
from knowledge.opening_hours import AMSTERDAM
from knowledge.ranking import (
    CSG,
    HELPWANTED,
    KINDERTELEFOON,
    MELD_MISDAAD_ANONIEM,
    NATIONAL_LINES,
    POLICE,
    SECTOR_SETTINGS,
    SLACHTOFFERHULP,
    STOP_IT_NOW,
    VEILIG_THUIS,
)

S = Situation
RECORDS = {r.slug: r for r in seed_io.read_records(paths.SEED_DIR)}


def test_every_organisation_the_policy_names_is_in_the_seed():
    named = {POLICE, CSG, HELPWANTED, VEILIG_THUIS, SLACHTOFFERHULP, STOP_IT_NOW,
             KINDERTELEFOON, MELD_MISDAAD_ANONIEM}
    assert named <= set(RECORDS)


def first(kb, situation, now):
    return kb.find_help(situation, now=now)[0]


def test_recent_rape(seeded_kb, now):
    rec = first(seeded_kb, S(role="slachtoffer", incident="verkrachting", days_since=2), now)
    assert rec.slug == CSG and "sporen" in rec.reasons[0]
    assert any(c.kind == "phone" and c.always_open and c.open_now for c in rec.channels)


def test_sextortion_and_at_home(seeded_kb, now):
    assert first(seeded_kb, S(incident="sextortion"), now).slug == HELPWANTED
    assert first(seeded_kb, S(setting="thuis"), now).slug == VEILIG_THUIS


@pytest.mark.parametrize("setting", sorted(set(SECTOR_SETTINGS) - {"straat"}))
def test_each_sector_setting_with_a_seeded_point_gets_it_first(seeded_kb, now, setting):
    points = {r.slug for r in RECORDS.values() if setting in r.situations and "melden_sector" in r.kinds_of_help}
    if not points:
        pytest.skip(f"the seed has no reporting point for {setting}")
    assert first(seeded_kb, S(setting=setting), now).slug in points


def test_street_harassment_uses_the_municipality(seeded_kb, now):
    local = [r for r in RECORDS.values() if "straat" in r.situations and r.coverage == "regionaal"]
    assert local, "the seed has local street-harassment points"
    for record in local:
        town = record.municipalities[0]
        assert first(seeded_kb, S(setting="straat", municipality=town), now).slug == record.slug
    elsewhere = {
        r.slug for r in seeded_kb.find_help(S(setting="straat", municipality="Nergenshuizen"), now=now, limit=50)
    }
    assert not elsewhere & {r.slug for r in local}


def test_pleger_and_naaste(seeded_kb, now):
    assert first(seeded_kb, S(role="pleger"), now).slug == STOP_IT_NOW
    naaste = first(seeded_kb, S(role="naaste"), now)
    assert "advies_naasten" in RECORDS[naaste.slug].kinds_of_help and "naaste" in RECORDS[naaste.slug].audiences


@pytest.mark.parametrize("age, allowed", [(7, False), (8, True), (12, True), (18, True), (19, False)])
def test_kindertelefoon_ages(seeded_kb, now, age, allowed):
    found = {r.slug for r in seeded_kb.find_help(S(age=age, wishes={"praten"}), now=now, limit=50)}
    assert (KINDERTELEFOON in found) is allowed


@pytest.mark.parametrize("age, allowed", [(20, True), (24, True), (25, False)])
def test_sense_ages(seeded_kb, now, age, allowed):
    found = {r.slug for r in seeded_kb.find_help(S(age=age, wishes={"praten"}), now=now, limit=50)}
    assert ("sense" in found) is allowed


def test_unknown_situation_gets_the_national_lines(seeded_kb, now):
    # Veilig Thuis is no filler in advice: nothing here says home, a relationship or a child.
    assert [r.slug for r in seeded_kb.find_help(S(role="?", setting="??"), now=now)] == [CSG, SLACHTOFFERHULP]
    assert [r.slug for r in seeded_kb.national_lines(now=now)] == list(NATIONAL_LINES)


def test_kindertelefoon_closed_at_night_says_when_it_opens(seeded_kb):
    night = datetime(2026, 11, 25, 22, 30, tzinfo=AMSTERDAM)
    recs = seeded_kb.find_help(S(age=12), now=night)
    kt = next(r for r in recs if r.slug == KINDERTELEFOON)
    phone = next(c for c in kt.channels if c.kind == "phone")
    assert phone.open_now is False
    assert phone.opens_next == datetime(2026, 11, 26, 11, 0, tzinfo=AMSTERDAM)
    assert any(c.always_open for r in recs for c in r.channels if c.value != "112"), "a 24/7 line is offered"


# --- unverified (U) facts never reach users -----------------------------------------------------------

def situations():
    roles = [None, "slachtoffer", "omstander", "naaste", "pleger", "professional"]
    settings_ = [None, *sorted({"thuis", "online", "lhbtiq", "algemeen", *SECTOR_SETTINGS})]
    for role in roles:
        for setting in settings_:
            yield S(role=role, setting=setting, municipality="Amsterdam", wishes={"praten", "melden", "anoniem"})
    for wish in ["praten", "melden", "aangifte", "medisch", "beelden_verwijderen", "anoniem", "juridisch",
                 "schadevergoeding", "bemiddeling"]:
        yield S(wishes={wish}, age=16)
    yield S(incident="sextortion", days_since=1, church="gereformeerd", setting="kerk")


def shown_facts():
    """(slug, kind, value) -> hours status (None when the seed has no hours), for facts with V/V3/VD."""
    shown = {}
    for record in RECORDS.values():
        for channel in record.channels:
            if channel.fact.showable:
                shown[(record.slug, channel.kind, channel.value)] = channel.hours.fact.status if channel.hours else None
    return shown


def test_unverified_contact_facts_are_never_shown(seeded_kb):
    shown = shown_facts()
    unverified = {(r.slug, c.kind, c.value) for r in RECORDS.values() for c in r.channels if not c.fact.showable}
    assert unverified, "the seed keeps unverified facts (status U)"
    moments = [datetime(2026, 11, 25, 3, 0, tzinfo=AMSTERDAM) + timedelta(hours=h) for h in (0, 9, 18)]
    checked = 0
    for situation in situations():
        for moment in moments:
            for rec in seeded_kb.find_help(situation, now=moment, limit=50):
                for channel in rec.channels:
                    key = (rec.slug, channel.kind, channel.value)
                    assert key in shown, key
                    if shown[key] in (None, "U"):  # hours unknown or unverified: say nothing
                        assert (channel.open_now, channel.opens_next, channel.always_open, channel.weekly) == (
                            None, None, False, ())
                    checked += 1
    assert checked > 100
    for slug in RECORDS:
        rec = seeded_kb.organisation(slug)
        assert all((slug, c.kind, c.value) in shown for c in rec.channels)
