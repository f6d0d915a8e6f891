"""Date parsing and value normalisation to the spec's formats."""

from __future__ import annotations

from datetime import date

import pytest

from domain.fields import FieldData
from extractors.field_kinds import FieldKind, Kind
from extractors.values import german_date_forms, normalize_value, parse_date

WOHNUNGSSTATUS = FieldKind("enum", ("alleinige", "haupt", "neben"))


@pytest.mark.parametrize(
    "text",
    [
        "1988-07-03",
        "03.07.1988",
        "3.7.1988",
        "3.7.88",
        " 03 . 07 . 1988 ",
        "03/07/1988",
        "3. Juli 1988",
        "3. juli 1988",
        "3 Juli 1988",
        "3. Jul. 1988",
        "3.Jul 88",
    ],
)
def test_parse_date_reads_german_and_iso_forms(text: str) -> None:
    assert parse_date(text) == date(1988, 7, 3)


def test_parse_date_month_names_with_umlaut_and_abbreviations() -> None:
    assert parse_date("1. März 2024") == date(2024, 3, 1)
    assert parse_date("1. Mär. 2024") == date(2024, 3, 1)
    assert parse_date("15. Sept. 2001") == date(2001, 9, 15)
    assert parse_date("24. Dez 1999") == date(1999, 12, 24)


def test_two_digit_years_pivot_around_the_current_year() -> None:
    assert parse_date("3.7.88") == date(1988, 7, 3)
    assert parse_date("1.2.05") == date(2005, 2, 1)
    this_year = date.today().year % 100
    assert parse_date(f"1.1.{this_year:02d}") == date(2000 + this_year, 1, 1)
    if this_year < 97:
        # Two years ahead is a birth date of the last century, not a future date.
        assert parse_date(f"1.1.{this_year + 2:02d}") == date(1902 + this_year, 1, 1)


@pytest.mark.parametrize(
    "text",
    ["31.02.2020", "29.02.2021", "00.01.2000", "1.13.2000", "2020-13-01", "3. Foo 1988"],
)
def test_impossible_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text", ["", "   ", "garbage", "03.07.", "1988", "am 3.7.1988", "3-7-1988x"]
)
def test_garbage_is_none(text: str) -> None:
    assert parse_date(text) is None


def test_leap_day_is_a_date() -> None:
    assert parse_date("29.02.2020") == date(2020, 2, 29)


def test_german_date_forms_of_an_iso_date() -> None:
    forms = german_date_forms("1988-07-03")
    assert forms[0] == "03.07.1988"
    assert {"3.7.1988", "3. Juli 1988", "03.07.88", "1988-07-03"} <= set(forms)
    assert all(parse_date(f) == date(1988, 7, 3) for f in forms)


def test_german_date_forms_of_a_non_date_is_the_text_itself() -> None:
    assert german_date_forms("unbekannt") == ["unbekannt"]


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        ("3. Juli 1988", FieldKind("date"), "1988-07-03"),
        ("03.07.1988", FieldKind("date"), "1988-07-03"),
        (" unbekannt ", FieldKind("date"), "unbekannt"),
        ("  ", FieldKind("date"), None),
        ("türkisch, deutsch", FieldKind("list"), ["türkisch", "deutsch"]),
        ("polnisch; deutsch / ukrainisch", FieldKind("list"), ["polnisch", "deutsch",
                                                               "ukrainisch"]),
        ([" deutsch ", "", "italienisch"], FieldKind("list"), ["deutsch", "italienisch"]),
        (" , ", FieldKind("list"), None),
        ("Haupt", WOHNUNGSSTATUS, "haupt"),
        ("  NEBEN ", WOHNUNGSSTATUS, "neben"),
        ("Hauptwohnung", WOHNUNGSSTATUS, None),
        ("zweitwohnung", WOHNUNGSSTATUS, None),
        ("  Anna \n Maria  ", FieldKind("str"), "Anna Maria"),
        ("Müller-Lüdenscheidt", FieldKind("str"), "Müller-Lüdenscheidt"),
        ("\t ", FieldKind("str"), None),
        (3, FieldKind("int"), 3),
        (True, FieldKind("bool"), True),
    ],
)
def test_normalize_value(raw: object, kind: FieldKind, expected: FieldData) -> None:
    assert normalize_value(raw, kind) == expected


def test_normalize_value_keeps_none_for_every_kind() -> None:
    kinds: tuple[Kind, ...] = ("date", "enum", "list", "bool", "int", "str")
    for kind in kinds:
        assert normalize_value(None, FieldKind(kind)) is None


def test_normalize_value_folds_decomposed_umlauts_to_nfc() -> None:
    decomposed = "Mu\u0308ller"
    assert normalize_value(decomposed, FieldKind("str")) == "Müller"
