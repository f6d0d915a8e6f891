"""Parking-zone codes (``apptypes._common.zones``)."""

from __future__ import annotations

import pytest

from apptypes._common.zones import known_zone, zone_normalizer
from domain.fields import FieldData

BOCHUM = frozenset({"B1", "B2", "B3", "B4"})


@pytest.mark.parametrize(("raw", "zone"), [
    ("B3", "B3"),
    ("b3 ", "B3"),
    ("  B 3", "B3"),
    ("B-3", "B3"),
    ("Zone B3", "B3"),
    ("zone: b 2", "B2"),
    ("Parkzone B4", "B4"),
    ("Bewohnerparkzone B1", "B1"),
    ("Bl", "B1"),
    ("BI", "B1"),
    ("bi", "B1"),
    ("B|", "B1"),
    ("Zone Bl", "B1"),
    ("BZ", "B2"),
])
def test_known_zone_reads_written_and_misread_codes(raw: str, zone: str) -> None:
    assert known_zone(raw, BOCHUM) == zone


@pytest.mark.parametrize("raw", [
    None, "", "   ", "Zone", "B5", "B", "B33", "3", "83", "C3", "BB", "xyz", "B3 Innenstadt",
])
def test_known_zone_is_none_for_unknown_codes(raw: str | None) -> None:
    assert known_zone(raw, BOCHUM) is None


def test_look_alike_repair_only_in_digit_positions() -> None:
    zones = {"A0", "S5", "Z28"}
    assert known_zone("AO", zones) == "A0"
    assert known_zone("Ao", zones) == "A0"
    assert known_zone("SS", zones) == "S5"
    assert known_zone("ZZB", zones) == "Z28"
    assert known_zone("55", zones) is None   # the letter S is not read from a 5
    assert known_zone("2Z8", zones) is None


def test_ambiguous_zone_is_none() -> None:
    # "Sl" fits S1 as written and 51 after repair of both characters.
    assert known_zone("Sl", {"S1", "51"}) is None
    assert known_zone("b1", {"B1", "b1"}) is None


def test_exact_reading_beats_repaired_one() -> None:
    assert known_zone("BO", {"BO", "B0"}) == "BO"
    assert known_zone("Bo", {"BO", "B0"}) == "BO"
    assert known_zone("B0", {"BO", "B0"}) == "B0"


def test_zone_code_is_returned_as_configured() -> None:
    assert known_zone("b 1", ["b1", "b2"]) == "b1"
    assert known_zone("B1", {"B1": ["Kortumstraße"], "B2": []}) == "B1"


def test_zone_normalizer_replaces_known_zone_only() -> None:
    normalize = zone_normalizer("parkzone", BOCHUM)
    fields: dict[str, FieldData] = {"parkzone": "Zone Bl", "kennzeichen": "B3", "n": 3}
    assert normalize(fields) == {"parkzone": "B1", "kennzeichen": "B3", "n": 3}
    assert normalize({"parkzone": "B7"}) == {"parkzone": "B7"}   # P4 must see the unknown zone
    assert normalize({"parkzone": "Sl"}) == {"parkzone": "Sl"}
    assert normalize({"parkzone": None}) == {"parkzone": None}
    assert normalize({"andere": "Bl"}) == {"andere": "Bl"}


def test_zone_normalizer_keeps_the_table_it_was_given() -> None:
    zones = {"B1"}
    normalize = zone_normalizer("parkzone", zones)
    zones.add("B2")
    assert normalize({"parkzone": "BZ"}) == {"parkzone": "BZ"}   # B2 came after: unknown here
    assert normalize({"parkzone": "Bl"}) == {"parkzone": "B1"}
