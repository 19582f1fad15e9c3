"""Issue 18: every fact and every piece of advice right. One test (or a few) per row of the
independent fact check, against the real seed, the real domain and coaching texts and the
real ranking; the reference is ../shared/landscape/organisations.md."""
from __future__ import annotations

import re

import pytest
import yaml

from actions.cards import cards_payload, href
from bot.paths import PROJECT_ROOT
from knowledge import Situation, paths, seed_io
from knowledge.facts import claims_without_source
from knowledge.ranking import CSG, POLICE, SLACHTOFFERHULP, STOP_IT_NOW, VEILIG_THUIS, VEILIGE_KERK

ROOT = PROJECT_ROOT
RECORDS = {r.slug: r for r in seed_io.read_records(paths.SEED_DIR)}
S = Situation


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def domain_texts():
    """Every response text of the domain, Dutch and English."""
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        responses = (yaml.safe_load(path.read_text("utf-8")) or {}).get("responses") or {}
        for name, variants in responses.items():
            for variant in variants:
                if variant.get("text"):
                    yield name, variant["text"]


def coaching_texts():
    for path in sorted((ROOT / "knowledge" / "coaching").glob("*.yaml")):
        for text in _strings(yaml.safe_load(path.read_text("utf-8"))):
            yield path.name, text


def seed_texts():
    for record in RECORDS.values():
        yield record.slug, record.description
        yield record.slug, record.what_to_expect
        for channel in record.channels:
            for text in (channel.label, channel.note):
                if text:
                    yield record.slug, text


def ranking_reasons(kb, now):
    """Every reason sentence the ranking gives over a grid of situations."""
    roles = [None, "slachtoffer", "omstander", "naaste", "pleger"]
    settings_ = [None, "thuis", "straat", "sport", "werk", "school", "kerk", "online", "zorg", "cultuur"]
    incidents = [None, "verkrachting", "aanranding", "online_beelden", "sextortion", "intimidatie"]
    for role in roles:
        for setting in settings_:
            for incident in incidents:
                for days in (2, 30):
                    situation = S(role=role, setting=setting, incident=incident, days_since=days,
                                  wishes={"aangifte", "praten", "juridisch"})
                    for rec in kb.find_help(situation, now=now, limit=6):
                        for reason in rec.reasons:
                            yield rec.slug, reason


def all_user_texts():
    yield from domain_texts()
    yield from coaching_texts()
    yield from seed_texts()


def words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


# --- utter_answer_law -----------------------------------------------------------------------------

def law_answers():
    return [text for name, text in domain_texts() if name == "utter_answer_law"]


def test_the_law_answer_is_no_bare_yes_and_answers_in_general_terms():
    dutch, english = law_answers()
    for text in (dutch, english):
        assert not re.match(r"\s*(ja|yes)\b", text, re.I)
        assert words(text) <= 120
    assert "bevroor" in dutch and "openba" in dutch and "werkgever" in dutch
    assert "informatief gesprek" in dutch and "Juridisch Loket" in dutch
    assert "froze" in english and "public" in english and "employer" in english
    assert "informatief gesprek" in english and "Juridisch Loket" in english


# --- church routing -------------------------------------------------------------------------------

def test_any_church_leads_with_veilige_kerk(seeded_kb, now):
    assert RECORDS[VEILIGE_KERK].channels[0].value.startswith("https://www.veiligekerk.nl")
    first = seeded_kb.find_help(S(setting="kerk"), now=now)[0]
    assert first.slug == VEILIGE_KERK
    assert "vijf in totaal" in first.reasons[0]


@pytest.mark.parametrize("church, point", [
    ("rooms_katholiek", "kerk-rkk"), ("protestants", "kerk-smpr"), ("gereformeerd", "kerk-smkr"),
    ("reformatorisch", "kerk-reformatorisch"), ("evangelisch", "kerk-sem"),
])
def test_a_named_church_gets_its_own_point(seeded_kb, now, church, point):
    found = [r.slug for r in seeded_kb.find_help(S(setting="kerk", church=church), now=now)]
    assert found[0] == point
    assert "kerk-rkk" not in found or church == "rooms_katholiek"


def test_the_catholic_point_is_never_the_point_for_every_church(seeded_kb, now):
    for role in (None, "slachtoffer", "omstander", "naaste"):
        assert "kerk-rkk" not in [r.slug for r in seeded_kb.find_help(S(setting="kerk", role=role), now=now, limit=6)]


# --- tel: links ---------------------------------------------------------------------------------------

# E.164, a Dutch 10-digit number, a service number, 112/113 or a municipality's 14 0xx.
E164_OR_DUTCH = re.compile(r"^tel:(\+31[1-9]\d{8}|0\d{9}|0[89]00\d{4,7}|11[23]|140\d{2,3})$")


def fact_digits(value: str) -> str:
    text = value.replace("(0)", "")
    return ("+" if text.strip().startswith("+") else "") + re.sub(r"\D", "", text)


def test_every_tel_link_of_the_seed_is_valid_and_dials_the_fact():
    phones = [c for r in RECORDS.values() for c in r.channels if c.kind == "phone"]
    assert len(phones) > 20
    for channel in phones:
        link = href("phone", channel.value)
        assert E164_OR_DUTCH.match(link), (channel.value, link)
        assert link == "tel:" + fact_digits(channel.value)


def test_the_number_from_abroad_drops_the_trunk_zero():
    assert href("phone", "+31 (0)30 670 60 01") == "tel:+31306706001"


def test_every_tel_link_on_the_page_matches_its_text():
    page = (ROOT / "bot" / "web" / "static" / "index.html").read_text("utf-8")
    links = re.findall(r'<a href="(tel:[^"]+)">([^<]+)</a>', page)
    assert links
    for link, text in links:
        assert E164_OR_DUTCH.match(link) and link == "tel:" + fact_digits(text)


def test_cards_carry_the_valid_link(seeded_kb, now):
    recs = seeded_kb.find_help(S(setting="school"), now=now, limit=6)
    for organisation in cards_payload(recs, now)["organisations"]:
        for channel in organisation["channels"]:
            if channel["kind"] == "phone":
                assert E164_OR_DUTCH.match(channel["href"])


# --- street harassment points: no push to report ------------------------------------------------------

def test_street_points_do_not_push_to_report():
    for slug in [s for s in RECORDS if s.startswith("straatintimidatie-")]:
        text = " ".join(t for s, t in seed_texts() if s == slug)
        assert "doe aangifte" not in text.lower() and "Bel 112 en" not in text
        assert "112" not in text or "gevaar" in text  # 112 only for danger now


# --- opening hours that the reference does not support -------------------------------------------------

def test_police_non_emergency_line_has_no_hours_badge(seeded_kb, now):
    for slug in (POLICE, "roze-in-blauw"):
        record = RECORDS[slug]
        line = next(c for c in record.channels if c.value == "0900-8844")
        assert line.hours is None or not line.hours.fact.showable
        org = seeded_kb.organisation(slug, now=now)
        shown = next(c for c in org.channels if c.value == "0900-8844")
        assert not shown.always_open and shown.open_now is None
        card = cards_payload([org], now)["organisations"][0]
        assert next(c for c in card["channels"] if c["value"] == "0900-8844")["availability"] is None


def test_juridisch_loket_shows_no_opening_hours(seeded_kb, now):
    org = seeded_kb.organisation("juridisch-loket", now=now)
    assert all(c.open_now is None and not c.always_open and not c.weekly for c in org.channels)


# --- Stop it Now!, Sense, cleaning sector ----------------------------------------------------------------

def test_stop_it_now_claims_only_what_the_reference_supports(seeded_kb, now):
    record = RECORDS[STOP_IT_NOW]
    text = " ".join(t for s, t in seed_texts() if s == STOP_IT_NOW).lower()
    assert "gratis" not in text and "anoniem" not in text
    assert record.anonymous is None and record.free is None
    own_behaviour = [t for name, t in domain_texts() if name == "utter_answer_own_behaviour"]
    assert own_behaviour and not any("gratis" in t or "free" in t for t in own_behaviour)


def test_sense_age_limit_is_marked_dated():
    assert RECORDS["sense"].age.fact.status == "VD"


def test_the_cleaning_sector_line_is_only_for_the_cleaning_sector():
    line = next(c for c in RECORDS["werk-arbeidsinspectie"].channels if c.value == "0800-0230654")
    assert "schoonmaak" in f"{line.label} {line.note}".lower()


# --- 113, CSG, under 18, absolute promises, English terms ------------------------------------------------

def test_no_chat_is_said_to_be_open_day_and_night():
    for where, text in all_user_texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            low = sentence.lower()
            if "chat" in low and not re.search(r"\b(niet|not)\b", low):
                assert "dag en nacht" not in low and "day and night" not in low and "24/7" not in low, (where, sentence)


def test_the_csg_is_not_only_within_7_days(seeded_kb, now):
    for where, text in [*all_user_texts(), *ranking_reasons(seeded_kb, now)]:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if re.search(r"\bbinnen (7|zeven) dagen\b", sentence, re.I):
                assert re.search(r"liefst|ook later|ook daarna", sentence, re.I), (where, sentence)
            if re.search(r"\bwithin 7 days\b", sentence, re.I):
                assert re.search(r"preferably|also later", sentence, re.I), (where, sentence)


def test_the_csg_texts_say_72_hours_and_who_does_the_forensic_exam():
    csg = f"{RECORDS[CSG].description} {RECORDS[CSG].what_to_expect}"
    assert "72 uur" in csg and "forensisch arts" in csg and "politie" in csg
    answers = [(name, text) for name, text in domain_texts() if name in ("utter_answer_csg", "utter_answer_evidence")]
    csg_nl, csg_en = [text for name, text in answers if name == "utter_answer_csg"]
    evidence_nl, evidence_en = [text for name, text in answers if name == "utter_answer_evidence"]
    assert "72 uur" in csg_nl and "72 hours" in csg_en
    assert "forensisch arts" in evidence_nl and "forensic doctor" in evidence_en


def test_sharing_images_is_not_only_a_crime_under_18():
    for where, text in all_user_texts():
        assert "Onder de 18? Dan is dat een misdrijf" not in text, where
        sharing = re.search(r"verspreid|delen|doorsturen|doorgestuurd|doorsturen", text, re.I)
        if sharing and re.search(r"onder de 18", text, re.I) and re.search(r"misdrijf|strafbaar", text, re.I):
            assert re.search(r"elke leeftijd|altijd strafbaar|ook boven", text, re.I), (where, text)


def test_no_absolute_promises():
    for where, text in all_user_texts():
        low = text.lower()
        assert "doet niets zonder jouw toestemming" not in low, where
        assert "echt anoniem" not in low, where
    mma = f"{RECORDS['meld-misdaad-anoniem'].description} {RECORDS['meld-misdaad-anoniem'].what_to_expect}"
    assert "wie je bent" in mma


def test_english_says_sex_crimes_police_and_sexual_harassment():
    for where, text in all_user_texts():
        low = text.lower()
        assert not re.search(r"\bvice\b", low), where
        assert "sexual intimidation" not in low, where


# --- Veilig Thuis is no filler; a wish not to involve the police is respected -------------------------------

def test_veilig_thuis_only_where_home_a_relationship_or_a_child_fits(seeded_kb, now):
    not_home = [S(incident="verkrachting", days_since=2, setting="online"),
                S(incident="aanranding", days_since=30, setting="werk"),
                S(incident="intimidatie", setting="straat"),
                S(incident="aanranding", days_since=2)]
    for situation in not_home:
        assert VEILIG_THUIS not in [r.slug for r in seeded_kb.find_help(situation, now=now, limit=6)]
    assert VEILIG_THUIS in [r.slug for r in seeded_kb.find_help(S(setting="thuis"), now=now)]


def test_no_police_means_no_police_card(seeded_kb, now):
    situation = S(incident="verkrachting", days_since=2, setting="straat", wishes={"geen_politie", "aangifte"})
    found = seeded_kb.find_help(situation, now=now, limit=10)
    assert POLICE not in [r.slug for r in found] and "roze-in-blauw" not in [r.slug for r in found]
    assert not any("aangifte doen" in reason for r in found for reason in r.reasons)
    csg = next(r for r in found if r.slug == CSG)
    assert any("zonder politie" in reason for reason in csg.reasons)


# --- claims carry a source; unverified ones are not shown ----------------------------------------------------

def test_every_seed_claim_has_a_source():
    assert [f"{ref.slug} {ref.field}" for ref in claims_without_source(RECORDS.values())] == []


def test_validate_names_every_claim_without_a_source(tmp_path, capsys):
    from staff import cli

    mapping = seed_io.record_to_mapping(RECORDS[SLACHTOFFERHULP])
    mapping["claims"].pop("what_to_expect")
    mapping["claims"]["description"]["status"] = "U"
    (tmp_path / f"{SLACHTOFFERHULP}.yaml").write_text(yaml.safe_dump(mapping, allow_unicode=True), "utf-8")
    assert cli.main(["validate", "--seed-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 beweringen zonder bron" in out
    assert f"{SLACHTOFFERHULP}\tclaims.description" in out and f"{SLACHTOFFERHULP}\tclaims.what_to_expect" in out


def test_an_unverified_claim_is_not_shown_to_users(empty_db, now):
    from dataclasses import replace

    from knowledge import KnowledgeBase, migrate
    from knowledge.records import Fact

    record = RECORDS[CSG]
    hidden = replace(record, claims=tuple(
        (field, Fact("U") if field in ("what_to_expect", "anonymous") else fact) for field, fact in record.claims))
    migrate.upgrade(empty_db.engine)
    seed_io.import_records(empty_db.engine, [hidden])
    org = KnowledgeBase(engine=empty_db.engine).organisation(CSG, now=now)
    assert org.description == record.description
    assert org.what_to_expect == ""
    assert seed_io.export_records(empty_db.engine) == [hidden]  # staff keep the text and its status


def test_unknown_claim_keys_are_refused():
    from knowledge.validation import check_organisation

    mapping = seed_io.record_to_mapping(RECORDS[CSG])
    mapping["claims"]["channels"] = {"status": "V"}
    mapping["claims"]["description"] = {"status": "V"}  # shown, so it needs a source and a date
    problems = {p.field for p in check_organisation(mapping, "csg")}
    assert {"claims.channels", "claims.description.source", "claims.description.verified_on"} <= problems


# --- plain language --------------------------------------------------------------------------------------------

HARD_WORDS = ("afhankelijkheidsrelaties", "personeelsvertegenwoordiging", "tuchtrecht", "ISR)", "NGK", "CGK", "HHK")


def test_no_hard_words_or_unexplained_abbreviations_in_seed_texts():
    for slug, text in seed_texts():
        for word in HARD_WORDS:
            assert word not in text, (slug, word)


def sentences(text):
    return re.split(r"(?<=[.!?])[\"”]?\s+|\n", text)


def test_sentences_are_at_most_25_words():
    for where, text in all_user_texts():
        for sentence in sentences(text):
            assert words(sentence) <= 25, (where, sentence)


def test_staff_confirm_a_claim_and_then_users_see_it(empty_db, now):
    from dataclasses import replace
    from datetime import date

    from knowledge import KnowledgeBase, editing, migrate
    from knowledge.db import session_scope
    from knowledge.store import organisations_by_slug

    record = RECORDS[CSG]
    without = replace(record, claims=tuple((f, fact) for f, fact in record.claims if f != "what_to_expect"))
    migrate.upgrade(empty_db.engine)
    seed_io.import_records(empty_db.engine, [without])
    assert KnowledgeBase(engine=empty_db.engine).organisation(CSG, now=now).what_to_expect == ""
    with session_scope(empty_db.engine) as session:
        version = organisations_by_slug(session, [CSG])[CSG].version
    editing.confirm_fact(empty_db.engine, CSG, "claims.what_to_expect", status="V3",
                         source="https://www.omroepbrabant.nl/nieuws/4215310", verified_on=date(2026, 12, 1),
                         base_version=version, actor="test")
    assert KnowledgeBase(engine=empty_db.engine).organisation(CSG, now=now).what_to_expect == record.what_to_expect
