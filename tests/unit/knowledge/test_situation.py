"""Situation: the time bucket and the clean-up of whatever a conversation hands over."""
from dataclasses import replace

import pytest

from knowledge import Situation


@pytest.mark.parametrize("days, bucket, expected", [
    (0, None, "acuut"), (7, None, "acuut"), (8, None, "langer_geleden"), (None, "acuut", "acuut"),
    (None, "langer_geleden", "langer_geleden"), (None, None, "onbekend"), (None, "gisteren", "onbekend"),
    (30, "acuut", "langer_geleden"),
])
def test_time_bucket(days, bucket, expected):
    assert Situation(days_since=days, bucket=bucket).time_bucket == expected


def test_a_situation_keeps_known_values_and_cleans_their_spelling():
    s = Situation(role=" Naaste", incident="online beelden", days_since="3", setting="Sport", age=15.0,
                  wishes=["Beelden verwijderen", "praten", "onzin"], municipality=" Utrecht ",
                  church="Rooms-katholiek")
    assert s == Situation(role="naaste", incident="online_beelden", days_since=3, setting="sport", age=15,
                          wishes=frozenset({"beelden_verwijderen", "praten"}), municipality="Utrecht",
                          church="rooms_katholiek")


def test_a_situation_drops_what_it_does_not_know():
    s = Situation(role="koning", incident=["x"], days_since=float("nan"), setting=3, age=-1,
                  wishes=42, municipality="  ", church="moskee")
    assert s == Situation()
    assert replace(s, role="Naaste").role == "naaste"  # a changed copy is checked too
