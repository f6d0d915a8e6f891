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


# Repair of look-alike digits in the identifier of a plate (OCR, small models).

@pytest.mark.parametrize(("raw", "expected"), [
    ("BO-0-7437", "BO-O 7437"),
    ("BO-0 7437", "BO-O 7437"),
    ("bo - 0 - 7437", "BO-O 7437"),
    ("WAT-1E 12", "WAT-IE 12"),
    ("WAT-E1 12", "WAT-EI 12"),
    ("DO-8 1", "DO-B 1"),
    ("BO-5A-99", "BO-SA 99"),
    ("BO-2 3", "BO-Z 3"),
    ("BO-6 40", "BO-G 40"),
    ("BO-01 7", "BO-OI 7"),
])
def test_digit_in_delimited_identifier_becomes_letter(raw: str, expected: str) -> None:
    assert normalize_plate(raw) == expected
    assert plate_layout(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("BO-AB 1234", "BO-AB 1234"),
    ("BO-AB-1234", "BO-AB 1234"),    # hyphen between identifier and number
    ("BO-O 7437", "BO-O 7437"),
    ("BO 1234", "B-O 1234"),         # parses already: no repair of any kind
    ("BOAB1234", "BO-AB 1234"),
    ("BO-AB 1000", "BO-AB 1000"),    # zeros in the number stay digits
])
def test_plate_that_parses_is_not_changed(raw: str, expected: str) -> None:
    assert normalize_plate(raw) == expected


@pytest.mark.parametrize("raw", [
    "BO 0 7437",     # no hyphen after the district: may be a wrongly written plate (K2)
    "BO 1 234",
    "BO-07437",      # no separator after the identifier: which digits are letters is a guess
    "BO-0",          # no number
    "BO-3 7437",     # 3 looks like no letter
    "BO-7 1",
    "BO-0 0743",     # leading zero in the number: not repaired
    "BO-0 12345",    # five digits
    "BO-012 7",      # three-character identifier
    "BOCH-0 7",      # four-letter district
    "B0-AB 1234",    # only the identifier is repaired, not the district
    "BO-AB O743",    # never in the number group
    "12-0-7437",
    "x-y-z",
])
def test_garbage_and_undelimited_digits_stay_unparsed(raw: str) -> None:
    assert split_plate(raw) is None
    assert normalize_plate(raw) is None


def test_invalid_plate_keeps_its_layout_unrepaired() -> None:
    # Layout of an invalid plate must not invent letters: K2 has to see what was read.
    assert plate_layout("BO-0 12345") is None
    assert plate_layout("bo abc-12") == "BO-ABC 12"


def test_repaired_plate_parts_and_comparison() -> None:
    parts = split_plate("WAT-1E 12")
    assert parts is not None
    assert (parts.district, parts.letters, parts.number, parts.chars) == ("WAT", "IE", "12", 7)
    assert plate_district("BO-0-7437") == "BO"
    assert same_plate("BO-0-7437", "BO-O 7437")
    assert not same_plate("BO-0-7437", "BO-Q 7437")
