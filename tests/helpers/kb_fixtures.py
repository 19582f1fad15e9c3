"""Small, made-up organisations for the ranking rules, so those tests do not depend on the
wording of the real seed. Slugs are the ones the policy names (knowledge.ranking)."""
from __future__ import annotations

import re
from datetime import date
from typing import List, Optional, Sequence

import yaml

from knowledge import paths
from knowledge.records import AgeLimit, ChannelRecord, Fact, HoursRecord, OrganisationRecord

VERIFIED = Fact("V", "https://example.org/bron", date(2026, 11, 1))
UNVERIFIED = Fact("U", None, None)


def seed_files():
    """The real seed files, knowledge/seed/*.yaml."""
    return sorted(paths.SEED_DIR.glob("*.yaml"))


ALL_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKDAYS = ALL_WEEK[:5]


def hours_24_7(fact: Fact = VERIFIED) -> HoursRecord:
    return HoursRecord(always_open=True, weekly=(), fact=fact)


def weekly(span: str, days: Sequence[str] = ALL_WEEK, fact: Fact = VERIFIED) -> HoursRecord:
    return HoursRecord(always_open=False, weekly=tuple((d, (span,)) for d in days), fact=fact)


def phone(value: str, hours: Optional[HoursRecord] = None, fact: Fact = VERIFIED, label: str = "Bel") -> ChannelRecord:
    return ChannelRecord("phone", value, label, None, fact, hours)


def chat(value: str, hours: Optional[HoursRecord] = None, fact: Fact = VERIFIED) -> ChannelRecord:
    return ChannelRecord("chat", value, "Chat", None, fact, hours)


def org(
    slug: str,
    *,
    kinds: Sequence[str] = (),
    audiences: Sequence[str] = ("slachtoffer",),
    situations: Sequence[str] = ("algemeen",),
    channels: Sequence[ChannelRecord] = (),
    age: Optional[AgeLimit] = None,
    coverage: str = "landelijk",
    municipalities: Sequence[str] = (),
    anonymous: Optional[bool] = None,
    name: Optional[str] = None,
) -> OrganisationRecord:
    return OrganisationRecord(
        slug=slug, name=name or f"Org {slug}", description=f"Beschrijving van {slug}.",
        what_to_expect=f"Wat je kunt verwachten van {slug}.", kinds_of_help=tuple(kinds),
        audiences=tuple(audiences), situations=tuple(situations), age=age, coverage=coverage,
        municipalities=tuple(municipalities), anonymous=anonymous, free=True, languages=("nl",),
        channels=tuple(channels),
        claims=tuple((field, VERIFIED_CLAIM) for field in ("description", "what_to_expect", "anonymous", "free")
                     if field != "anonymous" or anonymous is not None),
    )


VERIFIED_CLAIM = Fact("V", "https://example.org/bron", date(2026, 11, 1))


def fixture_organisations() -> List[OrganisationRecord]:
    everyone = ("slachtoffer", "omstander", "naaste", "professional")
    return [
        org("politie", kinds=["melden_politie", "sporenonderzoek"], audiences=everyone, name="Politie",
            channels=[phone("112", hours_24_7()), phone("0900-8844", hours_24_7())]),
        org("113-zelfmoordpreventie", kinds=["crisis", "anoniem_praten"], audiences=everyone,
            name="113 Zelfmoordpreventie", anonymous=True,
            channels=[phone("113", hours_24_7()), phone("0800-0113", hours_24_7())]),
        org("csg", kinds=["medisch", "sporenonderzoek", "psychisch", "anoniem_praten", "advies_naasten"],
            audiences=["slachtoffer", "naaste", "professional"], name="CSG", anonymous=True,
            channels=[phone("0800-0188", hours_24_7()), chat("https://csg.example.org", hours_24_7(UNVERIFIED))]),
        org("veilig-thuis", kinds=["praktisch", "melden_sector", "advies_naasten", "psychisch"],
            audiences=["slachtoffer", "omstander", "naaste", "pleger", "professional"],
            situations=["thuis", "algemeen"], name="Veilig Thuis", anonymous=True,
            channels=[phone("0800-2000", hours_24_7()),
                      chat("https://vt.example.org", weekly("09:00-17:00", WORKDAYS))]),
        org("slachtofferhulp", kinds=["praktisch", "juridisch", "psychisch", "advies_naasten", "schadevergoeding"],
            audiences=["slachtoffer", "naaste", "omstander"], name="Slachtofferhulp",
            channels=[phone("0900-0101")]),
        org("helpwanted", kinds=["beelden_verwijderen", "anoniem_praten", "advies_naasten"],
            situations=["online"], name="Helpwanted", anonymous=True,
            channels=[phone("020-261 52 75"), chat("https://hw.example.org", weekly("14:00-17:00", WORKDAYS))]),
        org("stop-it-now", kinds=["zorgen_eigen_gedrag"], audiences=["pleger", "naaste"], name="Stop it Now!",
            anonymous=True, channels=[chat("https://stop.example.org", fact=UNVERIFIED)]),
        org("kindertelefoon", kinds=["anoniem_praten"], audiences=["slachtoffer", "naaste", "omstander"],
            name="De Kindertelefoon", age=AgeLimit(8, 18, VERIFIED),
            channels=[phone("0800-0432", weekly("11:00-21:00")),
                      chat("https://kt.example.org", weekly("11:00-21:00"))]),
        org("sense", kinds=["medisch", "anoniem_praten"], name="Sense",
            age=AgeLimit(None, 24, Fact("V3", "https://example.org/s", date(2026, 11, 1))),
            anonymous=True, channels=[chat("https://sense.example.org")]),
        org("meld-misdaad-anoniem", kinds=["melden_politie"], audiences=everyone, name="Meld Misdaad Anoniem",
            anonymous=True, channels=[phone("0800-7000", weekly("08:00-24:00"))]),
        org("sportmeldpunt", kinds=["melden_sector", "anoniem_praten"], audiences=everyone, situations=["sport"],
            name="Sportmeldpunt", channels=[phone("0900-202 55 90", weekly("08:30-17:00", WORKDAYS))]),
        org("veilige-kerk", kinds=["melden_sector"], audiences=everyone, situations=["kerk"], name="Veilige Kerk",
            channels=[phone("030-303 8590")]),
        org("kerk-rkk", kinds=["melden_sector"], audiences=everyone, situations=["kerk"],
            name="R.-K. Meldpunt", channels=[phone("06-8108 0117")]),
        org("schoolmeldpunt", kinds=["melden_sector"], audiences=everyone, situations=["school"], name="Schoolmeldpunt",
            channels=[phone("0900-111 3 111")]),
        org("zorgmeldpunt", kinds=["melden_sector"], audiences=everyone, situations=["zorg"], name="Zorgmeldpunt",
            channels=[phone("088-120 50 20")]),
        org("werkroute", kinds=["melden_sector"], audiences=everyone, situations=["werk"], name="Werkroute"),
        org("cultuurmeldpunt", kinds=["melden_sector"], audiences=everyone, situations=["cultuur"],
            name="Cultuurmeldpunt"),
        org("straat-utrecht", kinds=["melden_sector"], audiences=everyone, situations=["straat"],
            name="Slim Melden Utrecht", coverage="regionaal", municipalities=["Utrecht"]),
        org("straat-landelijk", kinds=["melden_sector"], audiences=everyone, situations=["straat"],
            name="Landelijk straatpunt"),
        org("juridisch-loket", kinds=["juridisch"], audiences=everyone, name="Juridisch Loket",
            channels=[phone("0900-8020")]),
        org("schadefonds", kinds=["schadevergoeding"], name="Schadefonds", channels=[phone("070-414 20 00")]),
        org("herstelbemiddeling", kinds=["bemiddeling"], audiences=["slachtoffer", "pleger"], name="Herstelbemiddeling",
            channels=[phone("030-234 00 45")]),
    ]


def verified_seed_phones():
    """The digits of every verified phone number in the seed."""
    phones = set()
    for path in paths.SEED_DIR.glob("*.yaml"):
        for channel in yaml.safe_load(path.read_text("utf-8")).get("channels") or []:
            if channel.get("kind") == "phone" and channel.get("status") in {"V", "V3", "VD"}:
                phones.add(re.sub(r"\D", "", str(channel["value"])))
    return phones
