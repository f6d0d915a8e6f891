"""Plate parsing and normalisation (``apptypes._common.plates``)."""

from __future__ import annotations

import pytest

from apptypes._common.plates import (
    normalize_plate,
    plate_district,
    plate_layout,
    same_plate,
    split_plate,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("BO-AB 1234", "BO-AB 1234"),
    ("BO AB 1234", "BO-AB 1234"),
    ("bo-ab1234", "BO-AB 1234"),
    ("BO-AB-1234", "BO-AB 1234"),
    ("  bo  -  ab   1234 ", "BO-AB 1234"),
    ("BOAB1234", "BO-AB 1234"),       # run together: the local district resolves the split
    ("BOA1", "BO-A 1"),
    ("WATZ9", "WAT-Z 9"),
    ("WAT-Z 9", "WAT-Z 9"),
    ("DO-X 7", "DO-X 7"),
    ("MÜ-A 5", "MÜ-A 5"),
    ("WAT-AB 1234", "WAT-AB 1234"),   # 9 characters: parsed, K2 judges the length
    ("DOAB1", None),                  # run together and not local: ambiguous
    ("BO-AB 0123", None),             # leading zero
    ("BO-ABC 1", None),               # three letters
    ("BO-AB 12345", None),            # five digits
    ("BOCH-A 1", None),               # four-letter district
    ("BO-AB", None),
    ("BO-1234", None),                # hyphen ends the district: no letters
    ("BO 1234", "B-O 1234"),          # a space does not: read as district B
    ("", None),
    (None, None),
])
def test_normalize_plate(raw: str | None, expected: str | None) -> None:
    assert normalize_plate(raw) == expected


def test_plate_parts_count_characters_without_separators() -> None:
    parts = split_plate("WAT-AB 1234")
    assert parts is not None and parts.chars == 9
    assert (parts.district, parts.letters, parts.number) == ("WAT", "AB", "1234")


@pytest.mark.parametrize(("raw", "district"), [
    ("DO-AB 1", "DO"), ("do-abc 1", "DO"), ("BO-AB 0", "BO"), ("12345", None), ("", None),
])
def test_plate_district_also_from_malformed_plates(raw: str, district: str | None) -> None:
    assert plate_district(raw) == district


@pytest.mark.parametrize(("a", "b", "same"), [
    ("BO-AB 12", "bo ab12", True), ("BO-AB 12", "BO-AB 13", False),
    ("BO-ABC 1", "bo abc-1", True), ("BO-ABC 1", "BO-ABD 1", False),
])
def test_same_plate(a: str, b: str, same: bool) -> None:
    assert same_plate(a, b) is same


@pytest.mark.parametrize(("raw", "layout"), [
    ("bo abc-12", "BO-ABC 12"), ("WAT - AB 12345", "WAT-AB 12345"), ("bo ab 0123", "BO-AB 0123"),
    ("boab12", "BO-AB 12"), ("12345", None),
])
def test_plate_layout_also_for_invalid_plates(raw: str, layout: str | None) -> None:
    assert plate_layout(raw) == layout
