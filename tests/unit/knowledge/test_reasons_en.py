"""Every reason the ranking gives has its English (knowledge/reasons_en.py), so an English
conversation gets English cards (issue 17)."""
import itertools

from knowledge import Situation
from knowledge.reasons_en import english, say
from knowledge.vocabulary import CHURCHES

ROLES = (None, "slachtoffer", "omstander", "naaste", "pleger", "professional")
SETTINGS = (None, "thuis", "straat", "sport", "werk", "school", "studentenleven", "kerk", "online", "zorg", "cultuur")
INCIDENTS = (None, "verkrachting", "aanranding", "online_beelden", "sextortion", "intimidatie")
WISHES = (frozenset(), frozenset({"aangifte", "praten"}), frozenset({"melden", "anoniem", "juridisch"}),
          frozenset({"medisch", "schadevergoeding", "bemiddeling", "geen_politie"}))


def every_reason(kb, now):
    for role, setting, incident, wishes in itertools.product(ROLES, SETTINGS, INCIDENTS, WISHES):
        for extra in ({"days_since": 2}, {"days_since": 7, "age": 15, "about_child": True}, {"days_since": 40}):
            situation = Situation(role=role, setting=setting, incident=incident, wishes=wishes,
                                  days_since=extra["days_since"], age=extra.get("age"))
            if extra.get("about_child"):
                object.__setattr__(situation, "about_child", True)
            for rec in kb.find_help(situation, now=now, limit=10):
                yield from rec.reasons
    for church in CHURCHES:
        for rec in kb.find_help(Situation(setting="kerk", church=church), now=now):
            yield from rec.reasons


def test_every_reason_on_the_real_seed_has_english(seeded_kb, now):
    reasons = set(every_reason(seeded_kb, now))
    assert len(reasons) > 30
    missing = sorted(r for r in reasons if not english(r))
    assert missing == []


def test_a_name_or_place_goes_into_the_english_sentence():
    assert english(say("Het gebeurde {where}. Daarvoor is er een eigen meldpunt: {name}.", where="in de sport",
                       name="Centrum Veilige Sport")) == (
        "It happened in sport. There is a reporting point of its own for that: Centrum Veilige Sport.")
    assert english("Dit staat nergens") == ""
