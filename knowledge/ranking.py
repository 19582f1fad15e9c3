"""Who to contact first: the routing policy, rule by rule.

POLICY lists the rules in order of priority. Each rule names the organisations it recommends
for a situation, with a Dutch (B1) reason:

Danger now and thoughts of suicide are not routed here: the crisis check (bot/nlu/crisis)
answers them with 112 or 113 before anything else, on any turn.

 3. rape or assault, at most 7 days ago -> CSG (traces, medical care)
 4. sextortion, images online, online   -> Helpwanted
 5. at home or in a relationship        -> Veilig Thuis
 6. sport, culture, church, school, student life, care, work, street
                                        -> that sector's own reporting point (street: only
                                           a local point of the person's municipality;
                                           church: the point of their church when they named
                                           it, else Veilige Kerk, where all five points are)
 7. worried about own behaviour (pleger) -> Stop it Now!
 8. naaste                              -> Slachtofferhulp (advice for naasten), else another
                                           organisation that advises naasten
 9. wishes: aangifte/melden -> Politie (0900-8844 first); anoniem melden -> Meld Misdaad
    Anoniem; medisch -> CSG; praten, juridisch, schadevergoeding, bemiddeling -> who offers it
10. younger than 18                    -> De Kindertelefoon
11. always                              -> the national lines CSG and Slachtofferhulp (those
                                           that serve the person's role); Veilig Thuis only
                                           when home, a relationship or a child is involved

A stated wish not to involve the police ("geen_politie") is respected: no police card, no
police wish, and the CSG's reason says that help without the police is possible.

Rules for the people around a victim, the omstander (witness, bystander) and the naaste
(family, friends), sit between those above (O1 after 2, O2 before 3 and O3 after it,
O4 after 4, O5-O8 after 6, O9 after 8). They only fire for those roles, so the routing of
victims does not change. `about_child` is read with getattr: it is set by
knowledge.coaching.help_situation until Situation has the field itself.
O1. images of a minor (about a child, or a witness under 18 who saw images of a peer)
                                        -> Meldpunt Kinderporno (report the link, never keep or
                                           spread the images)
O2. omstander: physical violence in public (street, tram, night out) or where unknown
                                        -> Politie, as a witness (0900-8844 first; 112 in danger)
O3. omstander: physical violence at most 7 days ago -> CSG, with a reason for the witness
O4. omstander or naaste: at home       -> Veilig Thuis, also about someone else
O5. omstander: sector point (sport: Centrum Veilige Sport, culture: Mores, work and school:
    the vertrouwenspersoon route) -> the reason that witnesses are heard there too
O6. omstander or naaste: about a child -> Veilig Thuis (after the sector's own point)
O7. omstander or naaste: about a child, not only images online
                                        -> Politie: ask the zedenpolitie for advice, also
                                           anonymously (0900-8844 first)
O8. omstander: physical violence anywhere, or sexual harassment in the street
                                        -> Politie, as a witness (after the sector point)
O9. omstander                          -> Slachtofferhulp, which helps witnesses too

An organisation keeps the place of the first rule that named it and collects the reasons of
every rule that named it. Then:
- left out: a verified age limit that excludes the person's age (Kindertelefoon 8-18, Sense
  under 25), or a regional organisation that does not cover their municipality;
- the list is cut at `limit` (3 unless asked for more);
- closed chat: if a recommended chat is closed right now and nothing on the list is reachable
  24/7 (112 does not count), a 24/7 line takes the last place.
Because rule 11 always fires, a situation with unknown values gets the national lines.

Rules name organisations by slug (the seed's stable keys, below) or by the seed vocabulary,
so wording in the seed can change without changing the policy. Vocabulary rules ("someone who
offers this kind of help") take the most specialised organisation first (fewest kinds of help),
then alphabetical by slug, among those that suit the person (`suits`):
- it serves the person's role (when known) and, if they want that, is anonymous;
- it is for everyone ("algemeen") or for the person's setting (a sport point only for sport,
  Helpwanted only for online);
- an age-limited service only when the age is known and fits (and then it goes first for
  "praten");
- a crisis line only in a crisis, help with one's own behaviour only for the pleger role.
Contact details come only from verified facts (V, V3, VD): see `knowledge.catalogue`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from . import vocabulary as vocab
from .catalogue import Catalogue, ChannelEntry, OrgEntry, weekly_text
from .opening_hours import is_open, local_time, next_opening
from .reasons_en import say
from .situation import ChannelInfo, Recommendation, Situation

# Organisations the policy names (slugs of knowledge/seed/*.yaml).
POLICE = "politie"
CSG = "csg"
HELPWANTED = "helpwanted"
VEILIG_THUIS = "veilig-thuis"
SLACHTOFFERHULP = "slachtofferhulp"
STOP_IT_NOW = "stop-it-now"
KINDERTELEFOON = "kindertelefoon"
MELD_MISDAAD_ANONIEM = "meld-misdaad-anoniem"
MELDPUNT_KINDERPORNO = "meldpunt-kinderporno"
NATIONAL_LINES = (CSG, VEILIG_THUIS, SLACHTOFFERHULP)
ROZE_IN_BLAUW = "roze-in-blauw"
POLICE_ORGANISATIONS = frozenset({POLICE, ROZE_IN_BLAUW})  # left out for "geen_politie"
NO_POLICE = "geen_politie"
VEILIGE_KERK = "veilige-kerk"
# The church a person named (entity `church`) -> that church's own reporting point.
CHURCH_POINTS = {
    "rooms_katholiek": "kerk-rkk",
    "protestants": "kerk-smpr",
    "gereformeerd": "kerk-smkr",
    "reformatorisch": "kerk-reformatorisch",
    "evangelisch": "kerk-sem",
}

POLICE_NON_EMERGENCY = "0900-8844"

DEFAULT_LIMIT = 3

SECTOR_SETTINGS = {
    # setting -> where it happened, for the reason sentence
    "sport": "in de sport",
    "cultuur": "in de cultuur of de media",
    "kerk": "in een kerk",
    "school": "op school of in je opleiding",
    "studentenleven": "in het studentenleven",
    "zorg": "in de zorg",
    "werk": "op je werk",
    "straat": "op straat of tijdens het uitgaan",
}


@dataclass(frozen=True)
class Pick:
    slug: str
    reason: str
    lead: Optional[str] = None  # the channel value to show first, e.g. "112"
    filler: bool = False  # a general reason, left out when a rule already gave a specific one


Rule = Callable[[Situation, Catalogue], Iterable[Pick]]


# --- the rules, in order of priority ----------------------------------------------------------

def recent_physical_violence_go_to_csg(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Rape or assault at most 7 days ago: the CSG can still secure traces and give medical care."""
    if s.incident in vocab.PHYSICAL_INCIDENTS and s.time_bucket == "acuut":
        when = "Het is 7 dagen geleden." if s.days_since == vocab.ACUTE_DAYS else "Het is minder dan 7 dagen geleden."
        yield Pick(CSG, say("{when} Het CSG kan dan nog sporen laten onderzoeken, als jij dat wilt. "
                            "Medische zorg, zoals tegen zwangerschap of hiv, werkt het best binnen 72 uur.",
                            when=when))


def online_images_or_sextortion_go_to_helpwanted(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Images online, sextortion, or anything that happened online: Helpwanted."""
    if s.incident == "sextortion":
        yield Pick(HELPWANTED, "Iemand dreigt met seksuele beelden. Helpwanted helpt daarbij. "
                               "Geef niet toe aan de eisen en stop het contact.")
    elif s.incident == "online_beelden" or "beelden_verwijderen" in s.wishes:
        yield Pick(HELPWANTED, "Het gaat om beelden op internet. "
                               "Helpwanted kan helpen om ze te laten verwijderen.")
    elif s.setting == "online":
        yield Pick(HELPWANTED, "Het gebeurde online. Helpwanted helpt bij online misbruik.")


def at_home_go_to_veilig_thuis(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """At home or in a relationship: Veilig Thuis."""
    if s.setting == "thuis":
        yield Pick(VEILIG_THUIS, "Het gebeurde thuis of in een relatie. Veilig Thuis geeft advies "
                                 "en zoekt samen met jou naar hulp. Je mag anoniem bellen.")


def setting_has_own_reporting_point(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Sport, culture, church, school, care, work, street: that sector's own reporting point,
    preferably one that names the person's role. On the street only a local point of the
    person's municipality counts."""
    where = SECTOR_SETTINGS.get(s.setting or "")
    if where is None:
        return
    if s.setting == "kerk":
        yield from _church_point(s, kb, where)
        return
    points = (
        org for org in kb.with_terms(("situations", s.setting), ("kinds_of_help", "melden_sector"))
        if fits(org, s) and (s.setting != "straat" or org.coverage == "regionaal")
    )
    first_point = None
    for org in points:
        first_point = first_point or org
        if s.role is None or s.role in org.audiences:
            first_point = org
            break
    if first_point is not None:
        yield Pick(first_point.slug, say("Het gebeurde {where}. Daarvoor is er een eigen meldpunt: {name}.",
                                         where=where, name=first_point.name))


def _church_point(s: Situation, kb: Catalogue, where: str) -> Iterable[Pick]:
    """Each church has its own point: the one for the church they named; otherwise Veilige
    Kerk, where the five points are listed (one church's point is not every church's)."""
    org = kb.get(CHURCH_POINTS.get(s.church or "", ""))
    if org is not None and fits(org, s):
        yield Pick(org.slug, say("Het gebeurde {where}. {name} is het meldpunt voor jouw kerk.",
                                 where=where, name=org.name))
        return
    portal = kb.get(VEILIGE_KERK)
    if portal is not None:
        yield Pick(portal.slug, say("Het gebeurde {where}. Kerken hebben eigen meldpunten, vijf in totaal. "
                                    "Op Veilige Kerk vind je welk meldpunt bij jouw kerk hoort.", where=where))


def worried_about_own_behaviour_go_to_stop_it_now(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Someone worried about their own sexual feelings or behaviour: Stop it Now!"""
    if s.role == "pleger":
        yield Pick(STOP_IT_NOW, "Je maakt je zorgen over je eigen gedrag. Stop it Now! helpt mensen "
                                "die zich zorgen maken over hun seksuele gevoelens of gedrag.")


def naaste_gets_advice_for_naasten(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Family and friends: an organisation that advises naasten."""
    if s.role != "naaste":
        return
    # Slachtofferhulp has a checklist and a platform for helpers; otherwise anyone who advises naasten.
    org = kb.get(SLACHTOFFERHULP)
    if org is None or not suits(org, s):
        org = _first(kb.with_term("kinds_of_help", "advies_naasten"), s)
    if org:
        yield Pick(org.slug, say("Je wilt iemand helpen die dichtbij je staat. {name} geeft ook "
                                 "advies aan familie en vrienden.", name=org.name))


def wishes_are_met(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """What the person says they want, in this order."""
    if NO_POLICE in s.wishes:
        yield Pick(CSG, "Je wilt niet naar de politie. Dat hoeft ook niet. Het CSG helpt je ook "
                        "zonder politie.")
    if "aangifte" in s.wishes:
        yield Pick(POLICE, "Je wilt aangifte doen. Bij de politie kun je eerst een informatief "
                           "gesprek hebben. Je hoeft dan nog niets te beslissen.", lead=POLICE_NON_EMERGENCY)
    if "melden" in s.wishes and "anoniem" in s.wishes:
        yield Pick(MELD_MISDAAD_ANONIEM, "Je wilt anoniem melden. Bij Meld Misdaad Anoniem hoef je "
                                         "je naam niet te geven. Aangifte doen kan daar niet.")
    elif "melden" in s.wishes:
        yield Pick(POLICE, "Je wilt het melden. Bij de politie kun je een melding doen. "
                           "Dat is nog geen aangifte.", lead=POLICE_NON_EMERGENCY)
    if "medisch" in s.wishes:
        yield Pick(CSG, "Je wilt medische hulp. Het CSG helpt met onderzoek en medische zorg "
                        "na seksueel geweld.")
    wish_kinds = (
        ("praten", "anoniem_praten", "Je wilt erover praten. Bij {name} kan dat."),
        ("juridisch", "juridisch", "Je hebt vragen over je rechten. {name} helpt met juridische vragen."),
        ("schadevergoeding", "schadevergoeding", "Je wilt weten of je geld kunt krijgen voor de schade. "
                                                 "Daarvoor kun je bij {name} terecht."),
        ("bemiddeling", "bemiddeling", "Je wilt misschien praten met degene die het deed. "
                                       "{name} kan dat begeleiden."),
    )
    for wish, kind, reason in wish_kinds:
        if wish in s.wishes:
            org = None
            if wish == "praten" and s.age is not None:  # a line made for their age goes first
                org = _first(kb.with_terms(("kinds_of_help", kind), ("age_limited", True)), s)
            org = org or _first(kb.with_term("kinds_of_help", kind), s)
            if org:
                yield Pick(org.slug, say(reason, name=org.name))


def young_person_can_call_kindertelefoon(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """Children and teenagers: De Kindertelefoon, whatever their role (its own age limits are
    checked like any other). `age` is always the age of the person in the chat."""
    if s.age is not None and s.age < 18:
        yield Pick(KINDERTELEFOON, "Je bent jonger dan 18. Bij De Kindertelefoon kun je gratis "
                                   "en vertrouwelijk praten over wat er is gebeurd.")


def national_lines_for_everyone(s: Situation, kb: Catalogue, *, all_lines: bool = False) -> Iterable[Pick]:
    """The national lines, for the role when they serve it; they fill any empty place.
    Veilig Thuis only where home, a relationship or a child is involved, unless `all_lines`
    (the list of help lines that anyone can ask for)."""
    reasons = {
        CSG: "Het Centrum Seksueel Geweld helpt na een ongewenste seksuele ervaring. "
             "Ook als het langer geleden is.",
        VEILIG_THUIS: "Veilig Thuis geeft advies bij geweld of misbruik. "
                      "Je kunt ook bellen als het om iemand anders gaat.",
        SLACHTOFFERHULP: "Slachtofferhulp helpt je met je verhaal en met praktische en juridische vragen.",
    }
    lines = [org for org in (kb.get(slug) for slug in NATIONAL_LINES) if org is not None]
    for_role = [org for org in lines if s.role is None or s.role in org.audiences] or lines
    if not all_lines and not _home_or_child(s) and len(for_role) > 1:
        # Veilig Thuis is no filler; it stays only where it is the one line for the role.
        for_role = [org for org in for_role if org.slug != VEILIG_THUIS]
    for org in for_role:
        yield Pick(org.slug, reasons[org.slug], filler=True)


def _home_or_child(s: Situation) -> bool:
    """Veilig Thuis is for violence at home, in a relationship or against a child."""
    return s.setting == "thuis" or _about_child(s) or (s.age is not None and s.age < 18)


# --- the people around a victim: omstander and naaste (O1-O9 in the module notes) ------------

OMSTANDER = "omstander"
NAASTE = "naaste"
PUBLIC_SETTINGS = frozenset({"straat"})  # ov and uitgaan arrive as straat


def _about_child(s: Situation) -> bool:
    return getattr(s, "about_child", False) is True


def _images_of_a_minor(s: Situation) -> bool:
    if s.role not in (OMSTANDER, NAASTE) or s.incident != "online_beelden":
        return False
    # A witness under 18 who saw images of someone: most likely a peer, so a minor too.
    return _about_child(s) or (s.role == OMSTANDER and s.age is not None and s.age < 18)


def images_of_a_minor_go_to_meldpunt_kinderporno(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O1. Sexual images of someone under 18: report the link; never keep or spread them."""
    if _images_of_a_minor(s):
        yield Pick(MELDPUNT_KINDERPORNO, "Het gaat om seksuele beelden van iemand onder de 18. Zoek ze niet op, "
                                         "bewaar ze niet en stuur ze niet door: dat is strafbaar. Staan ze op "
                                         "een openbare website? Meld de link hier, anoniem.")


def witness_of_assault_in_public_tells_police(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O2. A witness of physical violence in public (or where unknown): the police, as a witness."""
    if s.role == OMSTANDER and s.incident in vocab.PHYSICAL_INCIDENTS and (
            s.setting is None or s.setting in PUBLIC_SETTINGS):
        yield Pick(POLICE, "Je zag het gebeuren. Je kunt als getuige een melding doen bij de politie, "
                           "liefst samen met de persoon. Is er nu gevaar? Bel 112.", lead=POLICE_NON_EMERGENCY)


def witness_of_recent_assault_points_to_csg(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O3. A witness of recent physical violence: tell the person about the CSG."""
    if s.role == OMSTANDER and s.incident in vocab.PHYSICAL_INCIDENTS and s.time_bucket == "acuut":
        yield Pick(CSG, "Ken je de persoon? Vertel dan over het CSG. Het CSG helpt het liefst binnen "
                        "7 dagen, maar ook later. Bellen kan dag en nacht. De persoon beslist zelf.")


def _veilig_thuis_about(what: str) -> Pick:
    return Pick(VEILIG_THUIS, say("Je maakt je zorgen om {what}. Je kunt Veilig Thuis bellen, ook als het "
                                  "om iemand anders gaat. Zij denken met je mee. Dat kan anoniem.", what=what))


def someone_else_at_home_veilig_thuis(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O4. Worried about someone else at home: Veilig Thuis."""
    if s.role in (OMSTANDER, NAASTE) and s.setting == "thuis":
        yield _veilig_thuis_about("een kind" if _about_child(s) else "iemand thuis")


def sector_point_hears_witnesses(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O5. A witness in sport, culture, work, school ...: the sector point hears witnesses too."""
    if s.role != OMSTANDER:
        return
    for pick in setting_has_own_reporting_point(s, kb):
        org = kb.get(pick.slug)
        if org is not None and OMSTANDER in org.audiences:
            yield Pick(pick.slug, "Ook als je het alleen zag gebeuren, kun je daar terecht voor advies "
                                  "of een melding.")
        elif s.setting in ("werk", "school", "studentenleven"):
            yield Pick(pick.slug, "Je kunt ook praten met de vertrouwenspersoon van je werk of school.")


def worried_about_a_child_veilig_thuis(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O6. Worried about a child (anywhere): Veilig Thuis, after a sector's own point."""
    if s.role in (OMSTANDER, NAASTE) and _about_child(s):
        yield _veilig_thuis_about("een kind")


def child_confided_ask_zedenpolitie(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O7. About a child (not only images online): the zedenpolitie gives advice, also anonymously."""
    if s.role in (OMSTANDER, NAASTE) and _about_child(s) and s.incident not in vocab.ONLINE_INCIDENTS:
        yield Pick(POLICE, "Gaat het om een kind? Je kunt de zedenpolitie om advies vragen, ook "
                           "anoniem. Je hoeft dan nog geen aangifte te doen.", lead=POLICE_NON_EMERGENCY)


def witness_may_tell_police(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O8. A witness of physical violence anywhere, or of sexual harassment in the street."""
    if s.role != OMSTANDER:
        return
    if s.incident in vocab.PHYSICAL_INCIDENTS:
        yield Pick(POLICE, "Je zag het gebeuren. Je kunt als getuige een melding doen bij de politie, "
                           "liefst samen met de persoon.", lead=POLICE_NON_EMERGENCY)
    elif s.incident == "intimidatie" and s.setting in PUBLIC_SETTINGS:
        yield Pick(POLICE, "Seksuele intimidatie op straat is sinds 1 juli 2024 strafbaar. Je kunt als "
                           "getuige een melding doen bij de politie.", lead=POLICE_NON_EMERGENCY)


def witnesses_get_support_from_slachtofferhulp(s: Situation, kb: Catalogue) -> Iterable[Pick]:
    """O9. What a witness saw can stay with them: Slachtofferhulp helps witnesses too."""
    if s.role == OMSTANDER:
        yield Pick(SLACHTOFFERHULP, "Wat je zag, kan je bezighouden. Slachtofferhulp helpt ook getuigen.")


POLICY: Tuple[Rule, ...] = (
    images_of_a_minor_go_to_meldpunt_kinderporno,
    witness_of_assault_in_public_tells_police,
    recent_physical_violence_go_to_csg,
    witness_of_recent_assault_points_to_csg,
    online_images_or_sextortion_go_to_helpwanted,
    someone_else_at_home_veilig_thuis,
    at_home_go_to_veilig_thuis,
    setting_has_own_reporting_point,
    sector_point_hears_witnesses,
    worried_about_a_child_veilig_thuis,
    child_confided_ask_zedenpolitie,
    witness_may_tell_police,
    worried_about_own_behaviour_go_to_stop_it_now,
    naaste_gets_advice_for_naasten,
    witnesses_get_support_from_slachtofferhulp,
    wishes_are_met,
    young_person_can_call_kindertelefoon,
    national_lines_for_everyone,
)


# --- putting it together -----------------------------------------------------------------------

@dataclass
class _Candidate:
    org: OrgEntry
    reasons: List[str]
    lead: Optional[str]


def recommend(
    situation: Situation, kb: Catalogue, *, now: Optional[datetime] = None, limit: int = DEFAULT_LIMIT
) -> List[Recommendation]:
    s = situation if isinstance(situation, Situation) else Situation()
    limit = max(1, int(limit)) if isinstance(limit, int) else DEFAULT_LIMIT
    moment = local_time(now)

    candidates: Dict[str, _Candidate] = {}
    for rule in POLICY:
        for pick in rule(s, kb):
            org = kb.get(pick.slug)
            if org is None or not fits(org, s):
                continue
            if NO_POLICE in s.wishes and pick.slug in POLICE_ORGANISATIONS:
                continue  # their own choice; 112 in danger stays in every crisis answer
            if pick.slug in candidates:
                if not pick.filler and pick.reason not in candidates[pick.slug].reasons:
                    candidates[pick.slug].reasons.append(pick.reason)
            else:
                candidates[pick.slug] = _Candidate(org, [pick.reason], pick.lead)

    ranked = list(candidates.values())
    chosen = ranked[:limit]
    _closed_chat_gets_a_24_7_line(chosen, ranked[limit:], s, kb, moment, limit)
    return [_recommendation(c, priority, moment) for priority, c in enumerate(chosen, start=1)]


def national_lines(kb: Catalogue, *, now: Optional[datetime] = None) -> List[Recommendation]:
    """The national lines for anyone, in their fixed order."""
    moment = local_time(now)
    picks = list(national_lines_for_everyone(Situation(), kb, all_lines=True))
    return [
        _recommendation(_Candidate(kb.get(p.slug), [p.reason], None), priority, moment)
        for priority, p in enumerate(picks, start=1)
    ]


def _closed_chat_gets_a_24_7_line(
    chosen: List[_Candidate], rest: List[_Candidate], s: Situation, kb: Catalogue,
    moment: datetime, limit: int,
) -> None:
    """A recommended chat is closed now: make sure a 24/7 line is on the list (it takes the last
    place; with room to spare it is added)."""
    closed = next((c for c in chosen if _has_closed_chat(c.org, moment)), None)
    if closed is None or any(c.org.reachable_24_7 for c in chosen):
        return
    pool = [c.org for c in rest] + [kb.get(slug) for slug in NATIONAL_LINES]
    line = next((o for o in pool if o is not None and o.reachable_24_7 and fits(o, s)
                 and all(o.slug != c.org.slug for c in chosen)), None)
    if line is None:
        return
    reason = say("De chat van {closed} is nu dicht. {line} is dag en nacht bereikbaar.",
                 closed=closed.org.name, line=line.name)
    candidate = _Candidate(line, [reason], None)
    if len(chosen) < limit:
        chosen.append(candidate)
        return
    # Replace the lowest place that is neither the first nor the closed chat itself.
    for index in range(len(chosen) - 1, 0, -1):
        if chosen[index] is not closed:
            chosen[index] = candidate
            return


def _has_closed_chat(org: OrgEntry, moment: datetime) -> bool:
    return any(c.kind == "chat" and is_open(c.hours, moment) is False for c in org.channels)


def fits(org: OrgEntry, s: Situation) -> bool:
    """Age limits (verified ones) and regional coverage."""
    return org.accepts_age(s.age) and org.serves(s.municipality)


def suits(org: OrgEntry, s: Situation) -> bool:
    """May a vocabulary rule offer this organisation to this person? (See the module notes.)"""
    if not fits(org, s):
        return False
    if s.role is not None and org.audiences and s.role not in org.audiences:
        return False
    if "anoniem" in s.wishes and org.anonymous is not True:
        return False
    if not _for_their_setting(org, s):
        return False
    if org.age_limited and s.age is None:
        return False
    if "crisis" in org.kinds_of_help:  # crisis lines come from the crisis check, not from here
        return False
    if "zorgen_eigen_gedrag" in org.kinds_of_help and s.role != "pleger":
        return False
    return True


def _for_their_setting(org: OrgEntry, s: Situation) -> bool:
    if not org.situations or "algemeen" in org.situations:
        return True
    context = {s.setting} | ({"online"} if s.incident in vocab.ONLINE_INCIDENTS else set())
    return bool(org.situations & context)


def _first(orgs: Iterable[OrgEntry], s: Situation) -> Optional[OrgEntry]:
    """The first organisation that suits the person."""
    return next((o for o in orgs if suits(o, s)), None)


def _recommendation(candidate: _Candidate, priority: int, moment: datetime) -> Recommendation:
    channels = list(candidate.org.channels)
    if candidate.lead:
        channels.sort(key=lambda c: c.value != candidate.lead)  # stable: lead first, rest as seeded
    return Recommendation(
        slug=candidate.org.slug,
        name=candidate.org.name,
        description=candidate.org.description,
        what_to_expect=candidate.org.what_to_expect,
        reasons=tuple(candidate.reasons),
        channels=tuple(channel_info(c, moment) for c in channels),
        priority=priority,
    )


def channel_info(channel: ChannelEntry, moment: datetime) -> ChannelInfo:
    open_now = is_open(channel.hours, moment)
    return ChannelInfo(
        kind=channel.kind,
        value=channel.value,
        label=channel.label,
        note=channel.note,
        always_open=bool(channel.hours and channel.hours.always_open),
        open_now=open_now,
        opens_next=next_opening(channel.hours, moment) if open_now is False else None,
        weekly=weekly_text(channel.hours),
    )
