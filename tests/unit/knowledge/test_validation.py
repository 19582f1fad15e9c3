"""Fact checks: phone numbers as they appear in organisations.md, URLs, e-mail, hours,
vocabularies; every problem names its record and field."""
import copy
from datetime import date

import pytest

from knowledge.validation import (
    channel_value_problem,
    check_organisation,
    email_problem,
    phone_problem,
    url_problem,
)

# Every number format in ../shared/landscape/organisations.md.
REFERENCE_NUMBERS = [
    "112", "113", "14 020", "0800-0188", "0800-2000", "0900-0101", "020-261 52 75", "0900-8844",
    "0800-7000", "0800-0432", "0900-202 55 90", "030-303 8590", "06-8108 0117", "0900-111 3 111",
    "+31 (0)30 670 60 01", "0800-0113", "0900-8020", "070-414 20 00", "030-234 00 45",
    "088-120 50 20", "0800-0230654", "0900-235 43 54", "0800-7444477",
]


@pytest.mark.parametrize("number", REFERENCE_NUMBERS)
def test_reference_phone_numbers_are_valid(number):
    assert phone_problem(number) is None


@pytest.mark.parametrize("number", [
    "", "0800", "12345", "0800-01880188099", "020-261 52 7", "call 112", "0800--0188", "-0800-0188",
    " 0800-0188", "0800-0188 ", "+32 2 123 45 67", "00-12345678", "911", "0800/0188", None, 112,
])
def test_bad_phone_numbers_are_named(number):
    assert phone_problem(number)


@pytest.mark.parametrize("url", ["https://centrumseksueelgeweld.nl", "https://www.politie.nl/themas/x.html?a=1"])
def test_https_urls(url):
    assert url_problem(url, https_only=True) is None


def test_sources_may_be_http_but_channel_links_must_be_https():
    assert url_problem("http://www.helpwanted.nl/en") is None
    assert url_problem("http://www.helpwanted.nl/en", https_only=True)


@pytest.mark.parametrize(
    "url", ["centrumseksueelgeweld.nl", "https://", "https://localhost", "ftp://x.nl", "https://a b.nl", None]
)
def test_bad_urls(url):
    assert url_problem(url)


def test_emails():
    assert email_problem("info@smpr.nl") is None
    assert email_problem("info@meldpuntmisbruik.nl") is None
    for bad in ("info@", "smpr.nl", "info @smpr.nl", "info@smpr", None):
        assert email_problem(bad)


def test_channel_values_by_kind():
    assert channel_value_problem("phone", "0800-0188") is None
    assert channel_value_problem("chat", "https://chatmetfier.nl") is None
    assert channel_value_problem("chat", "chatmetfier.nl")
    assert channel_value_problem("email", "info@schadefonds.nl") is None
    assert channel_value_problem("whatsapp", "06-8108 0117") is None
    assert channel_value_problem("walkin", "Politiebureau") is None
    assert channel_value_problem("app", "http://slimmelden.nl")


VALID = {
    "slug": "voorbeeld",
    "name": "Voorbeeld",
    "description": "Wat ze doen.",
    "what_to_expect": "Wat er gebeurt.",
    "kinds_of_help": ["medisch"],
    "audiences": ["slachtoffer"],
    "situations": ["acuut"],
    "age": {"min": 8, "max": 18, "status": "V", "source": "https://example.org", "verified_on": date(2026, 11, 1)},
    "coverage": "landelijk",
    "municipalities": [],
    "anonymous": True,
    "free": None,
    "languages": ["nl"],
    "channels": [
        {"kind": "phone", "value": "0800-0188", "label": "Bel", "note": None, "status": "V",
         "source": "https://example.org", "verified_on": date(2026, 11, 1),
         "hours": {"always_open": False, "weekly": {"mon": ["09:00-12:00", "13:00-17:00"]},
                   "status": "V", "source": "https://example.org", "verified_on": date(2026, 11, 1)}},
        {"kind": "chat", "value": "https://example.org/chat", "status": "U"},
    ],
}


def test_a_valid_organisation_has_no_problems():
    assert check_organisation(VALID, "voorbeeld.yaml") == []


def with_change(path, value):
    data = copy.deepcopy(VALID)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize("path, value, field", [
    (("slug",), "Met Hoofdletters", "slug"),
    (("name",), "", "name"),
    (("description",), KeyError, "description"),
    (("kinds_of_help",), ["medisch", "toveren"], "kinds_of_help[1]"),
    (("audiences",), ["slachtoffer", "slachtoffer"], "audiences[1]"),
    (("situations",), "acuut", "situations"),
    (("coverage",), "provinciaal", "coverage"),
    (("coverage",), "regionaal", "municipalities"),
    (("anonymous",), "ja", "anonymous"),
    (("languages",), ["nederlands"], "languages[0]"),
    (("age", "min"), 20, "age"),
    (("age", "status"), "X", "age.status"),
    (("age", "verified_on"), "1 november", "age.verified_on"),
    (("channels", 0, "value"), "0800-01", "channels[0].value"),
    (("channels", 0, "kind"), "fax", "channels[0].kind"),
    (("channels", 0, "source"), None, "channels[0].source"),
    (("channels", 0, "colour"), "rood", "channels[0].colour"),
    (("channels", 0, "hours", "weekly", "mon"), ["13:00-17:00", "09:00-14:00"], "channels[0].hours.weekly.mon[1]"),
    (("channels", 0, "hours", "weekly", "mon"), ["17:00-09:00"], "channels[0].hours.weekly.mon[0]"),
    (("channels", 0, "hours", "weekly", "maandag"), ["09:00-17:00"], "channels[0].hours.weekly.maandag"),
    (("channels", 0, "hours", "always_open"), True, "channels[0].hours.weekly"),
    (("channels", 0, "hours", "weekly"), None, "channels[0].hours.weekly"),
    (("channels", 1, "value"), "http://example.org/chat", "channels[1].value"),
    (("extra",), 1, "extra"),
])
def test_each_problem_names_the_record_and_field(path, value, field):
    problems = check_organisation(with_change(path, value), "voorbeeld.yaml")
    assert problems, "expected a problem"
    assert {p.record for p in problems} <= {"voorbeeld", "voorbeeld.yaml"}
    assert field in {p.field for p in problems}, [str(p) for p in problems]


def test_unverified_facts_need_no_source_but_shown_facts_do():
    unverified = with_change(("channels", 0, "status"), "U")
    unverified["channels"][0]["source"] = None
    assert not [p for p in check_organisation(unverified, "x") if p.field == "channels[0].source"]


def test_a_record_that_is_not_a_mapping():
    problems = check_organisation(["slug", "x"], "lijst.yaml#3")
    assert [(p.record, p.field) for p in problems] == [("lijst.yaml#3", "(record)")]
