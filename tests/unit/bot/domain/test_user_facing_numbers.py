"""Every phone number a user can read must be a verified fact of the knowledge seed.

Domain responses (every file of bot/domain), the web app's own fallback text and the static page all carry key
numbers so that they work without the action server or the knowledge base. This test keeps
them honest: each number must be a phone channel in knowledge/seed with status V, V3 or VD.
"""
import re

import pytest
import yaml

from bot.paths import PROJECT_ROOT

ROOT = PROJECT_ROOT
SEED_DIR = ROOT / "knowledge" / "seed"
USER_FACING = [
    *sorted((ROOT / "bot" / "domain").glob("*.yml")),
    ROOT / "bot" / "web" / "key_numbers.py",
    ROOT / "bot" / "web" / "static" / "index.html",
    ROOT / "bot" / "web" / "static" / "chat.js",
]
# 112, 113, 0800-0188, 020-261 52 75, 0900-202 55 90 ... and tel: links (tel:08000188).
# The look-ahead keeps "0800-0188 24/7" from being read as "0800-0188 24".
PHONE = re.compile(r"(?<![\d-])(?:11[23]|0\d{1,3}-\d[\d ]{2,9}\d|0[89]00\d{4})(?![\d/-])")


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def verified_seed_phones() -> set:
    phones = set()
    for path in SEED_DIR.glob("*.yaml"):
        organisation = yaml.safe_load(path.read_text("utf-8"))
        for channel in organisation.get("channels") or []:
            if channel.get("kind") == "phone" and channel.get("status") in {"V", "V3", "VD"}:
                phones.add(digits(str(channel["value"])))
    return phones


def test_the_pattern_finds_every_way_a_number_is_written():
    text = "Bel 112 of 113. CSG: 0800-0188 24/7, Helpwanted 020-261 52 75, tel:08000188, 0900-0101."
    assert {digits(m) for m in PHONE.findall(text)} == {"112", "113", "08000188", "0202615275", "09000101"}
    assert {digits(m) for m in PHONE.findall((ROOT / "bot" / "domain" / "responses.yml").read_text("utf-8"))} >= {
        "112", "113", "08000188"}


def test_the_seed_has_verified_phone_numbers():
    assert {"112", "08000188", "08002000"} <= verified_seed_phones()


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: p.name)
def test_every_number_shown_to_users_is_a_verified_seed_fact(path):
    known = verified_seed_phones()
    found = {digits(m) for m in PHONE.findall(path.read_text("utf-8"))}
    assert found <= known, f"not verified in the seed: {sorted(found - known)}"
